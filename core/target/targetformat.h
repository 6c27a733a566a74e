#pragma once

#include <QString>

// Number and unit formatting shared by rule descriptions, reasons and formulas, so
// that one value always reads the same way wherever it is shown.
class TargetFormat
{
public:
    // At most two decimals without trailing zeros; below 1, three significant digits.
    static QString number(double value);
    // A number inside a formula: negative ones in brackets, "7 − (−3)".
    static QString term(double value);
    // 92.6%, 7/10万, 82.5岁, 1:1.6 (ratio), 12 (no unit).
    static QString value(double value, const QString &unit, bool ratio = false);
    // A difference: "1.4 percentage points" for %, otherwise the number with its unit.
    static QString difference(double delta, const QString &unit, bool ratio = false);
};
