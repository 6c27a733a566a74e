#pragma once

#include "model/auditentry.h"

#include "widgets/columntablemodel.h"

// Audit rows of one indicator, newest first: when, who, what was done, the value
// and the state before and after, and the reason given.
class AuditTableModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        UserColumn,
        ActionColumn,
        YearColumn,
        ValueColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QVector<AuditEntry> &entries);
    static QString actionLabel(const QString &action);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
