#include "assessor.h"

#include "model/valuebounds.h"

#include "fluctuation.h"
#include "projection.h"
#include "reasonbuilder.h"
#include "targetregion.h"

#include <QCoreApplication>

#include <cmath>

using Family = TargetRule::Family;
using Status = Assessment::Status;
using Outlook = Assessment::Outlook;

namespace {

// What every family's evaluation needs, gathered once.
struct Context
{
    const Indicator &ind;
    const TargetRule &rule;
    const QMap<int, double> &points; // up to the assessed year
    int year;
    int baselineYear; // the nominal one (2020), for the mid-term year
    int targetYear;
    Projection projection;
    Assessment &a;
    ReasonBuilder &reason;

    double v() const { return *a.latestValue; }
    double b() const { return *a.baselineValue; }
    QString target() const
    {
        const QString t = rule.text.trimmed();
        return rule.isQuantitative() ? t : QStringLiteral("“%1”").arg(t);
    }
};

std::optional<TargetRegion> regionFor(const Context &c)
{
    const double x = c.rule.threshold;
    const RuleParams &p = c.ind.params;
    switch (c.rule.family) {
    case Family::Below:
        return TargetRegion::atMost(x, true);
    case Family::AtMost:
        return TargetRegion::atMost(x);
    case Family::Above:
        return TargetRegion::atLeast(x, true);
    case Family::AtLeast:
    case Family::Ratio:
        return TargetRegion::atLeast(x);
    case Family::Exactly:
        return TargetRegion::band(x, x);
    case Family::About:
        switch (p.aboutReading) {
        case RuleParams::AboutReading::AboutOrAbove:
            return TargetRegion::atLeast(x - p.tolerance);
        case RuleParams::AboutReading::AboutOrBelow:
            return TargetRegion::atMost(x + p.tolerance);
        case RuleParams::AboutReading::Band:
            break;
        }
        return TargetRegion::band(x - p.tolerance, x + p.tolerance);
    case Family::ClearDecrease:
        return TargetRegion::atMost(c.b() * (1.0 - p.clearDecreaseShare));
    case Family::ClearIncrease:
        return TargetRegion::atLeast(c.b() + std::abs(c.b()) * p.clearDecreaseShare); // 50 + 5, not 50 × 1.1
    case Family::TowardsBalance:
        return TargetRegion::band(p.balanceLow, p.balanceHigh);
    default:
        return std::nullopt;
    }
}

void addTrend(Context &c)
{
    c.reason.nextGroup();
    if (c.projection.isValid())
        c.reason.add([&] { return c.reason.trend(c.projection, c.targetYear); });
    else
        c.reason.add([&] { return ReasonBuilder::tooFewPoints(); });
}

void assessRegion(Context &c, const TargetRegion &region)
{
    const double v = c.v();
    const bool met = region.contains(v);
    const double gap = region.distance(v);
    c.a.status = met ? Status::Met : Status::NotMet;
    c.reason.add([&] { return c.reason.valueIn(c.a.latestYear, v); });
    const RuleParams &p = c.ind.params;
    if (c.rule.family == Family::TowardsBalance) {
        const double centre = (p.balanceLow + p.balanceHigh) / 2.0;
        const bool improving = c.a.latestYear > c.a.baselineYear && std::abs(v - centre) < std::abs(c.b() - centre);
        c.reason.add([&] {
            return c.reason.balance(met, improving, p.balanceLow, p.balanceHigh, centre, c.b(), c.a.baselineYear);
        });
    } else if (c.rule.family == Family::ClearDecrease) {
        c.reason.add([&] { return c.reason.againstBaseline(v, c.b(), c.a.baselineYear); });
        c.reason.add([&] { return met ? c.reason.meets(c.target()) : c.reason.shortOf(gap, c.target()); });
        c.reason.add([&] { return c.reason.clearDecreaseLimit(p.clearDecreaseShare * 100.0, region.high()); });
    } else if (c.rule.family == Family::ClearIncrease) {
        c.reason.add([&] { return c.reason.againstBaseline(v, c.b(), c.a.baselineYear); });
        c.reason.add([&] { return met ? c.reason.meets(c.target()) : c.reason.shortOf(gap, c.target()); });
        c.reason.add([&] { return c.reason.clearIncreaseLimit(p.clearDecreaseShare * 100.0, region.low()); });
    } else if (c.rule.family == Family::About) {
        // Which reading of 左右 applies is part of the sentence: the committee reads
        // "at least about 45%" differently from "45% give or take 2".
        if (met) {
            c.reason.add([&] { return c.reason.meets(c.target()); });
        } else if (p.aboutReading == RuleParams::AboutReading::Band) {
            c.reason.add([&] { return c.reason.outsideRange(gap, c.target(), p.tolerance); });
        } else {
            c.reason.add([&] { return c.reason.shortOf(gap, c.target()); });
        }
        c.reason.add([&] {
            return c.reason.aboutReading(p.aboutReading, c.rule.threshold, p.tolerance, region.low(), region.high());
        });
    } else if (met) {
        c.reason.add([&] { return c.reason.meets(c.target()); });
    } else if (gap > 0.0) {
        c.reason.add([&] { return c.reason.shortOf(gap, c.target()); });
    } else {
        c.reason.add([&] { return c.reason.notMeeting(c.target()); }); // on the edge of a strict ＜ or ＞
    }
    if (c.projection.isValid())
        c.a.outlook = region.outlook(v, c.projection.valueAt(c.targetYear), c.projection.averageAnnualChange());
    addTrend(c);

    // 时间过半、任务过半: the mid-term year's value covers half the way from the baseline.
    const int midYear = c.baselineYear + (c.targetYear - c.baselineYear) / 2;
    if (c.year >= midYear && c.a.baselineYear < midYear && c.points.contains(midYear)) {
        const double before = region.distance(c.b());
        const double now = region.distance(c.points.value(midYear));
        c.a.midterm = now <= before / 2.0 + 1e-9 ? Assessment::MidTerm::Covered : Assessment::MidTerm::NotCovered;
    }
}

void assessDirection(Context &c)
{
    const double v = c.v();
    const double b = c.b();
    const Family f = c.rule.family;
    bool met = false;
    bool wantsUp = true;
    bool holdingIsEnough = false;
    const bool everyYear = f == Family::IncreaseEveryYear || f == Family::DecreaseEveryYear;
    switch (f) {
    case Family::Increase:
        met = v > b;
        break;
    case Family::HoldAndRaise:
        met = v >= b;
        holdingIsEnough = true;
        break;
    case Family::Decrease:
        met = v < b;
        wantsUp = false;
        break;
    case Family::UnderControl:
        met = v <= b;
        wantsUp = false;
        holdingIsEnough = true;
        break;
    case Family::DecreaseEveryYear:
        wantsUp = false;
        break;
    default:
        break; // IncreaseEveryYear below
    }
    c.reason.add([&] { return c.reason.valueIn(c.a.latestYear, v); });
    if (everyYear) {
        met = true;
        const QMap<int, double> &points = c.points;
        for (auto it = points.lowerBound(c.a.baselineYear); std::next(it) != points.cend(); ++it) {
            const auto next = std::next(it);
            if (wantsUp ? next.value() <= it.value() : next.value() >= it.value()) {
                met = false;
                c.reason.add([&] {
                    return wantsUp ? c.reason.everyYearFailed(next.key(), next.value(), it.key(), it.value())
                                   : c.reason.everyYearDownFailed(next.key(), next.value(), it.key(), it.value());
                });
                break;
            }
        }
        if (met)
            c.reason.add([&] {
                return wantsUp ? ReasonBuilder::everyYear(c.a.baselineYear)
                               : ReasonBuilder::everyYearDown(c.a.baselineYear);
            });
    } else {
        c.reason.add([&] { return c.reason.againstBaseline(v, b, c.a.baselineYear); });
    }
    c.reason.add([&] { return met ? c.reason.meets(c.target()) : c.reason.notMeeting(c.target()); });
    c.a.status = met ? Status::Met : Status::NotMet;

    if (c.projection.isValid()) {
        const double slope = c.projection.averageAnnualChange();
        if (slope == 0.0)
            c.a.outlook = holdingIsEnough && met ? Outlook::OnTrack : Outlook::NeedsAcceleration;
        else
            c.a.outlook = (slope > 0.0) == wantsUp ? Outlook::OnTrack : Outlook::Diverging;
        // A year that did not rise (fall) cannot be undone: the trend can no longer meet 逐年提高 (逐年降低).
        if (everyYear && !met && c.a.outlook != Outlook::Diverging)
            c.a.outlook = Outlook::Unlikely;
    }
    addTrend(c);
}

void assessRelative(Context &c, const QMap<int, double> &reference)
{
    const RuleParams &p = c.ind.params;
    const QString name = p.referenceCode.isEmpty() ? c.rule.referenceText : p.referenceCode;
    const double v = c.v();
    c.reason.add([&] { return c.reason.valueIn(c.a.latestYear, v); });
    if (!reference.contains(c.a.latestYear)) {
        c.a.status = Status::NeedsJudgement;
        c.reason.add([&] { return ReasonBuilder::referenceMissing(name, c.a.latestYear, c.target()); });
        return;
    }
    const double allowance = c.rule.adapt ? p.tolerance : 0.0;
    const double ref = reference.value(c.a.latestYear);
    const bool atMost = c.rule.referenceAtMost;
    const TargetRegion region = atMost ? TargetRegion::atMost(ref + allowance) : TargetRegion::atLeast(ref - allowance);
    const bool met = region.contains(v);
    c.a.status = met ? Status::Met : Status::NotMet;
    c.reason.add([&] {
        return atMost
            ? c.reason.relativeAtMost(met, region.distance(v), c.target(), name, c.a.latestYear, ref, ref + allowance)
            : c.reason.relative(met, region.distance(v), c.target(), name, c.a.latestYear, ref, ref - allowance);
    });

    QMap<int, double> difference;
    for (auto it = c.points.cbegin(); it != c.points.cend(); ++it) {
        if (reference.contains(it.key()))
            difference.insert(it.key(), it.value() - reference.value(it.key()));
    }
    const Projection diff(difference, c.a.latestYear);
    if (diff.isValid()) {
        const TargetRegion towards = atMost ? TargetRegion::atMost(allowance) : TargetRegion::atLeast(-allowance);
        c.a.outlook = towards.outlook(diff.lastValue(), diff.valueAt(c.targetYear), diff.averageAnnualChange());
    }
    if (diff.isValid() && c.reason.isEnabled()) {
        c.a.formula += (c.a.formula.isEmpty() ? QString() : QStringLiteral("\n"))
            + QCoreApplication::translate("Assessment", "difference from the reference: %1")
                  .arg(diff.formula(c.targetYear));
    }
    addTrend(c);
}

} // namespace

