#include "assessmentservice.h"

#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "target/assessor.h"
#include "target/targetparser.h"

AssessmentService::AssessmentService(QSqlDatabase db)
    : m_db(db)
{
}

QVector<IndicatorAssessment> AssessmentService::assess(const QVector<Indicator> &indicators,
                                                       const QHash<QString, QMap<int, double>> &series,
                                                       const QHash<QString, QMap<int, double>> &referenceValues,
                                                       const QHash<QString, QMap<int, Judgement>> &judgements,
                                                       int year)
{
    QVector<IndicatorAssessment> out;
    out.reserve(indicators.size());
    for (const Indicator &ind : indicators) {
        IndicatorAssessment a;
        a.indicator = ind;
        a.year = year;
        a.rule = TargetParser::parse(ind.targetText);
        a.series = series.value(ind.code);
        // A relative target follows another indicator (W21 -> W20) or, when none
        // holds the reference, the reference value entered with each return.
        const QMap<int, double> reference = ind.params.referenceCode.isEmpty()
            ? referenceValues.value(ind.code)
            : series.value(ind.params.referenceCode);
        std::optional<Judgement> verdict;
        const auto byYear = judgements.constFind(ind.code);
        if (byYear != judgements.constEnd() && byYear->contains(year))
            verdict = byYear->value(year);
        a.assessment = Assessor::assess(ind, a.rule, a.series, year, reference, verdict);
        out.append(a);
    }
    return out;
}

QVector<IndicatorAssessment> AssessmentService::assessAll(int year, const QString &area, bool includeDrafts) const
{
    const ValueRepository values(m_db);
    return assess(CatalogRepository(m_db).indicators(), values.seriesByIndicator(area, includeDrafts),
                  values.referenceSeriesByIndicator(area, includeDrafts), JudgementRepository(m_db).all(area), year);
}

IndicatorAssessment AssessmentService::assessOne(const QString &code, int year, const QString &area,
                                                 bool includeDrafts) const
{
    for (const IndicatorAssessment &a : assessAll(year, area, includeDrafts)) {
        if (a.indicator.code == code)
            return a;
    }
    return IndicatorAssessment();
}
