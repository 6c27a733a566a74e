#pragma once

#include "model/valuerecord.h"

#include "widgets/columntablemodel.h"

// The values of one indicator, one row per year: value, state, source, note, who.
class ValueTableModel : public RowTableModel<ValueRecord>
{
    Q_OBJECT

public:
    enum Column { YearColumn, ValueColumn, StateColumn, SourceColumn, NoteColumn, UpdatedColumn, ColumnCount };

    explicit ValueTableModel(QObject *parent = nullptr);

    void setValues(const QVector<ValueRecord> &values, const QString &measureUnit);
    const ValueRecord *recordAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_unit;
};
