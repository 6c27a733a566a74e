#pragma once

#include "model/valuerecord.h"

#include <QAbstractTableModel>
#include <QVector>

// The values of one indicator, one row per year: value, state, source, note, who.
class ValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, ValueColumn, StateColumn, SourceColumn, NoteColumn, UpdatedColumn, ColumnCount };

    explicit ValueTableModel(QObject *parent = nullptr);

    void setValues(const QVector<ValueRecord> &values, const QString &measureUnit);
    const ValueRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ValueRecord> m_values;
    QString m_unit;
};
