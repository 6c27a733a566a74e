#include "reasonbuilder.h"

#include "fluctuation.h"
#include "projection.h"
#include "targetformat.h"

#include <QCoreApplication>

// lupdate only sees literal QCoreApplication::translate() calls, so every string is
// spelled out at its call instead of going through a helper.

ReasonBuilder::ReasonBuilder(const QString &unit, bool ratio, bool enabled)
    : m_unit(unit)
    , m_ratio(ratio)
    , m_enabled(enabled)
{
}

QString ReasonBuilder::value(double v) const
{
    return TargetFormat::value(v, m_unit, m_ratio);
}

QString ReasonBuilder::planValue(double v) const
{
    return TargetFormat::threshold(v, m_unit, m_ratio);
}

QString ReasonBuilder::difference(double d) const
{
    return TargetFormat::difference(d, m_unit, m_ratio);
}

void ReasonBuilder::nextGroup()
{
    if (!m_current.isEmpty())
        m_groups.append(m_current.join(QCoreApplication::translate("Assessment", ", ")));
    m_current.clear();
}

QString ReasonBuilder::text() const
{
    QStringList groups = m_groups;
    if (!m_current.isEmpty())
        groups.append(m_current.join(QCoreApplication::translate("Assessment", ", ")));
    return groups.join(QCoreApplication::translate("Assessment", "; "));
}

QString ReasonBuilder::valueIn(int year, double v) const
{
    return QCoreApplication::translate("Assessment", "In %1 the value was %2").arg(QString::number(year), value(v));
}

QString ReasonBuilder::meets(const QString &target) const
{
    return QCoreApplication::translate("Assessment", "meeting the target %1").arg(target);
}

QString ReasonBuilder::shortOf(double gap, const QString &target) const
{
    return QCoreApplication::translate("Assessment", "%1 short of the target %2").arg(difference(gap), target);
}

QString ReasonBuilder::notMeeting(const QString &target) const
{
    return QCoreApplication::translate("Assessment", "not meeting the target %1").arg(target);
}

QString ReasonBuilder::outsideRange(double gap, const QString &target, double tolerance) const
{
    return QCoreApplication::translate("Assessment", "%1 outside the range of the target %2 (±%3)")
        .arg(difference(gap), target, TargetFormat::threshold(tolerance, m_ratio ? QString() : m_unit));
}

QString ReasonBuilder::againstBaseline(double v, double baseline, int baselineYear) const
{
    if (v > baseline)
        return QCoreApplication::translate("Assessment", "%1 higher than the %2 baseline of %3")
            .arg(difference(v - baseline), QString::number(baselineYear), value(baseline));
    if (v < baseline)
        return QCoreApplication::translate("Assessment", "%1 lower than the %2 baseline of %3")
            .arg(difference(baseline - v), QString::number(baselineYear), value(baseline));
    return QCoreApplication::translate("Assessment", "unchanged from the %1 baseline of %2")
        .arg(QString::number(baselineYear), value(baseline));
}

QString ReasonBuilder::clearDecreaseLimit(double sharePercent, double limit) const
{
    return QCoreApplication::translate("Assessment", "which needs at least %1% below the baseline, at most %2")
        .arg(TargetFormat::number(sharePercent), value(limit));
}

QString ReasonBuilder::balance(bool inRange, bool improving, double low, double high, double centre, double baseline,
                               int baselineYear) const
{
    const QString lo = TargetFormat::number(low);
    const QString hi = TargetFormat::number(high);
    if (inRange)
        return QCoreApplication::translate("Assessment", "within the normal range %1–%2").arg(lo, hi);
    if (improving)
        return QCoreApplication::translate("Assessment",
                                           "outside the normal range %1–%2 but closer to %3 than the %4 baseline of %5")
            .arg(lo, hi, TargetFormat::number(centre), QString::number(baselineYear), value(baseline));
    return QCoreApplication::translate("Assessment",
                                       "outside the normal range %1–%2 and no closer to %3 than the %4 baseline of %5")
        .arg(lo, hi, TargetFormat::number(centre), QString::number(baselineYear), value(baseline));
}

