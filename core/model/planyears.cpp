#include "planyears.h"

#include <QtGlobal>

#include <algorithm>

PlanYears PlanYears::of(const QVector<Plan> &plans)
{
    if (plans.isEmpty())
        return {};
    PlanYears y{plans.first().baselineYear, plans.first().startYear, plans.first().endYear};
    for (const Plan &p : plans) {
        y.baseline = std::min(y.baseline, p.baselineYear);
        y.first = std::min(y.first, p.startYear);
        y.last = std::max(y.last, p.endYear);
    }
    return y;
}

static QVector<int> span(int from, int to)
{
    QVector<int> out;
    for (int y = from; y <= to; ++y)
        out.append(y);
    return out;
}

QVector<int> PlanYears::reportingYears() const
{
    return span(first, last);
}

QVector<int> PlanYears::dataYears() const
{
    return span(baseline, last);
}

int PlanYears::defaultYear(const QDate &today, int from, int to)
{
    return qBound(from, today.year() - 1, to);
}
