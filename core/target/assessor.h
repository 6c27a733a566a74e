#pragma once

#include "assessment.h"
#include "judgement.h"
#include "model/indicator.h"
#include "targetrule.h"

#include <QMap>

#include <optional>

// Evaluates one indicator's series against its target rule for one year, as
// docs/DESIGN.md defines it ("Target semantics", "Projection and early warning").
//
// `series` maps year → value and holds only values that count (the caller filters by
// state); points after `year` are ignored. The baseline is the `baselineYear` value,
// or the first year with data. `referenceSeries` is the referenced indicator's series
// for a relative target (W21 follows W20). A `judgement` decides a 保持合理比例 target
// or one whose text did not parse.
//
// Choices docs/DESIGN.md leaves open, made here:
// - A year without a value of its own is NoData; the rest of the assessment (the
//   status of the latest value in valueStatus, the outlook, the warning) rests on the
//   latest earlier value, and the reason sentence begins by naming that year.
// - Comparisons with the baseline (提高, 降低, 明显降低, 逐年提高 …) give NoData while
//   the baseline year is the only year with a value: there is nothing to compare yet.
// - 明显降低 is a threshold b × (1 − share), so it gets a projection gap and the
//   mid-term check like ≤x; 趋于平衡 is the band 103–107 the same way. Outside the band
//   it is NotMet; whether it is improving is stated in the reason, and the outlook
//   tells whether the line reaches the band by the target year.
// - A reached point target (100) stays OnTrack: extrapolating past 100% means nothing.
// - 巩固提高 and 得到控制 that hold with a flat trend are OnTrack (holding is the
//   target); other direction targets with a flat trend need acceleration.
// - 逐年提高 looks at every reported year from the baseline on; once one year did not
//   rise the target cannot be met any more, so a rising trend is then Unlikely.
// - A relative target's outlook is the projection of the difference from the
//   reference, since the reference moves too.
// - NotMet with no projection (too few points) and no other signal is yellow: there is
//   no evidence the target will be met.
class Assessor
{
public:
    // Full: with the reason sentence and the projection formula. VerdictOnly: every
    // other field, the same values, without the text (bulk runs over many areas).
    enum class Detail { Full, VerdictOnly };

    static constexpr int kBaselineYear = 2020;
    static constexpr int kTargetYear = 2030;

    static Assessment assess(const Indicator &ind, const TargetRule &rule, const QMap<int, double> &series, int year,
                             const QMap<int, double> &referenceSeries = {},
                             const std::optional<Judgement> &judgement = {}, int baselineYear = kBaselineYear,
                             int targetYear = kTargetYear, Detail detail = Detail::Full);

    // The reviewer's verdict that decides `year` (docs/DESIGN.md, "Target semantics"):
    // the one recorded for it, or else the latest one of an earlier year when the view
    // of `year` rests on the same value (no value since, or only that value again);
    // a carried verdict has `carriedFrom` set, and the reason says so.
    static std::optional<Judgement> verdictFor(const QMap<int, Judgement> &verdicts, const QMap<int, double> &series,
                                               int year);

    // The warning level from the other fields, in docs/DESIGN.md's order of precedence.
    static Assessment::Warning warningFor(const Assessment &assessment, bool binding);
};
