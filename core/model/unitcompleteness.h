#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How far one responsible unit has got with the returns of one year: its indicators
// (those it leads, as the lead unit reports the value) counted by state. The report
// and the review workspace show the same counts.
struct UnitCompleteness
{
    QString unit;
    int indicators = 0;
    int notFilled = 0; // no value row for the year
    int draft = 0;
    int submitted = 0;
    int returned = 0;
    int approved = 0;
    QDateTime lastSubmission; // latest change of a submitted or approved value; invalid when none

    // The reporting cycle (issue #15): when the values were last submitted, the
    // unit's annual report, and the due date in force for the unit.
    QDateTime lastValueSubmittedAt; // latest submitted_at of a submitted or approved value (UTC)
    QString reportState;            // unit_reports.state: draft/submitted/returned/approved; empty: none
    QDateTime reportSubmittedAt;    // the report's latest submission (UTC); invalid when none
    QDate dueDate;                  // the extension when the unit has one, else the year's due date
    bool extended = false;
    QString extensionReason;

    // 按时: everything delivered by the due date; 逾期: delivered after it;
    // 未报送: not everything delivered yet.
    enum class Timeliness { OnTime, Late, Missing };

    int delivered() const { return submitted + approved; }
    bool isComplete() const { return indicators > 0 && delivered() == indicators; }
    bool reportDelivered() const
    {
        return reportState == QLatin1String("submitted") || reportState == QLatin1String("approved");
    }
    // All lead indicators' values and the report submitted or approved.
    bool everythingDelivered() const { return delivered() == indicators && reportDelivered(); }
    // The latest of the submissions, as a local date: when the unit delivered.
    QDate deliveredOn() const
    {
        QDateTime latest = lastValueSubmittedAt;
        if (!latest.isValid() || (reportSubmittedAt.isValid() && reportSubmittedAt > latest))
            latest = reportSubmittedAt;
        return latest.isValid() ? latest.toLocalTime().date() : QDate();
    }
    Timeliness timeliness() const
    {
        if (!everythingDelivered())
            return Timeliness::Missing;
        const QDate on = deliveredOn();
        return (!on.isValid() || on <= dueDate) ? Timeliness::OnTime : Timeliness::Late;
    }
    // The annual report alone, as the plenary papers list it: delivered (submitted
    // or approved) by the due date, after it, or not yet.
    Timeliness reportTimeliness() const
    {
        if (!reportDelivered())
            return Timeliness::Missing;
        const QDate on = reportSubmittedAt.isValid() ? reportSubmittedAt.toLocalTime().date() : QDate();
        return (!on.isValid() || on <= dueDate) ? Timeliness::OnTime : Timeliness::Late;
    }
    int reportDaysLate() const
    {
        return reportTimeliness() == Timeliness::Late ? int(dueDate.daysTo(reportSubmittedAt.toLocalTime().date())) : 0;
    }
    // Late: days after the due date it was delivered. Missing: days past the due
    // date on `today` (negative: days left). On time: 0.
    int daysLate(const QDate &today) const
    {
        switch (timeliness()) {
        case Timeliness::OnTime:
            return 0;
        case Timeliness::Late:
            return int(dueDate.daysTo(deliveredOn()));
        case Timeliness::Missing:
            return int(dueDate.daysTo(today));
        }
        return 0;
    }
};
