#include "targetformat.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

QString TargetFormat::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // Below 1, two decimals are not enough: 0.105‰ against a target of ＜0.1 must not
    // read as 0.1. Three significant digits also drop binary noise (0.30000000000000004).
    if (std::abs(value) < 1.0)
        return value == 0.0 ? QStringLiteral("0") : QString::number(value, 'g', 3);
    // Two decimals, correctly rounded as QString::number(value, 'f', 2) does, without
    // its locale machinery: reasons and formulas print a dozen numbers each.
    // An exact half in binary (x.125, x.375, x.625, x.875: eight times it is an odd
    // integer) goes away from zero as in Qt, not to even as to_chars does.
    const double eighths = value * 8.0;
    if (std::abs(eighths) < 9e15 && eighths == std::trunc(eighths) && std::fmod(eighths, 2.0) != 0.0)
        value = std::nextafter(value, value > 0.0 ? HUGE_VAL : -HUGE_VAL);
    char buffer[400]; // DBL_MAX has 309 digits before the point
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    const char *end = r.ptr;
    while (end[-1] == '0')
        --end;
    if (end[-1] == '.')
        --end;
    return QString::fromLatin1(buffer, int(end - buffer));
}

QString TargetFormat::term(double value)
{
    return value < 0.0 ? QStringLiteral("(%1)").arg(number(value)) : number(value);
}

QString TargetFormat::value(double value, const QString &unit, bool ratio)
{
    if (ratio)
        return QStringLiteral("1:") + number(value);
    // The plan writes rates per 100 000 as "12/10万", not "121/10万".
    if (unit == QStringLiteral("1/10万"))
        return number(value) + QStringLiteral("/10万");
    return number(value) + unit;
}

QString TargetFormat::difference(double delta, const QString &unit, bool ratio)
{
    if (!ratio && unit == QLatin1String("%"))
        return QCoreApplication::translate("Assessment", "%1 percentage points").arg(number(delta));
    return value(delta, ratio ? QString() : unit, false);
}
