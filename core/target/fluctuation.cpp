#include "fluctuation.h"

#include <cmath>

Fluctuation Fluctuation::of(const QMap<int, double> &series, const RuleParams &params)
{
    Fluctuation f;
    if (series.size() < 2)
        return f;
    double sum = 0.0;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        sum += std::abs(it.value());
        const auto next = std::next(it);
        if (next == series.cend())
            break;
        f.changes.append(next.value() - it.value());
        f.years.append(next.key());
        const double change = next.value() - it.value();
        // A jump is large both against the value before and in the indicator's unit:
        // 2.4 → 2.5 is neither, 0.2 → 0.3 (50%, but 0.1 in the unit) is no jump either.
        if (!f.jump && it.value() != 0.0 && std::abs(change) > params.jumpShare * std::abs(it.value())
            && std::abs(change) >= params.jumpMinimum) {
            f.jump = true;
            f.jumpFromYear = it.key();
            f.jumpYear = next.key();
            f.jumpFrom = it.value();
            f.jumpTo = next.value();
        }
    }
    f.level = sum / double(series.size());
    f.swingLimit = params.swingShare * f.level;
    // A year without change between two large ones in opposite directions is still a
    // swing (80, 86, 86, 80): each change is compared with the last non-zero one.
    double last = 0.0;
    for (double change : qAsConst(f.changes)) {
        if (change == 0.0)
            continue;
        const bool reverses = (last > 0.0 && change < 0.0) || (last < 0.0 && change > 0.0);
        if (reverses && f.swingLimit > 0.0 && std::abs(last) >= f.swingLimit && std::abs(change) >= f.swingLimit)
            ++f.reversals;
        last = change;
    }
    f.swings = f.reversals >= kMinReversals;
    return f;
}
