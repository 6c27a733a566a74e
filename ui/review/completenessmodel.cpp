#include "review/completenessmodel.h"

#include "widgets/palette.h"

#include "model/clock.h"
#include "model/displayformat.h"

#include <QBrush>

CompletenessModel::CompletenessModel(QObject *parent)
    : RowTableModel(
        {
            // Short titles, each with its full meaning as the tooltip: the eleven
            // columns fit beside the return on a 1366 px screen.
            {tr("Unit"), {}, tr("The responsible unit: it leads these indicators and reports their values")},
            {tr("Delivered"), Qt::AlignRight | Qt::AlignVCenter,
             tr("Submitted or approved, of the indicators the unit leads")},
            {tr("Empty"), Qt::AlignRight | Qt::AlignVCenter, tr("Not filled: indicators without a value for the year")},
            {tr("Draft"), Qt::AlignRight | Qt::AlignVCenter, tr("Values saved but not yet submitted")},
            {tr("Sent"), Qt::AlignRight | Qt::AlignVCenter, tr("Submitted values waiting for review")},
            {tr("Returned"), Qt::AlignRight | Qt::AlignVCenter, tr("Values sent back to the unit with a reason")},
            {tr("Approved"), Qt::AlignRight | Qt::AlignVCenter, tr("Values approved by a reviewer (locked)")},
            {tr("Last sent"), {}, tr("The day of the unit's last submission (the time in the cell's tooltip)")},
            {tr("Report"), {}, tr("The unit's annual report (年度规划落实情况报告): its state")},
            {tr("Due"), {}, tr("报送截止日期: the year's, or the unit's extension (marked *)")},
            {tr("Timeliness"), {}, tr("按时, 逾期 n 天 after the due date, or 未报送 with the days left or past")},
        },
        parent)
{
}

void CompletenessModel::setRows(const QVector<UnitCompleteness> &rows)
{
    resetRows(rows);
}

int CompletenessModel::rowOfUnit(const QString &unit) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit == unit)
            return i;
    }
    return -1;
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
        return column == ReturnedColumn && u->returned > 0 ? QBrush(Palette::screen(Palette::StateReturned))
                                                           : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ToolTipRole:
        if (column == DueColumn && u->extended)
            return tr("Extended: %1").arg(u->extensionReason);
        if (column == LastSubmissionColumn && u->lastSubmission.isValid())
            return DisplayFormat::dateTime(u->lastSubmission);
        if (column == UnitColumn || column == DeliveredColumn)
            return u->isComplete()
                ? tr("Every indicator of %1 is submitted or approved.").arg(u->unit)
                : tr("%1 of %2 indicators submitted or approved.").arg(u->delivered()).arg(u->indicators);
        return QVariant();
    case Qt::UserRole: // raw numbers, for sorting
        switch (column) {
        case UnitColumn:
            return index.row(); // the catalog's unit order
        case DeliveredColumn:
            return u->indicators ? double(u->delivered()) / u->indicators : 0.0;
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
            return u->lastSubmission;
        case ReportColumn:
            return u->reportState;
        case DueColumn:
            return u->dueDate;
        case TimelinessColumn:
            return u->daysLate(Clock::today());
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
        return u->lastSubmission.isValid() ? u->lastSubmission.toLocalTime().date().toString(Qt::ISODate)
                                           : QStringLiteral("—");
    case ReportColumn:
        return reportStateText(u->reportState);
    case DueColumn:
        return u->extended ? tr("%1 *", "an extended due date").arg(u->dueDate.toString(Qt::ISODate))
                           : u->dueDate.toString(Qt::ISODate);
    case TimelinessColumn:
        return timelinessText(*u, Clock::today());
    }
    return QVariant();
}

QString CompletenessModel::reportStateText(const QString &state)
{
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("submitted"))
        return tr("Submitted");
    if (state == QLatin1String("returned"))
        return tr("Returned");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    return tr("None", "no annual report yet");
}

QString CompletenessModel::timelinessText(const UnitCompleteness &u, const QDate &today)
{
    const int days = u.daysLate(today);
    switch (u.timeliness()) {
    case UnitCompleteness::Timeliness::OnTime:
        return tr("按时");
    case UnitCompleteness::Timeliness::Late:
        return tr("逾期 %n 天", "delivered n days late", days);
    case UnitCompleteness::Timeliness::Missing:
        return days > 0 ? tr("未报送(逾期%n天)", "not delivered, n days past due", days)
                        : tr("未报送(剩%n天)", "not delivered, n days left", -days);
    }
    return QString();
}
