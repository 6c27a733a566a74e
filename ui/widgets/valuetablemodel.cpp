#include "widgets/valuetablemodel.h"

#include "exchange/numberparser.h"

#include <QLocale>

ValueTableModel::ValueTableModel(QObject *parent)
    : RowTableModel(
        {
            {tr("Year"), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Value"), Qt::AlignRight | Qt::AlignVCenter},
            {tr("State")},
            {tr("Data source")},
            {tr("Note")},
            {tr("Last change")},
        },
        parent)
{
}

void ValueTableModel::setValues(const QVector<ValueRecord> &values, const QString &measureUnit)
{
    beginResetModel();
    m_rows = values;
    m_unit = measureUnit;
    endResetModel();
}

QVariant ValueTableModel::data(const QModelIndex &index, int role) const
{
    const ValueRecord *r = recordAt(index.row());
    if (!r)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
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
