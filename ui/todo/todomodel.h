#pragma once

#include "widgets/columntablemodel.h"
#include "workflow/todoservice.h"

// The to-do list (待办) as a table: what it is, the sentence the person reads and
// the date it has waited since (or the due date). Returned items have the
// returned background; the due date is red text once it has passed.
class TodoModel : public RowTableModel<TodoItem>
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn, DateColumn, ColumnCount };

    explicit TodoModel(QObject *parent = nullptr);

    void setItems(QVector<TodoItem> items);
    const QVector<TodoItem> &items() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
