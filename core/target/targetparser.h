#pragma once

#include "targetrule.h"

#include <QString>

// Reads a target text into a TargetRule. The parser knows the wordings of the plan's
// tables and their usual variants in other plans; anything else comes back as
// Family::Unparsed with an error that names the text, so that a reviewer judges it.
// It never guesses: a text that reads two ways (保持在95%, <8以上) is not parsed.
class TargetParser
{
public:
    static TargetRule parse(const QString &text, QString *error = nullptr);

    // Full-width forms to ASCII, <= to ≤, ∶ to :, whitespace and final punctuation
    // removed. Public because the catalog import compares texts the same way.
    static QString normalized(const QString &text);

private:
    static bool parseWords(const QString &s, TargetRule *rule);
    static bool parseRelative(const QString &s, TargetRule *rule);
    static bool parseRatio(const QString &s, TargetRule *rule);
    // Returns false if the text is not a number form; sets *conflict when it is one but
    // its prefix and suffix disagree or leave the direction open.
    static bool parseNumber(const QString &s, TargetRule *rule, bool *conflict);
};
