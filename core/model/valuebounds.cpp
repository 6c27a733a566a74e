#include "valuebounds.h"

#include "indicator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
QString text(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

ValueBounds ValueBounds::ofUnit(const QString &unit)
{
    auto make = [](double lo, double hi, std::optional<double> usualLo = {}, std::optional<double> usualHi = {}) {
        return ValueBounds{lo, hi, usualLo, usualHi};
    };
    // Usual ranges only where the plans' indicators of that unit all sit well
    // inside them: the rates per mille and per 100,000 are mortality and injury
    // rates, 岁 is life expectancy, 年 years of schooling, 小时 hours of sleep.
    if (unit == QStringLiteral("%"))
        return make(0, 100);
    if (unit == QStringLiteral("‰"))
        return make(0, 1000, 0, 100);
    if (unit == QStringLiteral("1/10万"))
        return make(0, 100000, 0, 1000);
    if (unit == QStringLiteral("岁"))
        return make(0, 130, 50, 100);
    if (unit == QStringLiteral("年"))
        return make(0, 30, 3, 20);
    if (unit == QStringLiteral("小时"))
        return make(0, 24, 4, 14);
    if (unit == QStringLiteral("万人"))
        return make(0, 100000); // ten thousands: a billion people
    if (unit.isEmpty())
        return make(0, 1000); // ratios: sex ratio at birth about 105, toilets 1.5
    return make(0, 1e9);      // counts of people, families, cases, places, beds
}

ValueBounds ValueBounds::of(const Indicator &ind)
{
    ValueBounds b = ofUnit(ind.measureUnit);
    const RuleParams &p = ind.params;
    if (p.hardLow)
        b.hardLow = *p.hardLow;
    if (p.hardHigh)
        b.hardHigh = *p.hardHigh;
    if (p.usualLow)
        b.usualLow = *p.usualLow;
    else if (b.usualLow)
        b.usualLow = std::clamp(*b.usualLow, b.hardLow, std::max(b.hardLow, b.hardHigh));
    if (p.usualHigh)
        b.usualHigh = *p.usualHigh;
    else if (b.usualHigh)
        b.usualHigh = std::clamp(*b.usualHigh, b.hardLow, std::max(b.hardLow, b.hardHigh));
    return b;
}

QString ValueBounds::problem(const Indicator &ind)
{
    const ValueBounds unit = ofUnit(ind.measureUnit);
    const ValueBounds b = of(ind);
    if (!std::isfinite(b.hardLow) || !std::isfinite(b.hardHigh) || b.hardLow > b.hardHigh)
        return QCoreApplication::translate("ValueBounds",
                                           "Bounds: %1 to %2: expected a lower bound at most the upper one.")
            .arg(text(b.hardLow), text(b.hardHigh));
    if (b.hardLow < unit.hardLow || b.hardHigh > unit.hardHigh)
        return QCoreApplication::translate("ValueBounds",
                                           "Bounds: %1 to %2: expected bounds within %3 to %4, what %5 can take.")
            .arg(text(b.hardLow), text(b.hardHigh), text(unit.hardLow), text(unit.hardHigh),
                 ind.measureUnit.isEmpty() ? QCoreApplication::translate("ValueBounds", "a value without unit")
                                           : ind.measureUnit);
    const double usualLow = b.usualLow.value_or(b.hardLow);
    const double usualHigh = b.usualHigh.value_or(b.hardHigh);
    if (usualLow > usualHigh || usualLow < b.hardLow || usualHigh > b.hardHigh)
        return QCoreApplication::translate("ValueBounds",
                                           "Usual range: %1 to %2: expected a range within the bounds %3 to %4.")
            .arg(text(usualLow), text(usualHigh), text(b.hardLow), text(b.hardHigh));
    return QString();
}
