#include "targetrule.h"

#include "targetformat.h"

#include <QCoreApplication>

QString TargetRule::describe(const RuleParams &params, const QString &measureUnit) const
{
    const QString u = unit.isEmpty() ? measureUnit : unit;
    const QString x = TargetFormat::threshold(threshold, u);
    switch (family) {
    case Family::Below:
        return QCoreApplication::translate("TargetRule", "below %1").arg(x);
    case Family::AtMost:
        return QCoreApplication::translate("TargetRule", "at most %1").arg(x);
    case Family::Above:
        return QCoreApplication::translate("TargetRule", "above %1").arg(x);
    case Family::AtLeast:
        return QCoreApplication::translate("TargetRule", "at least %1").arg(x);
    case Family::Exactly:
        return QCoreApplication::translate("TargetRule", "exactly %1").arg(x);
    case Family::About:
        switch (params.aboutReading) {
        case RuleParams::AboutReading::AboutOrAbove:
            return QCoreApplication::translate("TargetRule", "about %1 or above (at least %2)")
                .arg(x, TargetFormat::threshold(threshold - params.tolerance, u));
        case RuleParams::AboutReading::AboutOrBelow:
            return QCoreApplication::translate("TargetRule", "about %1 or below (at most %2)")
                .arg(x, TargetFormat::threshold(threshold + params.tolerance, u));
        case RuleParams::AboutReading::Band:
            break;
        }
        return QCoreApplication::translate("TargetRule", "about %1 (±%2)")
            .arg(x, TargetFormat::threshold(params.tolerance, u));
    case Family::Ratio:
        return QCoreApplication::translate("TargetRule", "ratio of at least %1:%2 (1:%3)")
            .arg(TargetFormat::number(ratioA), TargetFormat::number(ratioB), TargetFormat::number(threshold));
    case Family::Increase:
        return QCoreApplication::translate("TargetRule", "higher than the baseline");
    case Family::IncreaseEveryYear:
        return QCoreApplication::translate("TargetRule", "higher every year than the year before");
    case Family::HoldAndRaise:
        return QCoreApplication::translate("TargetRule", "not lower than the baseline");
    case Family::Decrease:
        return QCoreApplication::translate("TargetRule", "lower than the baseline");
    case Family::ClearDecrease:
        return QCoreApplication::translate("TargetRule", "at least %1% lower than the baseline")
            .arg(TargetFormat::number(params.clearDecreaseShare * 100.0));
    case Family::ClearIncrease:
        return QCoreApplication::translate("TargetRule", "at least %1% higher than the baseline")
            .arg(TargetFormat::number(params.clearDecreaseShare * 100.0));
    case Family::DecreaseEveryYear:
        return QCoreApplication::translate("TargetRule", "lower every year than the year before");
    case Family::UnderControl:
        return QCoreApplication::translate("TargetRule", "not higher than the baseline");
    case Family::TowardsBalance:
        return QCoreApplication::translate("TargetRule", "within %1–%2, or closer to %3 than at the baseline")
            .arg(TargetFormat::number(params.balanceLow), TargetFormat::number(params.balanceHigh),
                 TargetFormat::number((params.balanceLow + params.balanceHigh) / 2.0));
    case Family::Relative:
        if (adapt)
            return QCoreApplication::translate("TargetRule", "in line with %1 (at most %2 below it)")
                .arg(referenceText, TargetFormat::threshold(params.tolerance, u));
        if (referenceAtMost)
            return QCoreApplication::translate("TargetRule", "not higher than %1").arg(referenceText);
        return QCoreApplication::translate("TargetRule", "not lower than %1").arg(referenceText);
    case Family::Judgement:
        return QCoreApplication::translate("TargetRule", "judged by a reviewer");
    case Family::Unparsed:
        break;
    }
    return QCoreApplication::translate("TargetRule", "not understood: %1").arg(text);
}

bool TargetRule::isQuantitative() const
{
    switch (family) {
    case Family::Below:
    case Family::AtMost:
    case Family::Above:
    case Family::AtLeast:
    case Family::Exactly:
    case Family::About:
    case Family::Ratio:
        return true;
    default:
        return false;
    }
}

bool TargetRule::needsBaseline() const
{
    switch (family) {
    case Family::Increase:
    case Family::IncreaseEveryYear:
    case Family::HoldAndRaise:
    case Family::Decrease:
    case Family::ClearDecrease:
    case Family::ClearIncrease:
    case Family::DecreaseEveryYear:
    case Family::UnderControl:
    case Family::TowardsBalance:
        return true;
    default:
        return false;
    }
}

QString TargetRule::familyKey(Family family)
{
    switch (family) {
    case Family::Below:
        return QStringLiteral("below");
    case Family::AtMost:
        return QStringLiteral("at_most");
    case Family::Above:
        return QStringLiteral("above");
    case Family::AtLeast:
        return QStringLiteral("at_least");
    case Family::Exactly:
        return QStringLiteral("exactly");
    case Family::About:
        return QStringLiteral("about");
    case Family::Ratio:
        return QStringLiteral("ratio");
    case Family::Increase:
        return QStringLiteral("increase");
    case Family::IncreaseEveryYear:
        return QStringLiteral("increase_every_year");
    case Family::HoldAndRaise:
        return QStringLiteral("hold_and_raise");
    case Family::Decrease:
        return QStringLiteral("decrease");
    case Family::ClearDecrease:
        return QStringLiteral("clear_decrease");
    case Family::ClearIncrease:
        return QStringLiteral("clear_increase");
    case Family::DecreaseEveryYear:
        return QStringLiteral("decrease_every_year");
    case Family::UnderControl:
        return QStringLiteral("under_control");
    case Family::TowardsBalance:
        return QStringLiteral("towards_balance");
    case Family::Relative:
        return QStringLiteral("relative");
    case Family::Judgement:
        return QStringLiteral("judgement");
    case Family::Unparsed:
        break;
    }
    return QStringLiteral("unparsed");
}
