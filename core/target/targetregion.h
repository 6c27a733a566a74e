#pragma once

#include "assessment.h"

#include <limits>

// The values that satisfy a threshold-like target, as an interval: ＜8 is (−∞, 8),
// ≥94 is [94, ∞), 45左右 is [43, 47], 100 is [100, 100]. Status, projection gap and the
// mid-term check all measure distances to this one interval, so every family that
// has a fixed goal is judged the same way.
class TargetRegion
{
public:
    // Which way is better once inside: up for ≥, down for ≤, the centre for a band.
    enum class Ideal { Up, Down, Centre };

    static constexpr double Infinity = std::numeric_limits<double>::infinity();

    TargetRegion() = default;
    TargetRegion(double low, bool lowStrict, double high, bool highStrict, Ideal ideal);

    static TargetRegion atLeast(double x, bool strict = false);
    static TargetRegion atMost(double x, bool strict = false);
    static TargetRegion band(double low, double high);

    double low() const { return m_low; }
    double high() const { return m_high; }
    bool contains(double v) const;
    // How far v has to move to reach the interval's closure: 0 inside or on a strict
    // edge. The projection gap and the mid-term check are shares of it.
    double distance(double v) const;

    // The outlook of docs/DESIGN.md for a latest value, the value projected for the target
    // year and the average change. `gapShare` receives the projected miss as a share of
    // the way still to go (or of the margin, when the latest value is inside).
    Assessment::Outlook outlook(double latest, double projected, double slope, double *gapShare = nullptr) const;

private:
    double m_low = -Infinity;
    double m_high = Infinity;
    bool m_lowStrict = false;
    bool m_highStrict = false;
    Ideal m_ideal = Ideal::Up;
};
