#include "reportdata.h"

#include "assessmentservice.h"
#include "model/clock.h"
#include "permissions.h"
#include "storage/catalogrepository.h"
#include "storage/completenessrepository.h"
#include "storage/judgementrepository.h"
#include "storage/reportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/valuerepository.h"

#include <algorithm>

namespace {

using Status = Assessment::Status;
using Warning = Assessment::Warning;

void count(ReportData::PlanSummary &s, const Assessment &a)
{
    ++s.indicators;
    ++s.byStatus[size_t(a.status)];
    ++s.byWarning[size_t(a.warning)];
    if (a.status == Status::Met || a.status == Status::NotMet)
        ++s.assessed;
    if (a.status == Status::Met)
        ++s.met;
    if (a.fluctuation)
        ++s.fluctuating;
}

void finish(ReportData::PlanSummary &s)
{
    s.metRate = s.assessed > 0 ? double(s.met) / s.assessed : 0.0;
}

} // namespace

int ReportData::dataYearFor(Kind kind, int year, const Plan &plan)
{
    switch (kind) {
    case Kind::MidTerm:
        return plan.baselineYear + (plan.endYear - plan.baselineYear) / 2;
    case Kind::Final:
        return plan.endYear;
    case Kind::Annual:
        break;
    }
    return year;
}

QString ReportData::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::MidTerm:
        return QStringLiteral("midterm");
    case Kind::Final:
        return QStringLiteral("final");
    case Kind::Annual:
        break;
    }
    return QStringLiteral("annual");
}

