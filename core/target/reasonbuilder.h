#pragma once

#include "judgement.h"

#include "model/ruleparams.h"

#include <QString>
#include <QStringList>

class Projection;
struct Fluctuation;

// The clauses of an assessment's one-sentence reason. Every user-visible phrase of
// the assessment lives here, in the "Assessment" translation context, so that the
// Chinese sentence of docs/DESIGN.md ("2025年为92.6%，距目标≥94还差1.4个百分点；…") is
// assembled from whole translated clauses and never from glued fragments.
class ReasonBuilder
{
public:
    ReasonBuilder(const QString &unit, bool ratio, bool enabled = true);

    QString value(double v) const;
    // A number the plan or a parameter sets (a threshold, a tolerance), in its
    // shortest form as the plan writes it: "43%", not "43.0%".
    QString planValue(double v) const;
    QString difference(double d) const;

    // Clauses are collected into groups: those of a group are joined by "，", the
    // groups by "；". A clause is passed as a function that makes it, called only
    // when the builder is enabled: bulk assessments that need no sentence (every
    // area at once) skip the formatting, which is most of an assessment's cost.
    template <typename MakeClause> void add(MakeClause make)
    {
        if (m_enabled)
            m_current.append(make());
    }
    bool isEnabled() const { return m_enabled; }
    void nextGroup();
    QString text() const;

    QString valueIn(int year, double v) const;
    QString meets(const QString &target) const;
    QString shortOf(double gap, const QString &target) const;
    QString notMeeting(const QString &target) const;
    QString outsideRange(double gap, const QString &target, double tolerance) const;
    QString againstBaseline(double v, double baseline, int baselineYear) const;
    QString clearDecreaseLimit(double sharePercent, double limit) const;
    QString clearIncreaseLimit(double sharePercent, double limit) const;
    // Which reading of x左右 applies, with its bounds.
    QString aboutReading(RuleParams::AboutReading reading, double x, double tolerance, double low, double high) const;
    QString balance(bool inRange, bool improving, double low, double high, double centre, double baseline,
                    int baselineYear) const;
    QString relative(bool met, double gap, const QString &target, const QString &reference, int year,
                     double referenceValue, double required) const;
    QString relativeAtMost(bool met, double gap, const QString &target, const QString &reference, int year,
                           double referenceValue, double allowed) const;
    QString trend(const Projection &projection, int targetYear) const;
    // 波动较大 with the numbers: the changes and their reversals, or the jump.
    QString swings(const Fluctuation &f, double swingShare) const;
    QString jump(const Fluctuation &f, double jumpShare, double jumpMinimum) const;

    static QString noData(int year);
    static QString onlyBaseline(int year);
    static QString everyYear(int fromYear);
    static QString everyYearDown(int fromYear);
    QString everyYearFailed(int year, double v, int previousYear, double previous) const;
    QString everyYearDownFailed(int year, double v, int previousYear, double previous) const;
    // The first clause of a year without a value: which year the assessment rests on.
    static QString restsOnEarlierYear(int year, int valueYear);
    static QString judged(const Judgement &judgement);
    static QString awaitingJudgement(const QString &target);
    static QString unparsed(const QString &text);
    static QString referenceMissing(const QString &reference, int year, const QString &target);
    static QString tooFewPoints();

private:
    QString m_unit;
    bool m_ratio = false;
    bool m_enabled = true;
    QStringList m_groups;
    QStringList m_current;
};
