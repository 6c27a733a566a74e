#pragma once

#include "entrycheck.h"
#include "target/indicatorassessment.h"

#include <QCoreApplication>
#include <QMap>

// Checks what a liaison typed for one indicator and year, the same way on screen,
// in pasted blocks and in core before anything is saved. The rules are
// ValueRules', the same every import applies; this adds the year and the warnings
// that need the indicator's history. Every message names the field, the value and
// what is expected.
class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntryValidator)

public:
    struct Input
    {
        QString value;
        QString numerator;
        QString denominator;
        QString note;
        QString source;
    };

    // Errors block saving: numbers, units, bounds, parts, texts. A value outside the
    // usual range without a note is a warning. `firstYear`/`lastYear` bound the year.
    static EntryCheck read(const Indicator &indicator, int year, const Input &input, int firstYear = 2020,
                           int lastYear = 2030);
    // Adds the soft warnings: a large change against the year before, a binding
    // indicator not met or diverging, a value far outside the indicator's past range.
    // `history` holds the other years' values; `live` the assessment with this value.
    static void addWarnings(EntryCheck *check, const Indicator &indicator, int year, const QMap<int, double> &history,
                            const Assessment &live);
};