bool ReportData::kindFromKey(const QString &key, Kind *out)
{
    for (Kind k : {Kind::Annual, Kind::MidTerm, Kind::Final}) {
        if (key == kindKey(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString ReportData::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::MidTerm:
        return tr("Mid-term evaluation report");
    case Kind::Final:
        return tr("Final evaluation report");
    case Kind::Annual:
        break;
    }
    return tr("Annual monitoring report");
}

QString ReportData::defaultIssuingBody()
{
    return QStringLiteral("江北区妇女儿童工作委员会办公室");
}

namespace {
QString issuingBodyKey()
{
    return QStringLiteral("issuing_body");
}
constexpr int MaxIssuingBodyLength = 60;
} // namespace

QString ReportData::storedIssuingBody(QSqlDatabase db)
{
    const QString stored = SettingsRepository(db).value(issuingBodyKey()).trimmed();
    return stored.isEmpty() ? defaultIssuingBody() : stored;
}

bool ReportData::checkIssuingBody(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    QString problem;
    if (t.isEmpty())
        problem = tr("Issuing body: the name of the issuing office is empty; expected its full name, such as %1.")
                      .arg(defaultIssuingBody());
    else if (t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        problem = tr("Issuing body: \"%1\" has a line break; expected the name on one line.").arg(t);
    else if (t.size() > MaxIssuingBodyLength)
        problem = tr("Issuing body: \"%1\" has %2 characters; expected at most %3.")
                      .arg(t)
                      .arg(t.size())
                      .arg(MaxIssuingBodyLength);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem;
    return false;
}

bool ReportData::setIssuingBody(QSqlDatabase db, const User &user, const QString &text, QString *error)
{
    if (!Permissions::check(user, Permissions::Act::Review, error) || !checkIssuingBody(text, error))
        return false;
    return SettingsRepository(db).setValue(issuingBodyKey(), text.trimmed(), error);
}

const ValueRecord *ReportData::record(const QString &code, int valueYear) const
{
    const auto it = records.constFind(code);
    if (it == records.constEnd())
        return nullptr;
    for (const ValueRecord &r : *it) {
        if (r.year == valueYear)
            return &r;
    }
    return nullptr;
}

ReportData::PlanSummary ReportData::total() const
{
    PlanSummary t;
    for (const IndicatorAssessment &ia : assessments)
        count(t, ia.assessment);
    finish(t);
    return t;
}

QString ReportData::opening(const QString &text, int maxChars)
{
    QString first;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        first = paragraph.simplified();
        if (!first.isEmpty())
            break;
    }
    // The first sentence, when it ends within the limit.
    const int end = first.indexOf(QChar(0x3002)); // 。
    if (end >= 0 && end < maxChars)
        return first.left(end + 1);
    if (first.size() <= maxChars)
        return first;
    int cut = maxChars - 1;
    if (first.at(cut - 1).isHighSurrogate())
        --cut;
    return first.left(cut) + QChar(0x2026); // …
}

ReportData ReportData::build(QSqlDatabase db, Kind kind, int year)
{
    ReportData d;
    d.kind = kind;
    d.year = year;
    d.generated = Clock::today();
    d.demo = SettingsRepository(db).isDemo();
    d.issuingBody = storedIssuingBody(db);

    const CatalogRepository catalog(db);
    d.plans = catalog.plans();
    d.dataYear = dataYearFor(kind, year, d.plans.value(0, Plan()));
    for (int y = d.dataYear - 2; y <= d.dataYear; ++y)
        d.valueYears.append(y);

    // One load, then the service's own computation for every year needed: the
    // report year, and the earlier years to find since when a target is met.
    const QVector<Indicator> indicators = catalog.indicators();
    const ValueRepository values(db);
    const auto series = values.seriesByIndicator();
    const auto references = values.referenceSeriesByIndicator();
    const auto judgements = JudgementRepository(db).all();
    d.assessments = AssessmentService::assess(indicators, series, references, judgements, d.dataYear);

    QHash<QString, ValueState> stateInYear; // the district's value of dataYear, by code
    for (const ValueRecord &r : values.areaValues(QString())) {
        if (ValueStates::countsForAssessment(r.state))
            d.records[r.indicatorCode].append(r);
        if (r.year == d.dataYear)
            stateInYear.insert(r.indicatorCode, r.state);
    }
    for (const Indicator &ind : indicators) {
        ++d.basis.indicators;
        const auto it = stateInYear.constFind(ind.code);
        if (it == stateInYear.constEnd()) {
            ++d.basis.missing;
            continue;
        }
        switch (*it) {
        case ValueState::Approved:
            ++d.basis.approved;
            break;
        case ValueState::Submitted:
            ++d.basis.submitted;
            break;
        case ValueState::Draft:
        case ValueState::Returned:
            ++d.basis.draftOrReturned;
            break;
        }
    }

    for (const Plan &p : d.plans) {
        PlanSummary s;
        s.plan = p;
        for (const IndicatorAssessment &ia : d.assessments) {
            if (ia.indicator.planCode == p.code)
                count(s, ia.assessment);
        }
        finish(s);
        d.summaries.append(s);
    }

    // Categories in the plan's order, each with its rows.
    QVector<Category> categories = catalog.categories();
    std::stable_sort(categories.begin(), categories.end(), [](const Category &a, const Category &b) {
        return a.planId != b.planId ? a.planId < b.planId : a.position < b.position;
    });
    for (const Category &c : categories) {
        CategorySection section;
        section.name = c.name;
        for (const Plan &p : d.plans) {
            if (p.id == c.planId)
                section.planCode = p.code;
        }
        for (int i = 0; i < d.assessments.size(); ++i) {
            const IndicatorAssessment &ia = d.assessments.at(i);
            if (ia.indicator.planCode == section.planCode && ia.indicator.category == c.name) {
                section.rows.append(i);
                ++section.byStatus[size_t(ia.assessment.status)];
            }
        }
        if (!section.rows.isEmpty())
            d.categories.append(section);
    }

    for (Warning level : {Warning::Red, Warning::Yellow}) {
        for (int i = 0; i < d.assessments.size(); ++i) {
            const IndicatorAssessment &ia = d.assessments.at(i);
            if (ia.assessment.warning != level)
                continue;
            WarningItem w;
            w.row = i;
            if (const ValueRecord *r = d.record(ia.indicator.code, ia.assessment.latestYear)) {
                w.note = r->note;
                w.source = r->source;
            }
            d.warnings.append(w);
        }
    }

    const CompletenessRepository completeness(db);
    d.completeness = completeness.byUnit(d.dataYear);
    const ReportRepository reports(db);
    for (const UnitCompleteness &u : d.completeness) {
        if (!u.reportDelivered())
            continue;
        QString ignored;
        if (const auto r = reports.read(u.unit, d.dataYear, &ignored))
            d.nextYearPlans.insert(u.unit, opening(r->nextYearPlan));
    }
    if (kind != Kind::Annual) {
        for (int y = d.plans.value(0, Plan()).baselineYear + 1; y <= d.dataYear; ++y) {
            d.reportYears.append(y);
            d.completenessByYear.append(y == d.dataYear ? d.completeness : completeness.byUnit(y));
        }
    }

    // Since when each met target has been met without a break, by assessing the
    // earlier years with the same computation.
    const int firstYear = d.plans.value(0, Plan()).baselineYear + 1;
    QVector<int> since(d.assessments.size(), 0);
    for (int i = 0; i < d.assessments.size(); ++i) {
        if (d.assessments.at(i).assessment.status == Status::Met)
            since[i] = d.dataYear;
    }
    for (int y = d.dataYear - 1; y >= firstYear; --y) {
        const auto earlier = AssessmentService::assess(indicators, series, references, judgements, y);
        bool any = false;
        for (int i = 0; i < earlier.size() && i < since.size(); ++i) {
            if (since[i] == y + 1 && earlier.at(i).assessment.status == Status::Met) {
                since[i] = y;
                any = true;
            }
        }
        if (!any)
            break;
    }
    const int targetYear = d.plans.value(0, Plan()).endYear;
    for (int i = 0; i < d.assessments.size(); ++i) {
        const Assessment &a = d.assessments.at(i).assessment;
        if (a.midterm != Assessment::MidTerm::NotApplicable)
            d.midTermRows.append(i);
        if (since[i] > 0 && since[i] < targetYear) {
            d.metEarly.append(i);
            d.metSince.insert(i, since[i]);
        }
        if (a.outlook == Assessment::Outlook::Unlikely || a.outlook == Assessment::Outlook::Diverging)
            d.notExpected.append(i);
    }
    return d;
}
