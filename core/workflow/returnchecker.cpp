#include "workflow/returnchecker.h"

#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "workflow/returnservice.h"

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
    return ReturnService::check(ind, year, input, m_series, m_reference, m_judgements, live);
}

void ReturnChecker::setValue(const QString &code, int year, std::optional<double> value)
{
    if (value)
        m_series[code].insert(year, *value);
    else
        m_series[code].remove(year);
}
