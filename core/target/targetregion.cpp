#include "targetregion.h"

#include <cmath>

TargetRegion::TargetRegion(double low, bool lowStrict, double high, bool highStrict, Ideal ideal)
    : m_low(low)
    , m_high(high)
    , m_lowStrict(lowStrict)
    , m_highStrict(highStrict)
    , m_ideal(ideal)
{
}

TargetRegion TargetRegion::atLeast(double x, bool strict)
{
    return TargetRegion(x, strict, Infinity, false, Ideal::Up);
}

TargetRegion TargetRegion::atMost(double x, bool strict)
{
    return TargetRegion(-Infinity, false, x, strict, Ideal::Down);
}

TargetRegion TargetRegion::band(double low, double high)
{
    return TargetRegion(low, false, high, false, Ideal::Centre);
}

bool TargetRegion::contains(double v) const
{
    const bool aboveLow = m_lowStrict ? v > m_low : v >= m_low;
    const bool belowHigh = m_highStrict ? v < m_high : v <= m_high;
    return aboveLow && belowHigh;
}

double TargetRegion::distance(double v) const
{
    if (v < m_low)
        return m_low - v;
    if (v > m_high)
        return v - m_high;
    return 0.0;
}

Assessment::Outlook TargetRegion::outlook(double latest, double projected, double slope, double *gapShare) const
{
    using Outlook = Assessment::Outlook;
    double gap = 0.0;
    bool wrongWay = false;
    if (contains(latest)) {
        // A point target (100) that is reached stays reached: a line through it only
        // says how the value got there, and coverage cannot pass 100%.
        if (contains(projected) || m_low == m_high) {
            if (gapShare)
                *gapShare = 0.0;
            return Outlook::OnTrack;
        }
        // Leaving the interval: measure the miss against the margin the value had.
        const double margin = projected > latest ? m_high - latest : latest - m_low;
        const double miss = distance(projected);
        gap = margin > 0.0 ? miss / margin : Infinity;
        switch (m_ideal) {
        case Ideal::Up:
            wrongWay = slope < 0.0;
            break;
        case Ideal::Down:
            wrongWay = slope > 0.0;
            break;
        case Ideal::Centre: {
            // Moving through the centre and out the far side overshoots, it does not
            // turn away.
            const double centre = (m_low + m_high) / 2.0;
            wrongWay = (latest >= centre && slope > 0.0) || (latest <= centre && slope < 0.0);
            break;
        }
        }
    } else {
        // A straight line from the latest value reaches the interval if it ends inside
        // or jumps across it (a band, or 100 overshot by the extrapolation).
        const bool reached = contains(projected) || (latest < m_low && projected > m_high)
            || (latest > m_high && projected < m_low);
        const double toGo = distance(latest);
        const double miss = reached ? 0.0 : distance(projected);
        if (reached)
            gap = 0.0;
        else
            gap = toGo > 0.0 ? miss / toGo : Infinity;
        const bool towards = (latest < m_low && slope > 0.0) || (latest > m_high && slope < 0.0)
            || (latest == m_low && m_lowStrict && slope > 0.0) || (latest == m_high && m_highStrict && slope < 0.0);
        wrongWay = slope != 0.0 && !towards;
    }
    if (gapShare)
        *gapShare = gap;
    if (gap < 0.05)
        return Outlook::OnTrack;
    if (gap <= 0.20)
        return Outlook::NeedsAcceleration;
    return wrongWay ? Outlook::Diverging : Outlook::Unlikely;
}
