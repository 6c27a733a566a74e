#pragma once

#include "model/ruleparams.h"

#include <QMap>
#include <QVector>

// 波动较大 for a short annual series (docs/DESIGN.md, "Projection and early warning").
// A statistician calls such a series volatile when it does not follow a line: it
// swings, or it jumps. Here, with the indicator's RuleParams:
// - swings: the direction of the change between consecutive reported years reverses
//   at least twice (kMinReversals), each time between two changes that are both large
//   against the indicator's scale, i.e. at least swingShare × the mean level of the
//   series (W10 86, 92, 83, 94, 86, 96.8: four reversals, each of changes ≥ 4.5); a
//   year without change in between does not end a swing;
// - a jump: one change larger than jumpShare of the value before and at least
//   jumpMinimum in the indicator's own unit (10 → 12.5 of a share).
// A steady trend, a flat series and a single small step (W06 2.4, 2.4, 2.4, 2.4, 2.5,
// 2.5) are neither. The result keeps the numbers the reason sentence quotes.
struct Fluctuation
{
    static constexpr int kMinReversals = 2;

    bool swings = false;
    bool jump = false;
    // Swings: the changes (each the later year's value minus the one before), the years
    // they end in, the number of large reversals, the level and the least large change.
    QVector<double> changes;
    QVector<int> years;
    int reversals = 0;
    double level = 0.0;
    double swingLimit = 0.0;
    // The first jump: from jumpFromYear's value to jumpYear's.
    int jumpFromYear = 0;
    int jumpYear = 0;
    double jumpFrom = 0.0;
    double jumpTo = 0.0;

    bool isFlagged() const { return swings || jump; }

    static Fluctuation of(const QMap<int, double> &series, const RuleParams &params);
};
