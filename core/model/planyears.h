#pragma once

#include "model/plan.h"

#include <QDate>
#include <QVector>

// The years the plans span, read from the plans themselves (plans.tsv, the catalog
// table): every year picker and the command line's --year take their range here.
//
//   baseline   the year the plans measure from (2020): values may be stored for it
//   first      the first reporting year (2021): the first annual return
//   last       the plan's last year (2030): the target year
//   midTerm    the year of the mid-term evaluation, in the middle of the plan (2026)
//   final      the year of the final evaluation, after the last (2031)
struct PlanYears
{
    int baseline = 2020;
    int first = 2021;
    int last = 2030;

    // The span of all plans: earliest baseline and start, latest end. Without plans
    // (an empty catalog) the defaults above.
    static PlanYears of(const QVector<Plan> &plans);

    int midTerm() const { return first + (last - first + 1) / 2; }
    int finalEvaluation() const { return last + 1; }
    // Years a liaison reports: first..last.
    QVector<int> reportingYears() const;
    // Years values exist for, the baseline included: baseline..last.
    QVector<int> dataYears() const;
    // The year a page opens on: the year before `today` (its values are due in
    // `today`'s year), kept inside [from, to].
    static int defaultYear(const QDate &today, int from, int to);
};
