#pragma once

#include <QString>

#include <optional>

// Per-indicator parameters of the target rule. The defaults are those of docs/DESIGN.md;
// the administrator may change them per indicator (stored in the indicators table).
struct RuleParams
{
    double tolerance = 2.0;           // 左右 and 相适应, in the indicator's unit
    double clearDecreaseShare = 0.10; // 明显降低: at least this share below the baseline
    double balanceLow = 103.0;        // 趋于平衡: the normal band
    double balanceHigh = 107.0;
    QString referenceCode; // relative targets: the indicator referred to (W21 -> W20)
    // Plausible values (ValueRules): outside the hard bounds a value is refused,
    // outside the usual range it needs a note. Unset: the measure unit's defaults.
    std::optional<double> hardLow;
    std::optional<double> hardHigh;
    std::optional<double> usualLow;
    std::optional<double> usualHigh;

    bool operator==(const RuleParams &o) const
    {
        return tolerance == o.tolerance && clearDecreaseShare == o.clearDecreaseShare && balanceLow == o.balanceLow
            && balanceHigh == o.balanceHigh && referenceCode == o.referenceCode && hardLow == o.hardLow
            && hardHigh == o.hardHigh && usualLow == o.usualLow && usualHigh == o.usualHigh;
    }
};
