#pragma once

#include "model/category.h"
#include "model/plan.h"
#include "model/unitcompleteness.h"
#include "model/user.h"
#include "model/valuerecord.h"
#include "target/indicatorassessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <array>

// Everything the plenary summary shows, computed once from AssessmentService so that
// the report can never disagree with the screens: headline figures per plan, the
// rows per category, the red and yellow indicators with the lead unit's note, the
// completeness of returns and, for the mid-term and final evaluations, the half-way
// check, the indicators met early and those not expected to be met. No drawing here.
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    enum class Kind { Annual, MidTerm, Final };

    struct PlanSummary
    {
        Plan plan;
        int indicators = 0;
        int assessed = 0; // status Met or NotMet
        int met = 0;
        double metRate = 0.0;           // met / assessed, 0 when nothing was assessed
        std::array<int, 4> byStatus{};  // indexed by Assessment::Status
        std::array<int, 4> byWarning{}; // indexed by Assessment::Warning
        int fluctuating = 0;
    };

    struct CategorySection
    {
        QString planCode;
        QString name;
        QVector<int> rows; // indexes into `assessments`, in catalog order
        std::array<int, 4> byStatus{};
    };

    struct WarningItem
    {
        int row = -1; // index into `assessments`
        QString note; // the lead unit's 情况说明 of the latest value
        QString source;
    };

    // What the figures of `dataYear` rest on: the district's value of each indicator
    // of the catalog by its state. Submitted values count for the assessment but may
    // still change; drafts and returned values do not count.
    struct DataBasis
    {
        int indicators = 0;
        int approved = 0;
        int submitted = 0;       // awaiting review
        int draftOrReturned = 0; // entered, not counted
        int missing = 0;         // no value at all
    };

    Kind kind = Kind::Annual;
    int year = 0;     // the year the report is about (2026 for the mid-term)
    int dataYear = 0; // the year the data are assessed for
    bool demo = false;
    QDate generated;
    QString issuingBody; // the cover's issuing office (setting "issuing_body")
    DataBasis basis;

    QVector<Plan> plans;
    QVector<PlanSummary> summaries;
    QVector<IndicatorAssessment> assessments;     // catalog order
    QHash<QString, QVector<ValueRecord>> records; // the district's values per code
    QVector<CategorySection> categories;
    QVector<int> valueYears;       // the last three years shown in the tables
    QVector<WarningItem> warnings; // red first, then yellow
    QVector<UnitCompleteness> completeness;
    // The units' annual reports of dataYear: unit -> the opening of its 下一年工作安排,
    // for the reports delivered (submitted or approved).
    QHash<QString, QString> nextYearPlans;
    // The evaluations: every reporting year from the plan's first to dataYear, with
    // the units' completeness (and so their reports' state) in that year.
    QVector<int> reportYears;
    QVector<QVector<UnitCompleteness>> completenessByYear; // parallel to reportYears
    QVector<int> midTermRows;                              // rows with a half-way check
    QVector<int> metEarly;                                 // met, and met in every year since metSince
    QHash<int, int> metSince;                              // row -> first year of the unbroken run of Met
    QVector<int> notExpected;                              // outlook Unlikely or Diverging

    // The year the data are assessed for: annual → year; mid-term → half-way year of
    // the plan (2025); final → the target year (2030).
    static int dataYearFor(Kind kind, int year, const Plan &plan = Plan());
    static QString kindKey(Kind kind); // annual, midterm, final
    static bool kindFromKey(const QString &key, Kind *out);
    static QString kindTitle(Kind kind); // translated

    // The value of `code` in `valueYear` and whether it is approved, if it counts.
    const ValueRecord *record(const QString &code, int valueYear) const;
    PlanSummary total() const; // both plans together

    // The first sentence of the first paragraph of `text`, at most `maxChars`
    // characters (longer ones end in …), white space collapsed.
    static QString opening(const QString &text, int maxChars = 80);

    static ReportData build(QSqlDatabase db, Kind kind, int year);

    // The office that issues the reports, printed on every cover: the database's
    // setting, or 江北区妇女儿童工作委员会办公室 when none was set.
    static QString defaultIssuingBody();
    static QString storedIssuingBody(QSqlDatabase db);
    // Stores the issuing body for every later report. A reviewer's or the
    // administrator's act (those who issue reports); the text is trimmed and must be
    // one line of 1 to 60 characters.
    static bool setIssuingBody(QSqlDatabase db, const User &user, const QString &text, QString *error);
    // The check alone, with the message naming the field and the value.
    static bool checkIssuingBody(const QString &text, QString *error);
};
