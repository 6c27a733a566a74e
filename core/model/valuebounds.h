#pragma once

#include <QString>

#include <optional>

struct Indicator;

// The values an indicator can plausibly take. Outside the hard bounds a value is
// refused; outside the usual range it needs a note (ValueRules). The defaults
// follow the measure unit; an administrator may set an indicator's own
// (RuleParams). The assessor's projection and the return template's cell
// validation use the same hard bounds.
struct ValueBounds
{
    double hardLow = 0;
    double hardHigh = 0;
    std::optional<double> usualLow;
    std::optional<double> usualHigh;

    static ValueBounds of(const Indicator &indicator);
    static ValueBounds ofUnit(const QString &measureUnit);
    // Why an indicator's own bounds cannot hold (low above high, a usual range
    // outside the hard bounds, bounds beyond what its unit can take), or an empty
    // text. The editor and the catalog's store both check it.
    static QString problem(const Indicator &indicator);
};
