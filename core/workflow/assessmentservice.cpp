#include "assessmentservice.h"

#include "model/planyears.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

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
    const auto assessArea = [&](int i) {
        const QString &name = areas.at(i).name;
        QVector<IndicatorAssessment> out = assessWithRules(indicators, rules, all.value(name), references.value(name),
                                                           judgements.value(name), year, detail, years);
        for (IndicatorAssessment &a : out)
            a.area = name;
        return out;
    };
    // Areas are independent of each other: they are assessed on every core, and
    // visited here, on the calling thread, in their order. A worker runs at most
    // Window areas ahead of the visit, so memory does not grow with the areas.
    // Everything the workers share is read only (the loaded values, the rules);
    // each area's results are handed over under the mutex.
    const int count = int(areas.size());
    const int workers = std::min(QThread::idealThreadCount(), count / 8);
    int n = 0;
    if (workers < 2) {
        for (int i = 0; i < count; ++i)
            for (const IndicatorAssessment &a : assessArea(i)) {
                visit(a.area, a);
                ++n;
            }
        return n;
    }
    constexpr int Window = 32;
    std::vector<QVector<IndicatorAssessment>> results(static_cast<size_t>(count));
    std::vector<char> ready(static_cast<size_t>(count), 0);
    std::mutex mutex;
    std::condition_variable changed;
    int next = 0, visited = 0;
    const auto work = [&]() {
        for (;;) {
            int i = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&]() { return next >= count || next < visited + Window; });
                if (next >= count)
                    return;
                i = next++;
            }
            QVector<IndicatorAssessment> out = assessArea(i);
            {
                const std::lock_guard<std::mutex> lock(mutex);
                results[size_t(i)] = std::move(out);
                ready[size_t(i)] = 1;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(work);
    for (int i = 0; i < count; ++i) {
        QVector<IndicatorAssessment> out;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&]() { return ready[size_t(i)] != 0; });
            out = std::move(results[size_t(i)]);
            visited = i + 1;
        }
        changed.notify_all();
        for (const IndicatorAssessment &a : out) {
            visit(a.area, a);
            ++n;
        }
    }
    for (std::thread &t : threads)
        t.join();
    return n;
}
