#include "widgets/valuetablemodel.h"

#include "exchange/numberparser.h"

#include <QLocale>

ValueTableModel::ValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ValueTableModel::setValues(const QVector<ValueRecord> &values, const QString &measureUnit)
{
    beginResetModel();
    m_values = values;
    m_unit = measureUnit;
    endResetModel();
}

const ValueRecord *ValueTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_values.size() ? &m_values.at(row) : nullptr;
}

int ValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_values.size();
}

int ValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    const ValueRecord *r = recordAt(index.row());
    if (!r)
        return QVariant();
    if (role == Qt::TextAlignmentRole && (index.column() == YearColumn || index.column() == ValueColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return r->note;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case YearColumn:
        return r->year;
    case ValueColumn:
        return NumberParser::format(r->value) + m_unit;
    case StateColumn:
        return ValueStates::label(r->state);
    case SourceColumn:
        return r->source;
    case NoteColumn:
        return r->note;
    case UpdatedColumn:
        return QStringLiteral("%1 %2").arg(r->updatedBy,
                                          QLocale().toString(r->updatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return QVariant();
}

QVariant ValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case YearColumn:
        return tr("Year");
    case ValueColumn:
        return tr("Value");
    case StateColumn:
        return tr("State");
    case SourceColumn:
        return tr("Data source");
    case NoteColumn:
        return tr("Note");
    case UpdatedColumn:
        return tr("Last change");
    }
    return QVariant();
}
