#pragma once

#include <QString>

struct Indicator;

// Number and unit formatting shared by every page, export, report, rule description,
// reason and formula, so that one value always reads the same way wherever it is
// shown (docs/DESIGN.md, Numbers and dates).
//
// Two kinds of number:
// - a measured value (a reported value, a projection, a difference between values)
//   is written with the fixed number of decimals of its measure unit (decimals()):
//   93.0% and 93.4% in one column, never 93% beside 93.4%. A value below 1 keeps up
//   to three significant digits (0.105‰ must not read 0.10‰ against a target ＜0.1).
// - a threshold as the plan writes it (＜8, ≥94, the tolerance ±2) is written in its
//   shortest form: "at least 94%", not "at least 94.0%".
class TargetFormat
{
public:
    // Shortest form: at most two decimals without trailing zeros; below 1, three
    // significant digits. For thresholds, parameters, formulas and counts.
    static QString number(double value);
    // A number inside a formula: negative ones in brackets, "7 − (−3)".
    static QString term(double value);
    // The decimals a measured value of this unit is written with: % 1, ‰ 2, 1/10万 1,
    // 岁 2, 年 1, 小时 1, 万人 2, counts (人 个 件 名 张 户) 0, no unit 1, ratios 2.
    static int decimals(const QString &unit, bool ratio = false);
    // A measured value without its unit, with the unit's decimals: "93.0", "5.06".
    // For table cells whose column header names the unit.
    static QString measured(double value, const QString &unit, bool ratio = false);
    // A measured value with its unit: 92.6%, 7.0/10万, 82.50岁, 1:1.60 (ratio), 109.5
    // (no unit). The one formatter for a value with its unit.
    static QString value(double value, const QString &unit, bool ratio = false);
    // A threshold or parameter with its unit, in the shortest form: 8/10万, 94%, 2%.
    static QString threshold(double value, const QString &unit, bool ratio = false);
    // A difference between measured values: "1.4 percentage points" for %, otherwise
    // the number with its unit, with the unit's decimals.
    static QString difference(double delta, const QString &unit, bool ratio = false);
    // The unit as written after a number: "/10万" for rates per 100 000 (the plan
    // writes "12/10万", not "121/10万"), otherwise the unit itself.
    static QString unitSuffix(const QString &unit);

    // The same for one indicator of the catalog: its measure unit, and a ratio when
    // its target is one (出生人口性别比 is not, 男女厕位比 2:3 is).
    static bool isRatio(const Indicator &indicator);
    static QString measured(double value, const Indicator &indicator);
    static QString value(double value, const Indicator &indicator);
};
