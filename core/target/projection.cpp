#include "projection.h"

#include "targetformat.h"

#include <QCoreApplication>
#include <QVector>

#include <algorithm>

#include <cmath>

Projection::Projection(const QMap<int, double> &series, int latestYear, int window)
{
    bool haveFirst = false;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key() > latestYear || it.key() < latestYear - window)
            continue;
        if (!haveFirst) {
            m_firstYear = it.key();
            m_firstValue = it.value();
            haveFirst = true;
        }
        m_lastYear = it.key();
        m_lastValue = it.value();
    }
    m_valid = haveFirst && m_lastYear > m_firstYear;
    if (m_valid)
        m_slope = (m_lastValue - m_firstValue) / double(m_lastYear - m_firstYear);
}

double Projection::valueAt(int year) const
{
    if (year <= m_lastYear)
        return m_lastValue;
    const double linear = m_lastValue + m_slope * double(year - m_lastYear);
    return std::clamp(linear, std::min(m_low, m_lastValue), std::max(m_high, m_lastValue));
}

QString Projection::formula(int targetYear) const
{
    if (!m_valid)
        return QString();
    const double linear = m_lastValue + m_slope * double(targetYear - m_lastYear);
    const double bounded = valueAt(targetYear);
    return QCoreApplication::translate("Assessment",
                                       "average annual change = (%1 − %2) ÷ (%3 − %4) = %5; "
                                       "projected %6 = %1 + %7 × (%6 − %3) = %8")
               // One pass over the text with all eight arguments: chained arg() calls
               // rescan it once each, which made this the costliest part of an assessment.
               .arg(TargetFormat::term(m_lastValue), TargetFormat::term(m_firstValue), QString::number(m_lastYear),
                    QString::number(m_firstYear), TargetFormat::number(m_slope), QString::number(targetYear),
                    TargetFormat::term(m_slope), TargetFormat::number(linear))
        + (bounded != linear ? QCoreApplication::translate("Assessment", " (limited to %1, the bound of its range)")
                                   .arg(TargetFormat::number(bounded))
                             : QString());
}
