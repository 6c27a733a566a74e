#include "entryvalidator.h"

#include "exchange/numberparser.h"
#include "exchange/valuerules.h"
#include "target/assessor.h"
#include "target/targetformat.h"

#include <algorithm>
#include <cmath>

EntryCheck EntryValidator::read(const Indicator &ind, int year, const Input &input, int firstYear, int lastYear)
{
    EntryCheck c;
    if (const auto p = ValueRules::checkYear(year, QString::number(year), firstYear, lastYear))
        c.errors << ValueRules::describe(*p);
    ValueRules::Input in;
    in.value = input.value;
    in.numerator = input.numerator;
    in.denominator = input.denominator;
    in.note = input.note;
    in.source = input.source;
    const ValueRules::Reading r = ValueRules::read(ind, in);
    c.value = r.value;
    c.numerator = r.numerator;
    c.denominator = r.denominator;
    c.computedFromParts = r.computedFromParts;
    for (const ValueRules::Problem &p : r.problems)
        (p.needsNote ? c.warnings : c.errors) << ValueRules::describe(p);
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
        // Each sentence says what it is about: the value of the year, or the trend's
        // projection for the target year when the value itself meets the target.
        if (live.status == Assessment::Status::NotMet)
            c->warnings << tr("In %1 this binding indicator does not meet its target %2: please explain in the note.")
                               .arg(QString::number(year), ind.targetText);
        else if (live.outlook == Assessment::Outlook::Diverging && live.projected2030)
            c->warnings << tr("In %1 this binding indicator is %2, but its trend projects %3 for %4, moving away "
                              "from its target %5: please explain in the note.")
                               .arg(QString::number(year), Assessment::statusLabel(live.status),
                                    TargetFormat::value(*live.projected2030, ind.measureUnit),
                                    QString::number(Assessor::kTargetYear), ind.targetText);
        else if (live.outlook == Assessment::Outlook::Diverging)
            c->warnings << tr("In %1 this binding indicator is %2, but its trend moves away from its target %3: "
                              "please explain in the note.")
                               .arg(QString::number(year), Assessment::statusLabel(live.status), ind.targetText);
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
