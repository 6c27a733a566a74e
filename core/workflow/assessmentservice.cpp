#include "assessmentservice.h"

#include "model/planyears.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "target/assessor.h"
#include "target/targetparser.h"

AssessmentService::AssessmentService(QSqlDatabase db)
    : m_db(db)
{
}

namespace {
QVector<TargetRule> rulesOf(const QVector<Indicator> &indicators)
{
    QVector<TargetRule> rules;
    rules.reserve(indicators.size());
    for (const Indicator &ind : indicators)
        rules.append(TargetParser::parse(ind.targetText));
    return rules;
}

QVector<IndicatorAssessment> assessWithRules(const QVector<Indicator> &indicators, const QVector<TargetRule> &rules,
                                             const QHash<QString, QMap<int, double>> &series,
                                             const QHash<QString, QMap<int, double>> &referenceValues,
                                             const QHash<QString, QMap<int, Judgement>> &judgements, int year,
                                             Assessor::Detail detail = Assessor::Detail::Full,
                                             const PlanYears &years = PlanYears())
{
    QVector<IndicatorAssessment> out;
    out.reserve(indicators.size());
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &ind = indicators.at(i);
        IndicatorAssessment a;
        a.indicator = ind;
        a.year = year;
        a.rule = rules.at(i);
        a.series = series.value(ind.code);
        // A relative target follows another indicator (W21 -> W20) or, when none
        // holds the reference, the reference value entered with each return.
        const QMap<int, double> reference = ind.params.referenceCode.isEmpty() ? referenceValues.value(ind.code)
                                                                               : series.value(ind.params.referenceCode);
        // The year's verdict, or an earlier one while the value it was given on stands.
        std::optional<Judgement> verdict;
        const auto byYear = judgements.constFind(ind.code);
        if (byYear != judgements.constEnd())
            verdict = Assessor::verdictFor(*byYear, a.series, year);
        // The plan's baseline and target year, read from the plans (2020, 2030).
        a.assessment = Assessor::assess(ind, a.rule, a.series, year, reference, verdict, years.baseline, years.last,
                                        detail);
        out.append(a);
    }
    return out;
}
} // namespace

QVector<IndicatorAssessment> AssessmentService::assess(const QVector<Indicator> &indicators,
                                                       const QHash<QString, QMap<int, double>> &series,
                                                       const QHash<QString, QMap<int, double>> &referenceValues,
                                                       const QHash<QString, QMap<int, Judgement>> &judgements, int year)
{
    return assessWithRules(indicators, rulesOf(indicators), series, referenceValues, judgements, year);
}

QVector<IndicatorAssessment> AssessmentService::assessAll(int year, const QString &area, bool includeDrafts) const
{
    const ValueRepository values(m_db);
    const CatalogRepository catalog(m_db);
    const QVector<Indicator> indicators = catalog.indicators();
    return assessWithRules(indicators, rulesOf(indicators), values.seriesByIndicator(area, includeDrafts),
                           values.referenceSeriesByIndicator(area, includeDrafts), JudgementRepository(m_db).all(area),
                           year, Assessor::Detail::Full, PlanYears::of(catalog.plans()));
}

IndicatorAssessment AssessmentService::assessOne(const QString &code, int year, const QString &area,
                                                 bool includeDrafts) const
{
    // One indicator, not all 89: the catalog pane calls this on every selection.
    const std::optional<Indicator> ind = CatalogRepository(m_db).indicator(code);
    if (!ind)
        return IndicatorAssessment();
    const ValueRepository values(m_db);
    const QVector<Indicator> one{*ind};
    return assessWithRules(one, rulesOf(one), values.seriesByIndicator(area, includeDrafts),
                           values.referenceSeriesByIndicator(area, includeDrafts), JudgementRepository(m_db).all(area),
                           year, Assessor::Detail::Full, PlanYears::of(CatalogRepository(m_db).plans()))
        .value(0);
}

int AssessmentService::assessEveryArea(int year,
                                       const std::function<void(const QString &, const IndicatorAssessment &)> &visit,
                                       Assessor::Detail detail) const
{
    const CatalogRepository catalog(m_db);
    const QVector<Indicator> indicators = catalog.indicators();
    const QVector<TargetRule> rules = rulesOf(indicators);
    QHash<QString, QHash<QString, QMap<int, double>>> references;
    const QHash<QString, QHash<QString, QMap<int, double>>> all = ValueRepository(m_db).seriesByArea(false,
                                                                                                     &references);
    const QHash<QString, QHash<QString, QMap<int, Judgement>>> judgements = JudgementRepository(m_db).byArea();
    // The district first, then the other areas in the order they were added; an
    // area without values is assessed too (无数据 throughout).
    const QVector<Area> areas = catalog.areas();
    const PlanYears years = PlanYears::of(catalog.plans());
    int n = 0;
    for (const Area &area : areas) {
        for (IndicatorAssessment &a :
             assessWithRules(indicators, rules, all.value(area.name), references.value(area.name),
                             judgements.value(area.name), year, detail, years)) {
            a.area = area.name;
            visit(area.name, a);
            ++n;
        }
    }
    return n;
}
