#include "valuetextcheck.h"

#include <QRegularExpression>

#include <cmath>

namespace ValueTextCheck {

namespace {
bool isRatioTarget(const Indicator &indicator)
{
    static const QRegularExpression ratio(QStringLiteral("^\\s*\\d+(\\.\\d+)?\\s*[:：]\\s*\\d+(\\.\\d+)?\\s*$"));
    return indicator.measureUnit.isEmpty() && ratio.match(indicator.targetText).hasMatch();
}

int decimalsOf(const QString &unit, bool ratio)
{
    if (ratio)
        return 2;
    static const QStringList one = {QStringLiteral("%"), QStringLiteral("1/10万"), QStringLiteral("年"),
                                    QStringLiteral("小时"), QString()};
    static const QStringList two = {QStringLiteral("‰"), QStringLiteral("岁"), QStringLiteral("万人")};
    if (one.contains(unit))
        return 1;
    if (two.contains(unit))
        return 2;
    return 0;
}

QString suffixOf(const QString &unit)
{
    return unit == QStringLiteral("1/10万") ? QStringLiteral("/10万") : unit;
}
} // namespace

QString expected(double value, const Indicator &indicator)
{
    const bool ratio = isRatioTarget(indicator);
    const QString number = QString::number(value, 'f', decimalsOf(indicator.measureUnit, ratio));
    return ratio ? QStringLiteral("1:") + number : number + suffixOf(indicator.measureUnit);
}

QStringList problems(const QString &text, const Indicator &indicator)
{
    QStringList out;
    if (text.contains(QStringLiteral("1/10万")))
        out << QStringLiteral("the unit 1/10万 glued to or split from a number: %1").arg(text);
    static const QRegularExpression number(QStringLiteral("-?\\d+(\\.(\\d+))?"));
    const bool ratio = isRatioTarget(indicator);
    const int decimals = decimalsOf(indicator.measureUnit, ratio);
    const QString suffix = suffixOf(indicator.measureUnit);
    // Every number directly followed by the unit (or after "1:") has the unit's decimals.
    QRegularExpressionMatchIterator it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool withUnit = ratio
            ? m.capturedStart() >= 2 && text.mid(m.capturedStart() - 2, 2) == QStringLiteral("1:")
            : !suffix.isEmpty() && text.mid(m.capturedEnd(), suffix.size()) == suffix;
        if (!withUnit)
            continue;
        const double v = m.captured(0).toDouble();
        const int have = int(m.captured(2).size());
        if (have != decimals && !(std::abs(v) < 1.0 && have > decimals))
            out << QStringLiteral("%1 has %2 decimals, %3 expected for %4")
                       .arg(text)
                       .arg(have)
                       .arg(decimals)
                       .arg(indicator.measureUnit);
    }
    return out;
}

} // namespace ValueTextCheck
