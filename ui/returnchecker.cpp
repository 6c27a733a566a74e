#include "returnchecker.h"

#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"

void ReturnChecker::load(QSqlDatabase db)
{
    const ValueRepository values(db);
    // Drafts count, as in ReturnService::check: the liaison sees the effect of the return.
    m_series = values.seriesByIndicator(QString(), true);
    m_reference = values.referenceSeriesByIndicator(QString(), true);
    m_judgements = JudgementRepository(db).all();
}

EntryCheck ReturnChecker::check(const Indicator &ind, int year, const EntryValidator::Input &input,
                                std::optional<Assessment> *live) const
{
    EntryCheck c = EntryValidator::read(ind, year, input);
    live->reset();
    if (!c.value || c.hasErrors())
        return c;
    // Put the typed value into the cached series for one assessment, then restore
    // it: copying every series per keystroke would cost more than the assessment.
    QMap<int, double> &series = m_series[ind.code];
    const auto saved = series.constFind(year);
    const std::optional<double> before = saved != series.constEnd() ? std::optional<double>(*saved) : std::nullopt;
    QMap<int, double> history = series;
    history.remove(year);
    series.insert(year, *c.value);
    const QVector<IndicatorAssessment> result =
        AssessmentService::assess({ind}, m_series, m_reference, m_judgements, year);
    if (before)
        m_series[ind.code].insert(year, *before);
    else
        m_series[ind.code].remove(year);
    if (!result.isEmpty()) {
        *live = result.first().assessment;
        EntryValidator::addWarnings(&c, ind, year, history, result.first().assessment);
    }
    return c;
}

void ReturnChecker::setValue(const QString &code, int year, std::optional<double> value)
{
    if (value)
        m_series[code].insert(year, *value);
    else
        m_series[code].remove(year);
}