QString ReasonBuilder::relative(bool met, double gap, const QString &target, const QString &reference, int year,
                                double referenceValue, double required) const
{
    if (met)
        return QCoreApplication::translate("Assessment",
                                           "meeting the target %1 (%2 was %3 in %4, so at least %5 is required)")
            .arg(target, reference, value(referenceValue), QString::number(year), value(required));
    return QCoreApplication::translate("Assessment",
                                       "%1 short of the target %2 (%3 was %4 in %5, so at least %6 is required)")
        .arg(difference(gap), target, reference, value(referenceValue), QString::number(year), value(required));
}

QString ReasonBuilder::trend(const Projection &projection, int targetYear) const
{
    const double slope = projection.averageAnnualChange();
    QString change;
    if (slope > 0.0)
        change = QCoreApplication::translate("Assessment", "over the last %1 years it rose by %2 a year on average")
                     .arg(QString::number(projection.span()), difference(slope));
    else if (slope < 0.0)
        change = QCoreApplication::translate("Assessment", "over the last %1 years it fell by %2 a year on average")
                     .arg(QString::number(projection.span()), difference(-slope));
    else
        change = QCoreApplication::translate("Assessment", "over the last %1 years it did not change")
                     .arg(projection.span());
    if (projection.lastYear() >= targetYear)
        return change;
    return change + QCoreApplication::translate("Assessment", ", ")
        + QCoreApplication::translate("Assessment", "projected %1 in %2")
              .arg(value(projection.valueAt(targetYear)), QString::number(targetYear));
}

QString ReasonBuilder::swings(const Fluctuation &f, double swingShare) const
{
    QStringList changes;
    for (double d : f.changes)
        changes << (d < 0 ? QStringLiteral("-") + difference(-d) : QStringLiteral("+") + difference(d));
    return QCoreApplication::translate("Assessment",
                                       "the changes from year to year (%1) reverse direction %2 times between "
                                       "changes of at least %3 (%4% of its mean level %5)")
        .arg(changes.join(QCoreApplication::translate("Assessment", ", ")), QString::number(f.reversals),
             difference(f.swingLimit), TargetFormat::number(swingShare * 100.0), value(f.level));
}

QString ReasonBuilder::jump(const Fluctuation &f, double jumpShare, double jumpMinimum) const
{
    const double change = f.jumpTo - f.jumpFrom;
    const QString size = change < 0 ? QStringLiteral("-") + difference(-change)
                                    : QStringLiteral("+") + difference(change);
    return QCoreApplication::translate("Assessment",
                                       "from %1 (%2) to %3 (%4) it changed by %5, more than %6% of the value "
                                       "before and at least %7")
        .arg(QString::number(f.jumpFromYear), value(f.jumpFrom), QString::number(f.jumpYear), value(f.jumpTo), size,
             TargetFormat::number(jumpShare * 100.0), difference(jumpMinimum));
}

QString ReasonBuilder::restsOnEarlierYear(int year, int valueYear)
{
    return QCoreApplication::translate("Assessment", "No value for %1, the assessment rests on the %2 value")
        .arg(QString::number(year), QString::number(valueYear));
}

QString ReasonBuilder::clearIncreaseLimit(double sharePercent, double limit) const
{
    return QCoreApplication::translate("Assessment", "which needs at least %1% above the baseline, at least %2")
        .arg(TargetFormat::number(sharePercent), value(limit));
}

QString ReasonBuilder::aboutReading(RuleParams::AboutReading reading, double x, double tolerance, double low,
                                    double high) const
{
    switch (reading) {
    case RuleParams::AboutReading::AboutOrAbove:
        return QCoreApplication::translate("Assessment", "read as about %1 or above: at least %2")
            .arg(planValue(x), planValue(low));
    case RuleParams::AboutReading::AboutOrBelow:
        return QCoreApplication::translate("Assessment", "read as about %1 or below: at most %2")
            .arg(planValue(x), planValue(high));
    case RuleParams::AboutReading::Band:
        break;
    }
    return QCoreApplication::translate("Assessment", "read as a band of ±%1 on both sides: %2 to %3")
        .arg(planValue(tolerance), planValue(low), planValue(high));
}

