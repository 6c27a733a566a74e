#pragma once

#include <QMap>
#include <QString>

// The linear projection of docs/DESIGN.md ("Projection and early warning"): the average
// annual change over the last up to five years, carried on from the latest value to
// the target year. Kept apart from the Assessor so that the chart can draw exactly
// the line the assessment used.
class Projection
{
public:
    static constexpr int DefaultWindow = 5;

    Projection() = default;
    // Uses the points of `series` from latestYear − window to latestYear: a window of
    // five years holds up to five annual changes (2020→2025 for 2025, as "近5年").
    Projection(const QMap<int, double> &series, int latestYear, int window = DefaultWindow);

    bool isValid() const { return m_valid; } // at least two points in the window
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    double firstValue() const { return m_firstValue; }
    double lastValue() const { return m_lastValue; }
    int span() const { return m_lastYear - m_firstYear; }
    double averageAnnualChange() const { return m_slope; }
    // The latest value plus the average change per year to `year`; never goes back
    // before the latest value.
    double valueAt(int year) const;
    // "average annual change = (a − b) ÷ (y1 − y0) = s; projected 2030 = …", translated.
    QString formula(int targetYear) const;
    // The range the indicator's values can take (a share cannot pass 100%, no
    // indicator goes below 0); a projection beyond it stops at the bound.
    void setBounds(double low, double high)
    {
        m_low = low;
        m_high = high;
    }

private:
    bool m_valid = false;
    int m_firstYear = 0;
    int m_lastYear = 0;
    double m_firstValue = 0.0;
    double m_lastValue = 0.0;
    double m_slope = 0.0;
    double m_low = -1e300;
    double m_high = 1e300;
};
