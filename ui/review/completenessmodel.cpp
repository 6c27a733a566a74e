#include "review/completenessmodel.h"

#include "widgets/palette.h"

#include <QBrush>
#include <QLocale>

CompletenessModel::CompletenessModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompletenessModel::setRows(const QVector<UnitCompleteness> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const UnitCompleteness *CompletenessModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CompletenessModel::rowOfUnit(const QString &unit) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit == unit)
            return i;
    }
    return -1;
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CompletenessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    const UnitCompleteness *u = rowAt(index.row());
    if (!u)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::BackgroundRole:
        return u->isComplete() ? QBrush(Palette::screen(Palette::CompleteBackground)) : QVariant();
    case Qt::ForegroundRole:
        // Values sent back are what the office chases; they stand out.
        return column == ReturnedColumn && u->returned > 0 ? QBrush(Palette::screen(Palette::StateReturned)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == UnitColumn || column == LastSubmissionColumn ? QVariant()
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == UnitColumn || column == DeliveredColumn)
            return u->isComplete() ? tr("Every indicator of %1 is submitted or approved.").arg(u->unit)
                                   : tr("%1 of %2 indicators submitted or approved.").arg(u->delivered()).arg(u->indicators);
        return QVariant();
    case Qt::UserRole: // raw numbers, for sorting
        switch (column) {
        case UnitColumn: return index.row(); // the catalog's unit order
        case DeliveredColumn: return u->indicators ? double(u->delivered()) / u->indicators : 0.0;
        case NotFilledColumn: return u->notFilled;
        case DraftColumn: return u->draft;
        case SubmittedColumn: return u->submitted;
        case ReturnedColumn: return u->returned;
        case ApprovedColumn: return u->approved;
        case LastSubmissionColumn: return u->lastSubmission;
        }
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case UnitColumn:
        return u->unit;
    case DeliveredColumn:
        return u->isComplete() ? tr("✓ %1/%2").arg(u->delivered()).arg(u->indicators)
                               : tr("%1/%2").arg(u->delivered()).arg(u->indicators);
    case NotFilledColumn:
        return u->notFilled;
    case DraftColumn:
        return u->draft;
    case SubmittedColumn:
        return u->submitted;
    case ReturnedColumn:
        return u->returned;
    case ApprovedColumn:
        return u->approved;
    case LastSubmissionColumn:
        return u->lastSubmission.isValid()
                   ? QLocale().toString(u->lastSubmission.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QStringLiteral("—");
    }
    return QVariant();
}

QVariant CompletenessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole && section == DeliveredColumn)
        return tr("Submitted or approved, of the indicators the unit leads");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case UnitColumn:
        return tr("Responsible unit");
    case DeliveredColumn:
        return tr("Delivered");
    case NotFilledColumn:
        return tr("Not filled");
    case DraftColumn:
        return tr("Draft");
    case SubmittedColumn:
        return tr("Submitted");
    case ReturnedColumn:
        return tr("Returned");
    case ApprovedColumn:
        return tr("Approved");
    case LastSubmissionColumn:
        return tr("Last submission");
    }
    return QVariant();
}