Assessment Assessor::assess(const Indicator &ind, const TargetRule &rule, const QMap<int, double> &series, int year,
                            const QMap<int, double> &referenceSeries, const std::optional<Judgement> &judgement,
                            int baselineYear, int targetYear, Detail detail)
{
    Assessment a;
    a.year = year;
    // The series itself (shared, not copied) unless it has points after `year`.
    // Const: a non-const QMap call such as last() would copy it.
    const QMap<int, double> points = [&series, year] {
        QMap<int, double> upTo = series;
        if (!series.isEmpty() && series.lastKey() > year)
            upTo.erase(upTo.upperBound(year), upTo.end());
        return upTo;
    }();
    ReasonBuilder reason(ind.measureUnit, rule.family == Family::Ratio, detail == Detail::Full);
    Projection projection;
    if (!points.isEmpty()) {
        a.latestYear = points.lastKey();
        a.latestValue = points.last();
        a.baselineYear = points.contains(baselineYear) ? baselineYear : points.firstKey();
        a.baselineValue = points.value(a.baselineYear);
        projection = Projection(points, a.latestYear);
        // A projection stays within what the indicator can take (shares are bounded).
        const ValueBounds bounds = ValueBounds::of(ind);
        projection.setBounds(bounds.hardLow, bounds.hardHigh);
        if (projection.isValid()) {
            a.averageAnnualChange = projection.averageAnnualChange();
            a.projected2030 = projection.valueAt(targetYear);
            if (detail == Detail::Full)
                a.formula = projection.formula(targetYear);
        }
    }
    Context c{ind, rule, points, year, baselineYear, targetYear, projection, a, reason};
    // A year without a value of its own says first which year the rest rests on.
    if (a.restsOnEarlierYear()) {
        reason.add([&] { return ReasonBuilder::restsOnEarlierYear(year, a.latestYear); });
        reason.nextGroup();
    }

    const bool judged = rule.family == Family::Judgement || rule.family == Family::Unparsed;
    if (judged) {
        if (a.latestValue)
            reason.add([&] { return reason.valueIn(a.latestYear, *a.latestValue); });
        if (judgement) {
            a.status = judgement->met ? Status::Met : Status::NotMet;
            reason.add([&] { return ReasonBuilder::judged(*judgement); });
        } else {
            a.status = Status::NeedsJudgement;
            reason.add([&] {
                return rule.family == Family::Unparsed ? ReasonBuilder::unparsed(rule.text)
                                                       : ReasonBuilder::awaitingJudgement(c.target());
            });
        }
    } else if (points.isEmpty()) {
        a.status = Status::NoData;
        reason.add([&] { return ReasonBuilder::noData(year); });
    } else if ((rule.needsBaseline() && rule.family != Family::TowardsBalance) && a.latestYear == a.baselineYear) {
        a.status = Status::NoData;
        reason.add([&] { return reason.valueIn(a.latestYear, *a.latestValue); });
        reason.add([&] { return ReasonBuilder::onlyBaseline(a.baselineYear); });
    } else if (rule.family == Family::Relative) {
        assessRelative(c, referenceSeries);
    } else if (const std::optional<TargetRegion> region = regionFor(c)) {
        assessRegion(c, *region);
    } else {
        assessDirection(c);
    }

    const Fluctuation fluctuation = Fluctuation::of(points, ind.params);
    a.fluctuation = fluctuation.isFlagged();
    if (a.fluctuation) {
        reason.nextGroup();
        if (fluctuation.swings)
            reason.add([&] { return reason.swings(fluctuation, ind.params.swingShare); });
        if (fluctuation.jump)
            reason.add([&] { return reason.jump(fluctuation, ind.params.jumpShare, ind.params.jumpMinimum); });
    }
    a.reason = reason.text();
    a.valueStatus = a.status;
    // The warning looks towards the target year from the latest value, whichever year
    // that is; the status of a year without a value is NoData (docs/DESIGN.md).
    a.warning = warningFor(a, ind.isBinding());
    // A reviewer's verdict recorded for the year itself decides it, also on the latest
    // earlier value (the sentence names that value's year); anything else is NoData.
    const bool ownVerdict = judged && judgement && judgement->carriedFrom == 0;
    if (a.restsOnEarlierYear() && !ownVerdict)
        a.status = Status::NoData;
    return a;
}

