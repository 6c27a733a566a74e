#include "widgets/valuetablemodel.h"

#include "widgets/audittablemodel.h"

#include "model/displayformat.h"
#include "target/targetformat.h"

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

void ValueTableModel::setValues(const QVector<ValueRecord> &values, const Indicator &indicator)
{
    beginResetModel();
    m_rows = values;
    m_indicator = indicator;
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
        return TargetFormat::value(r->value, m_indicator);
    case StateColumn:
        return ValueStates::label(r->state);
    case SourceColumn:
        return r->source;
    case NoteColumn:
        return r->note;
    case UpdatedColumn:
        return QStringLiteral("%1 %2").arg(AuditTableModel::userLabel(r->updatedBy),
                                           DisplayFormat::dateTime(r->updatedAt));
    }
    return QVariant();
}