QString ReasonBuilder::relativeAtMost(bool met, double gap, const QString &target, const QString &reference, int year,
                                      double referenceValue, double allowed) const
{
    if (met)
        return QCoreApplication::translate("Assessment",
                                           "meeting the target %1 (%2 was %3 in %4, so at most %5 is allowed)")
            .arg(target, reference, value(referenceValue), QString::number(year), value(allowed));
    return QCoreApplication::translate("Assessment",
                                       "%1 above the target %2 (%3 was %4 in %5, so at most %6 is allowed)")
        .arg(difference(gap), target, reference, value(referenceValue), QString::number(year), value(allowed));
}

QString ReasonBuilder::everyYearDown(int fromYear)
{
    return QCoreApplication::translate("Assessment", "lower than the year before in every reported year since %1")
        .arg(fromYear);
}

QString ReasonBuilder::everyYearDownFailed(int year, double v, int previousYear, double previous) const
{
    return QCoreApplication::translate("Assessment", "%1 (%2) was not lower than %3 (%4)")
        .arg(QString::number(year), value(v), QString::number(previousYear), value(previous));
}

QString ReasonBuilder::noData(int year)
{
    return QCoreApplication::translate("Assessment", "No value up to %1").arg(year);
}

QString ReasonBuilder::onlyBaseline(int year)
{
    return QCoreApplication::translate("Assessment", "only the baseline year %1 has a value, nothing to compare yet")
        .arg(year);
}

QString ReasonBuilder::everyYear(int fromYear)
{
    return QCoreApplication::translate("Assessment", "higher than the year before in every reported year since %1")
        .arg(fromYear);
}

QString ReasonBuilder::everyYearFailed(int year, double v, int previousYear, double previous) const
{
    return QCoreApplication::translate("Assessment", "%1 (%2) was not higher than %3 (%4)")
        .arg(QString::number(year), value(v), QString::number(previousYear), value(previous));
}

QString ReasonBuilder::judged(const Judgement &judgement)
{
    const QString verdict = judgement.met ? QCoreApplication::translate("Assessment", "Met")
                                          : QCoreApplication::translate("Assessment", "Not met");
    const QString date = judgement.at.isValid() ? judgement.at.date().toString(Qt::ISODate) : QString();
    QString said;
    if (judgement.reason.trimmed().isEmpty())
        said = QCoreApplication::translate("Assessment", "%1 judged it %2 on %3").arg(judgement.user, verdict, date);
    else
        said = QCoreApplication::translate("Assessment", "%1 judged it %2 on %3: %4")
                   .arg(judgement.user, verdict, date, judgement.reason.trimmed());
    if (judgement.carriedFrom > 0)
        said += QCoreApplication::translate("Assessment", ", ")
            + QCoreApplication::translate(
                  "Assessment", "a verdict recorded for %1 that still applies: the value has not changed since")
                  .arg(QString::number(judgement.carriedFrom));
    return said;
}

QString ReasonBuilder::awaitingJudgement(const QString &target)
{
    return QCoreApplication::translate("Assessment",
                                       "the target %1 is judged by a reviewer and no judgement is recorded")
        .arg(target);
}

QString ReasonBuilder::unparsed(const QString &text)
{
    return QCoreApplication::translate("Assessment",
                                       "the target text “%1” cannot be read as a rule and needs a reviewer's judgement")
        .arg(text);
}

QString ReasonBuilder::referenceMissing(const QString &reference, int year, const QString &target)
{
    return QCoreApplication::translate("Assessment",
                                       "%1 has no value for %2, so the target %3 needs a reviewer's judgement")
        .arg(reference, QString::number(year), target);
}

QString ReasonBuilder::tooFewPoints()
{
    return QCoreApplication::translate("Assessment", "too few years for a projection");
}