Assessment::Warning Assessor::warningFor(const Assessment &a, bool binding)
{
    using Warning = Assessment::Warning;
    // From the latest value, whichever year it is of (the reason names it).
    const Status status = a.restsOnEarlierYear() ? a.valueStatus : a.status;
    if ((binding && status == Status::NotMet) || a.outlook == Outlook::Diverging)
        return Warning::Red;
    if (a.outlook == Outlook::Unlikely || a.outlook == Outlook::NeedsAcceleration || a.fluctuation)
        return Warning::Yellow;
    if (status == Status::Met || a.outlook == Outlook::OnTrack)
        return Warning::Green;
    if (status == Status::NoData || status == Status::NeedsJudgement)
        return Warning::Grey;
    return Warning::Yellow;
}

std::optional<Judgement> Assessor::verdictFor(const QMap<int, Judgement> &verdicts, const QMap<int, double> &series,
                                              int year)
{
    const auto exact = verdicts.constFind(year);
    if (exact != verdicts.constEnd())
        return *exact;
    // The latest verdict before `year`, if the view of `year` rests on the value it
    // was given on: no value after it, or only the same value again.
    auto it = verdicts.lowerBound(year);
    if (it == verdicts.constBegin())
        return std::nullopt;
    --it;
    const int from = it.key();
    const auto judgedValue = series.constFind(from);
    for (auto p = series.upperBound(from); p != series.cend() && p.key() <= year; ++p) {
        if (judgedValue == series.cend() || p.value() != judgedValue.value())
            return std::nullopt;
    }
    Judgement carried = it.value();
    carried.carriedFrom = from;
    return carried;
}
