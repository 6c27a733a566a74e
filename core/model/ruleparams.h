#pragma once

#include <QString>

#include <optional>

// Per-indicator parameters of the target rule. The defaults are those of docs/DESIGN.md;
// the administrator may change them per indicator (stored in the indicators table).
struct RuleParams
{
    // How an x左右 target reads (docs/DESIGN.md, "Target semantics"): a band of ±tolerance
    // around x, "about x or above" (at least x − tolerance: a share of women the plan
    // wants at least about) or "about x or below" (at most x + tolerance).
    enum class AboutReading { Band, AboutOrAbove, AboutOrBelow };

    double tolerance = 2.0; // 左右 and 相适应, in the indicator's unit
    AboutReading aboutReading = AboutReading::Band;
    double clearDecreaseShare = 0.10; // 明显降低 / 明显提高: at least this share away from the baseline
    double balanceLow = 103.0;        // 趋于平衡: the normal band
    double balanceHigh = 107.0;
    // 波动较大 (core/target/fluctuation.h): a change is large against the indicator's
    // scale from swingShare × its mean level; two reversals of direction between large
    // changes are a swing. A single jump is larger than jumpShare of the value before
    // and at least jumpMinimum in the indicator's unit.
    double swingShare = 0.05;
    double jumpShare = 0.20;
    double jumpMinimum = 1.0;
    QString referenceCode; // relative targets: the indicator referred to (W21 -> W20)
    // Plausible values (ValueRules): outside the hard bounds a value is refused,
    // outside the usual range it needs a note. Unset: the measure unit's defaults.
    std::optional<double> hardLow;
    std::optional<double> hardHigh;
    std::optional<double> usualLow;
    std::optional<double> usualHigh;

    // Stable keys for the catalog files and the database: band, about_or_above, about_or_below.
    static QString aboutReadingKey(AboutReading reading)
    {
        switch (reading) {
        case AboutReading::AboutOrAbove:
            return QStringLiteral("about_or_above");
        case AboutReading::AboutOrBelow:
            return QStringLiteral("about_or_below");
        case AboutReading::Band:
            break;
        }
        return QStringLiteral("band");
    }
    static bool aboutReadingFromKey(const QString &key, AboutReading *out)
    {
        for (AboutReading r : {AboutReading::Band, AboutReading::AboutOrAbove, AboutReading::AboutOrBelow}) {
            if (key == aboutReadingKey(r)) {
                *out = r;
                return true;
            }
        }
        return false;
    }

    bool operator==(const RuleParams &o) const
    {
        return tolerance == o.tolerance && aboutReading == o.aboutReading && clearDecreaseShare == o.clearDecreaseShare
            && balanceLow == o.balanceLow && balanceHigh == o.balanceHigh && swingShare == o.swingShare
            && jumpShare == o.jumpShare && jumpMinimum == o.jumpMinimum && referenceCode == o.referenceCode
            && hardLow == o.hardLow && hardHigh == o.hardHigh && usualLow == o.usualLow && usualHigh == o.usualHigh;
    }
};
