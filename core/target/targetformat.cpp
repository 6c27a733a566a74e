#include "targetformat.h"

#include "targetparser.h"

#include "model/indicator.h"

#include <QCoreApplication>
#include <QHash>

#include <charconv>
#include <cmath>

namespace {

// value rounded to the given decimals as QString::number(value, 'f', decimals) does;
// at two decimals without its locale machinery: reasons and formulas print a dozen
// numbers each. An exact half in binary (x.125, x.375, x.625, x.875: eight times it
// is an odd integer) goes away from zero as in Qt, not to even as to_chars does.
QString fixedDecimals(double value, int decimals, bool dropTrailingZeros)
{
    char buffer[400]; // DBL_MAX has 309 digits before the point
    const char *begin = buffer;
    const char *end = buffer;
    QByteArray qt;
    if (decimals == 2) {
        const double eighths = value * 8.0;
        if (std::abs(eighths) < 9e15 && eighths == std::trunc(eighths) && std::fmod(eighths, 2.0) != 0.0)
            value = std::nextafter(value, value > 0.0 ? HUGE_VAL : -HUGE_VAL);
        end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2).ptr;
    } else {
        // Other exact halves (9.25 at one decimal) are rarer than the cost: Qt's own.
        qt = QByteArray::number(value, 'f', decimals);
        begin = qt.constData();
        end = begin + qt.size();
    }
    if (dropTrailingZeros && decimals > 0) {
        while (end[-1] == '0')
            --end;
        if (end[-1] == '.')
            --end;
    }
    QString s = QString::fromLatin1(begin, int(end - begin));
    // "-0.0" reads as a sign error: a value that rounds to zero is zero.
    if (s.startsWith(QLatin1Char('-')) && s.count(QLatin1Char('0')) + s.count(QLatin1Char('.')) == s.size() - 1)
        s.remove(0, 1);
    return s;
}

} // namespace

QString TargetFormat::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // Below 1, two decimals are not enough: 0.105‰ against a target of ＜0.1 must not
    // read as 0.1. Three significant digits also drop binary noise (0.30000000000000004).
    if (std::abs(value) < 1.0)
        return value == 0.0 ? QStringLiteral("0") : QString::number(value, 'g', 3);
    return fixedDecimals(value, 2, true);
}

QString TargetFormat::term(double value)
{
    return value < 0.0 ? QStringLiteral("(%1)").arg(number(value)) : number(value);
}

int TargetFormat::decimals(const QString &unit, bool ratio)
{
    if (ratio)
        return 2;
    if (unit == QLatin1String("%") || unit == QStringLiteral("1/10万") || unit == QStringLiteral("年")
        || unit == QStringLiteral("小时") || unit.isEmpty())
        return 1;
    if (unit == QStringLiteral("‰") || unit == QStringLiteral("岁") || unit == QStringLiteral("万人"))
        return 2;
    if (unit == QStringLiteral("人") || unit == QStringLiteral("个") || unit == QStringLiteral("件")
        || unit == QStringLiteral("名") || unit == QStringLiteral("张") || unit == QStringLiteral("户"))
        return 0;
    // A unit the catalog does not have yet: as many decimals as a rate.
    return 2;
}

QString TargetFormat::measured(double value, const QString &unit, bool ratio)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const int places = decimals(unit, ratio);
    if (value != 0.0 && std::abs(value) < 1.0 && places > 0) {
        // Up to three significant digits, never fewer decimals than the unit's.
        const int significant = 3 - 1 - int(std::floor(std::log10(std::abs(value))));
        if (significant > places) {
            QString s = fixedDecimals(value, significant, true);
            const int point = s.indexOf(QLatin1Char('.'));
            const int have = point < 0 ? 0 : int(s.size()) - point - 1;
            if (have < places)
                s = fixedDecimals(value, places, false);
            return s;
        }
    }
    return fixedDecimals(value, places, false);
}

QString TargetFormat::unitSuffix(const QString &unit)
{
    if (unit == QStringLiteral("1/10万"))
        return QStringLiteral("/10万");
    return unit;
}

QString TargetFormat::value(double value, const QString &unit, bool ratio)
{
    if (ratio)
        return QStringLiteral("1:") + measured(value, QString(), true);
    return measured(value, unit) + unitSuffix(unit);
}

QString TargetFormat::threshold(double value, const QString &unit, bool ratio)
{
    if (ratio)
        return QStringLiteral("1:") + number(value);
    return number(value) + unitSuffix(unit);
}

QString TargetFormat::difference(double delta, const QString &unit, bool ratio)
{
    if (!ratio && unit == QLatin1String("%"))
        return QCoreApplication::translate("Assessment", "%1 percentage points").arg(measured(delta, unit));
    return ratio ? measured(delta, QString(), true) : value(delta, unit, false);
}

bool TargetFormat::isRatio(const Indicator &indicator)
{
    if (!indicator.measureUnit.isEmpty())
        return false;
    // Tables ask for every cell they paint; reports format on a worker thread.
    thread_local QHash<QString, bool> known;
    const auto it = known.constFind(indicator.targetText);
    if (it != known.constEnd())
        return *it;
    const bool ratio = TargetParser::parse(indicator.targetText).family == TargetRule::Family::Ratio;
    known.insert(indicator.targetText, ratio);
    return ratio;
}

QString TargetFormat::measured(double value, const Indicator &indicator)
{
    return measured(value, indicator.measureUnit, isRatio(indicator));
}

QString TargetFormat::value(double value, const Indicator &indicator)
{
    return TargetFormat::value(value, indicator.measureUnit, isRatio(indicator));
}
