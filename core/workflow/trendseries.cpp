#include "trendseries.h"

#include <algorithm>

namespace {

// The plan period: the baseline year and the target year. The mid-term year lies
// half-way, as the plan's "时间过半" check has it.
constexpr int kFirstYear = 2020;
constexpr int kTargetYear = 2030;
constexpr int kMidTermYear = kFirstYear + (kTargetYear - kFirstYear) / 2;

void setTarget(TrendSeries &s, const TargetRule &rule, const RuleParams &params)
{
    using Family = TargetRule::Family;
    switch (rule.family) {
    case Family::Below:
    case Family::AtMost:
    case Family::Above:
    case Family::AtLeast:
    case Family::Exactly:
    case Family::Ratio:
        s.targetShape = TrendSeries::TargetShape::Line;
        s.targetValue = rule.threshold;
        break;
    case Family::About:
        // "About x or above" is reached at x − tolerance, "about x or below" up to x +
        // tolerance: a line, as for ≥ and ≤; the band reading is drawn as a band.
        if (params.aboutReading == RuleParams::AboutReading::AboutOrAbove) {
            s.targetShape = TrendSeries::TargetShape::Line;
            s.targetValue = rule.threshold - params.tolerance;
        } else if (params.aboutReading == RuleParams::AboutReading::AboutOrBelow) {
            s.targetShape = TrendSeries::TargetShape::Line;
            s.targetValue = rule.threshold + params.tolerance;
        } else {
            s.targetShape = TrendSeries::TargetShape::Band;
            s.bandLow = rule.threshold - params.tolerance;
            s.bandHigh = rule.threshold + params.tolerance;
        }
        break;
    case Family::TowardsBalance:
        s.targetShape = TrendSeries::TargetShape::Band;
        s.bandLow = params.balanceLow;
        s.bandHigh = params.balanceHigh;
        break;
    default:
        // Directions, references and judgements have no fixed number to draw.
        break;
    }
}

} // namespace

double TrendSeries::minimum() const
{
    double m = points.isEmpty() ? 0.0 : points.first().value;
    for (const Point &p : points)
        m = std::min(m, p.value);
    if (targetShape == TargetShape::Line)
        m = std::min(m, targetValue);
    if (targetShape == TargetShape::Band)
        m = std::min(m, bandLow);
    if (hasProjection)
        m = std::min(m, projectionToValue);
    return m;
}

double TrendSeries::maximum() const
{
    double m = points.isEmpty() ? 0.0 : points.first().value;
    for (const Point &p : points)
        m = std::max(m, p.value);
    if (targetShape == TargetShape::Line)
        m = std::max(m, targetValue);
    if (targetShape == TargetShape::Band)
        m = std::max(m, bandHigh);
    if (hasProjection)
        m = std::max(m, projectionToValue);
    return m;
}

TrendSeries TrendSeries::build(const IndicatorAssessment &ia, const QVector<ValueRecord> &records)
{
    TrendSeries s;
    s.code = ia.indicator.code;
    s.name = ia.indicator.name;
    s.measureUnit = ia.indicator.measureUnit;
    s.targetText = ia.indicator.targetText;
    s.firstYear = kFirstYear;
    s.lastYear = kTargetYear;
    setTarget(s, ia.rule, ia.indicator.params);

    QHash<int, bool> approved;
    for (const ValueRecord &r : records) {
        if (r.area.isEmpty() && r.indicatorCode == ia.indicator.code)
            approved.insert(r.year, r.state == ValueState::Approved);
    }
    // The assessed series is the truth; records only say how far each value got.
    for (auto it = ia.series.cbegin(); it != ia.series.cend(); ++it) {
        if (ia.year > 0 && it.key() > ia.year)
            break;
        s.points.append({it.key(), it.value(), approved.value(it.key(), false)});
        s.firstYear = std::min(s.firstYear, it.key());
    }

    const Assessment &a = ia.assessment;
    if (a.baselineValue) {
        s.hasBaseline = true;
        s.baselineYear = a.baselineYear;
        s.baselineValue = *a.baselineValue;
    }
    if (a.projected2030 && a.latestValue && a.latestYear < kTargetYear) {
        s.hasProjection = true;
        s.projectionFromYear = a.latestYear;
        s.projectionFromValue = *a.latestValue;
        s.projectionToYear = kTargetYear;
        s.projectionToValue = *a.projected2030;
    }
    if ((ia.year == 0 || ia.year >= kMidTermYear) && ia.series.contains(kMidTermYear)) {
        s.hasMidTerm = true;
        s.midTermYear = kMidTermYear;
        s.midTermValue = ia.series.value(kMidTermYear);
    }
    return s;
}
