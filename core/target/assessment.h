#pragma once

#include <QString>

#include <optional>

// The assessment of one indicator for one year (docs/DESIGN.md, "Target semantics" and
// "Projection and early warning"). A plain value: Assessor fills it, the UI, CLI and
// reports show it. Labels are translated; keys are stable for CSV/JSON files.
struct Assessment
{
    enum class Status { Met, NotMet, NeedsJudgement, NoData };
    enum class Outlook { None, OnTrack, NeedsAcceleration, Unlikely, Diverging };
    enum class Warning { Red, Yellow, Green, Grey };
    enum class MidTerm { NotApplicable, Covered, NotCovered };

    Status status = Status::NoData;
    Outlook outlook = Outlook::None;
    Warning warning = Warning::Grey;
    bool fluctuation = false; // 波动较大
    MidTerm midterm = MidTerm::NotApplicable;
    std::optional<double> projected2030; // the indicator's own value, extrapolated to the target year
    int year = 0;                        // the year assessed
    int latestYear = 0;                  // the year of the value the assessment rests on; 0 without one
    std::optional<double> latestValue;
    std::optional<double> baselineValue;
    int baselineYear = 0;
    double averageAnnualChange = 0.0;
    // A year without a value is never judged on another year's value as if it were its
    // own: `status` is then NoData (unless a reviewer's verdict recorded for the year
    // itself decides it), and `valueStatus` is what the latest value (of latestYear)
    // says, which the reason sentence names with its year. The outlook and warning look
    // towards the target year from that latest value. Otherwise both agree.
    Status valueStatus = Status::NoData;
    bool restsOnEarlierYear() const { return latestValue.has_value() && latestYear < year; }
    QString reason;  // one sentence with the numbers that led to the result
    QString formula; // the projection with its inputs, for display beside the chart

    static QString statusLabel(Status status);    // 已达标 …
    static QString outlookLabel(Outlook outlook); // 预计可达标 …; empty for None
    static QString warningLabel(Warning warning); // 红 …
    static QString midTermLabel(MidTerm midterm);
    static QString fluctuationLabel(); // 波动较大

    static QString statusKey(Status status);    // met, not_met, needs_judgement, no_data
    static QString outlookKey(Outlook outlook); // none, on_track, needs_acceleration, unlikely, diverging
    static QString warningKey(Warning warning); // red, yellow, green, grey
    static QString midTermKey(MidTerm midterm); // not_applicable, covered, not_covered

    static bool statusFromKey(const QString &key, Status *out);
    static bool outlookFromKey(const QString &key, Outlook *out);
    static bool warningFromKey(const QString &key, Warning *out);
    static bool midTermFromKey(const QString &key, MidTerm *out);
};
