#include "assessmentservice.h"

#include "model/planyears.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QThread>

#include <atomic>
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

namespace {
// Runs produce(i) for i in [0, count) on every core and consume(result) on the
// calling thread in the order of i. Areas are independent of each other; a worker
// runs at most Window areas ahead of the consumer, so memory does not grow with
// the areas. Each result is handed over under the mutex.
template <typename Result, typename Produce, typename Consume>
void inOrderOnEveryCore(int count, const Produce &produce, const Consume &consume)
{
    const int workers = std::min(QThread::idealThreadCount(), count / 8);
    if (workers < 2) {
        for (int i = 0; i < count; ++i)
            consume(produce(i));
        return;
    }
    constexpr int Window = 32;
    std::vector<Result> results(static_cast<size_t>(count));
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
            Result out = produce(i);
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
        Result out;
        {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&]() { return ready[size_t(i)] != 0; });
            out = std::move(results[size_t(i)]);
            visited = i + 1;
        }
        changed.notify_all();
        consume(std::move(out));
    }
    for (std::thread &t : threads)
        t.join();
}
} // namespace

namespace {
// What assessing every area needs, loaded once and read by every worker: the
// catalog's rules, the flat points of every area's values (each area's maps are
// built by the thread that assesses it and freed with its results:
// ValueRepository::AreaPoints), the reviewers' verdicts. The district first, then
// the other areas in the order they were added; an area without values is
// assessed too (无数据 throughout).
struct EveryArea
{
    EveryArea(QSqlDatabase db, int assessedYear, Assessor::Detail assessedDetail)
        : year(assessedYear)
        , detail(assessedDetail)
    {
        const CatalogRepository catalog(db);
        indicators = catalog.indicators();
        rules = rulesOf(indicators);
        points = ValueRepository(db).pointsByArea(false);
        judgements = JudgementRepository(db).byArea();
        areas = catalog.areas();
        years = PlanYears::of(catalog.plans());
    }
    int count() const { return int(areas.size()); }
    QVector<IndicatorAssessment> assess(int i) const
    {
        const QString &name = areas.at(i).name;
        QHash<QString, QMap<int, double>> references;
        const QHash<QString, QMap<int, double>> series = points.series(name, &references);
        QVector<IndicatorAssessment> out = assessWithRules(indicators, rules, series, references,
                                                           judgements.value(name), year, detail, years);
        for (IndicatorAssessment &a : out)
            a.area = name;
        return out;
    }

    int year;
    Assessor::Detail detail;
    QVector<Indicator> indicators;
    QVector<TargetRule> rules;
    ValueRepository::AreaPoints points;
    QHash<QString, QHash<QString, QMap<int, Judgement>>> judgements;
    QVector<Area> areas;
    PlanYears years;
};
} // namespace

int AssessmentService::assessEveryArea(int year,
                                       const std::function<void(const QString &, const IndicatorAssessment &)> &visit,
                                       Assessor::Detail detail) const
{
    const EveryArea every(m_db, year, detail);
    int n = 0;
    inOrderOnEveryCore<QVector<IndicatorAssessment>>(
        every.count(), [&](int i) { return every.assess(i); },
        [&](const QVector<IndicatorAssessment> &out) {
            for (const IndicatorAssessment &a : out) {
                visit(a.area, a);
                ++n;
            }
        });
    return n;
}

int AssessmentService::assessEveryArea(int year,
                                       const std::function<QByteArray(const QVector<IndicatorAssessment> &)> &render,
                                       const std::function<void(const QByteArray &)> &consume,
                                       Assessor::Detail detail) const
{
    const EveryArea every(m_db, year, detail);
    std::atomic<int> n{0};
    inOrderOnEveryCore<QByteArray>(
        every.count(),
        [&](int i) {
            const QVector<IndicatorAssessment> out = every.assess(i);
            n += int(out.size());
            return render(out);
        },
        consume);
    return n;
}
