#pragma once

#include <QString>

#include <optional>

// Reads a number as people type or paste it: full-width digits (９２．６),
// a trailing percent sign, thousands separators (1,234), surrounding spaces.
class NumberParser
{
public:
    // The number, or nothing if `text` is not one. `hadPercent` tells whether a
    // trailing % or ％ was present (the value is not divided by 100).
    static std::optional<double> parse(const QString &text, bool *hadPercent = nullptr);
    // Full-width ASCII forms (digits, signs, letters) folded to ASCII; spaces trimmed.
    static QString normalize(const QString &text);
    // A short form without trailing zeros: 92.60 -> "92.6", 100.0 -> "100".
    static QString format(double value, int maxDecimals = 4);
};
