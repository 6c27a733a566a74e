#include "projection.h"

#include "targetformat.h"

#include <QCoreApplication>
#include <QVarLengthArray>
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

bool Projection::fluctuation(const QMap<int, double> &series, int *year, double *change)
{
    // Plans span about ten years: the arrays stay on the stack.
    QVarLengthArray<int, 16> years;
    QVarLengthArray<double, 16> changes;
    QVarLengthArray<double, 16> previous;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        auto next = std::next(it);
        if (next == series.cend())
            break;
        years.append(next.key());
        changes.append(next.value() - it.value());
        previous.append(it.value());
    }
    auto report = [&](int i) {
        if (year)
            *year = years.at(i);
        if (change)
            *change = changes.at(i);
        return true;
    };
    for (int i = 0; i < changes.size(); ++i) {
        if (previous.at(i) != 0.0 && std::abs(changes.at(i)) > 0.2 * std::abs(previous.at(i)))
            return report(i);
    }
    // Compared with the spread of the *other* changes: a change included in its own
    // standard deviation can never lie three of them away in a ten-year series. A
    // perfectly steady series has no spread at all, so 1% of the previous value is
    // the least spread counted; otherwise 80.0 → 80.1 after steps of 0.2 would flag.
    if (changes.size() < 4)
        return false;
    for (int i = 0; i < changes.size(); ++i) {
        double sum = 0.0;
        for (int j = 0; j < changes.size(); ++j) {
            if (j != i)
                sum += changes.at(j);
        }
        const int n = changes.size() - 1;
        const double mean = sum / n;
        double squares = 0.0;
        for (int j = 0; j < changes.size(); ++j) {
            if (j != i)
                squares += (changes.at(j) - mean) * (changes.at(j) - mean);
        }
        const double sd = std::sqrt(squares / (n - 1));
        const double spread = std::max(sd, 0.01 * std::abs(previous.at(i)));
        if (std::abs(changes.at(i) - mean) > 3.0 * spread)
            return report(i);
    }
    return false;
}
