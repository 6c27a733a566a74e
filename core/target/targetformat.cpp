#include "targetformat.h"

#include <QCoreApplication>

#include <cmath>

QString TargetFormat::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // Below 1, two decimals are not enough: 0.105‰ against a target of ＜0.1 must not
    // read as 0.1. Three significant digits also drop binary noise (0.30000000000000004).
    if (std::abs(value) < 1.0)
        return value == 0.0 ? QStringLiteral("0") : QString::number(value, 'g', 3);
    QString s = QString::number(value, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
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
