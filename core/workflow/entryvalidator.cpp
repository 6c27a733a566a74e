#include "entryvalidator.h"

#include "exchange/numberparser.h"

#include <algorithm>
#include <cmath>

namespace {
QString shown(const QString &text)
{
    return text.trimmed().isEmpty() ? EntryValidator::tr("(empty)") : QStringLiteral("“%1”").arg(text.trimmed());
}
} // namespace

EntryCheck EntryValidator::read(const Indicator &ind, int year, const Input &input, int firstYear, int lastYear)
{
    EntryCheck c;
    if (year < firstYear || year > lastYear)
        c.errors << tr("Year: %1: expected a year from %2 to %3.").arg(year).arg(firstYear).arg(lastYear);

    auto number = [&](const QString &field, const QString &text) -> std::optional<double> {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        const auto v = NumberParser::parse(text);
        if (!v) {
            c.errors << tr("%1: %2: expected a number, e.g. 92.6.").arg(field, shown(text));
            return std::nullopt;
        }
        if (*v < 0) {
            c.errors << tr("%1: %2: expected a number that is not negative.").arg(field, shown(text));
            return std::nullopt;
        }
        return v;
    };
    c.value = number(tr("Value"), input.value);
    c.numerator = number(tr("Numerator"), input.numerator);
    c.denominator = number(tr("Denominator"), input.denominator);

    const double scale = ind.rateScale();
    if (c.numerator && c.denominator) {
        if (*c.denominator == 0) {
            c.errors << tr("Denominator: %1: expected a number above 0.").arg(shown(input.denominator));
        } else if (scale > 0 && *c.numerator > *c.denominator) {
            c.errors << tr("Numerator: %1: expected at most the denominator %2.")
                            .arg(shown(input.numerator), NumberParser::format(*c.denominator));
        } else {
            const double computed = *c.numerator / *c.denominator * (scale > 0 ? scale : 1.0);
            if (!c.value) {
                c.value = std::round(computed * 10000.0) / 10000.0;
                c.computedFromParts = true;
            } else if (std::abs(*c.value - computed) > std::max(0.05, std::abs(computed) * 0.001)) {
                c.errors << tr("Value: %1: numerator ÷ denominator gives %2; expected the same value.")
                                .arg(shown(input.value), NumberParser::format(computed, 2));
            }
        }
    } else if (input.numerator.trimmed().isEmpty() != input.denominator.trimmed().isEmpty()) {
        // Only a field left empty is "(empty)"; one that does not read already has its error.
        c.errors << tr("%1: (empty): numerator and denominator go together; expected both or neither.")
                        .arg(input.numerator.trimmed().isEmpty() ? tr("Numerator") : tr("Denominator"));
    }
    if (c.value) {
        if (ind.measureUnit == QStringLiteral("%") && *c.value > 100)
            c.errors << tr("Value: %1: expected a percentage from 0 to 100.").arg(shown(input.value));
        else if (ind.measureUnit == QStringLiteral("‰") && *c.value > 1000)
            c.errors << tr("Value: %1: expected a value per mille from 0 to 1000.").arg(shown(input.value));
    }
    return c;
}

void EntryValidator::addWarnings(EntryCheck *c, const Indicator &ind, int year, const QMap<int, double> &history,
                                 const Assessment &live)
{
    if (!c->value || c->hasErrors())
        return;
    const double v = *c->value;
    const auto previous = history.constFind(year - 1);
    if (previous != history.constEnd() && *previous != 0) {
        const double change = std::abs(v - *previous) / std::abs(*previous);
        if (change > 0.2)
            c->warnings << tr("%1 changes by %2% against %3 (%4): please explain in the note.")
                               .arg(NumberParser::format(v), NumberParser::format(change * 100, 1))
                               .arg(year - 1)
                               .arg(NumberParser::format(*previous));
    }
    if (ind.isBinding() && live.latestYear == year) {
        if (live.status == Assessment::Status::NotMet)
            c->warnings << tr("This binding indicator does not meet its target %1: please explain in the note.")
                               .arg(ind.targetText);
        else if (live.outlook == Assessment::Outlook::Diverging)
            c->warnings << tr("This binding indicator moves away from its target %1: please explain in the note.")
                               .arg(ind.targetText);
    }
    QVector<double> past;
    for (auto it = history.constBegin(); it != history.constEnd(); ++it) {
        if (it.key() != year)
            past.append(it.value());
    }
    if (past.size() >= 3) {
        const auto [lo, hi] = std::minmax_element(past.constBegin(), past.constEnd());
        double mean = 0;
        for (double p : past)
            mean += p;
        mean /= past.size();
        const double margin = std::max(*hi - *lo, std::abs(mean) * 0.1);
        if (v < *lo - margin || v > *hi + margin)
            c->warnings << tr("%1 is far outside the past values %2–%3: please check it or explain in the note.")
                               .arg(NumberParser::format(v), NumberParser::format(*lo), NumberParser::format(*hi));
    }
}
