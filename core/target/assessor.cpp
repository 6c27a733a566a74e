#include "assessor.h"

#include "model/valuebounds.h"

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
        return TargetRegion::band(x - p.tolerance, x + p.tolerance);
    case Family::ClearDecrease:
        return TargetRegion::atMost(c.b() * (1.0 - p.clearDecreaseShare));
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
    } else if (met) {
        c.reason.add([&] { return c.reason.meets(c.target()); });
    } else if (c.rule.family == Family::About) {
        c.reason.add([&] { return c.reason.outsideRange(gap, c.target(), p.tolerance); });
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
    default:
        break; // IncreaseEveryYear below
    }
    c.reason.add([&] { return c.reason.valueIn(c.a.latestYear, v); });
    if (f == Family::IncreaseEveryYear) {
        met = true;
        const QMap<int, double> &points = c.points;
        for (auto it = points.lowerBound(c.a.baselineYear); std::next(it) != points.cend(); ++it) {
            const auto next = std::next(it);
            if (next.value() <= it.value()) {
                met = false;
                c.reason.add([&] { return c.reason.everyYearFailed(next.key(), next.value(), it.key(), it.value()); });
                break;
            }
        }
        if (met)
            c.reason.add([&] { return ReasonBuilder::everyYear(c.a.baselineYear); });
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
        // A year that did not rise cannot be undone: the trend can no longer meet 逐年提高.
        if (f == Family::IncreaseEveryYear && !met && c.a.outlook != Outlook::Diverging)
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
    const TargetRegion region = TargetRegion::atLeast(ref - allowance);
    const bool met = region.contains(v);
    c.a.status = met ? Status::Met : Status::NotMet;
    c.reason.add([&] {
        return c.reason.relative(met, region.distance(v), c.target(), name, c.a.latestYear, ref, ref - allowance);
    });

    QMap<int, double> difference;
    for (auto it = c.points.cbegin(); it != c.points.cend(); ++it) {
        if (reference.contains(it.key()))
            difference.insert(it.key(), it.value() - reference.value(it.key()));
    }
    const Projection diff(difference, c.a.latestYear);
    if (diff.isValid()) {
        c.a.outlook = TargetRegion::atLeast(-allowance)
                          .outlook(diff.lastValue(), diff.valueAt(c.targetYear), diff.averageAnnualChange());
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

    int fluctuationYear = 0;
    double change = 0.0;
    a.fluctuation = Projection::fluctuation(points, &fluctuationYear, &change);
    if (a.fluctuation) {
        reason.nextGroup();
        reason.add([&] { return reason.fluctuation(fluctuationYear, change); });
    }
    a.reason = reason.text();
    a.warning = warningFor(a, ind.isBinding());
    return a;
}

Assessment::Warning Assessor::warningFor(const Assessment &a, bool binding)
{
    using Warning = Assessment::Warning;
    if ((binding && a.status == Status::NotMet) || a.outlook == Outlook::Diverging)
        return Warning::Red;
    if (a.outlook == Outlook::Unlikely || a.outlook == Outlook::NeedsAcceleration || a.fluctuation)
        return Warning::Yellow;
    if (a.status == Status::Met || a.outlook == Outlook::OnTrack)
        return Warning::Green;
    if (a.status == Status::NoData || a.status == Status::NeedsJudgement)
        return Warning::Grey;
    return Warning::Yellow;
}
