#pragma once

#include "model/indicator.h"
#include "model/valuerecord.h"

#include "widgets/columntablemodel.h"

// The values of one indicator, one row per year: value, state, source, note, who.
class ValueTableModel : public RowTableModel<ValueRecord>
{
    Q_OBJECT

public:
    enum Column { YearColumn, ValueColumn, StateColumn, SourceColumn, NoteColumn, UpdatedColumn, ColumnCount };

    explicit ValueTableModel(QObject *parent = nullptr);

    // The indicator gives the values their unit and decimals (TargetFormat::value).
    void setValues(const QVector<ValueRecord> &values, const Indicator &indicator);
    const ValueRecord *recordAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Indicator m_indicator;
};
