#pragma once

#include "model/indicator.h"
#include "model/valuebounds.h"
#include "model/valuerecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

// The one rule set every value passes before it is stored, however it arrives:
// typed or pasted in the return page, a CSV, .xlsx or .ods file, the command line,
// an administrator's import. The entry form and the importers only say where a
// problem is; what is wrong and what is expected is worded here, once, so that a
// liaison reads the same sentence on screen and in an import's list of problems.
//
// What is checked: the number's form; its unit (a % sign is only read on a %
// indicator, ‰ only on a ‰ one: 5% on a ‰ indicator is an error, never 5‰); the
// indicator's hard bounds (an error) and its usual range (ValueBounds) (outside it the value
// needs a note, 情况说明); numerator and denominator (both or neither, within
// bounds, agreeing with the value); texts without control characters and within
// their length limits.
class ValueRules
{
    Q_DECLARE_TR_FUNCTIONS(ValueRules)

public:
    enum class Field { Year, Value, Numerator, Denominator, Source, Note, Area };

    // `expected` is a noun phrase ("a number, e.g. 92.6"): the entry form writes
    // "Value: “abc”: expected a number, e.g. 92.6.", an import
    // "line 7: value: abc: a number, e.g. 92.6".
    struct Problem
    {
        Field field = Field::Value;
        QString text; // the value as typed or as the cell shows it
        QString expected;
        // Outside the usual range: allowed with a note explaining it. An entry
        // shows it as a warning; an import, whose rows come without a dialogue,
        // refuses the row until its note is filled in.
        bool needsNote = false;
    };

    struct Input
    {
        QString value;
        QString numerator;
        QString denominator;
        QString source;
        QString note;
    };

    struct Reading
    {
        std::optional<double> value;
        std::optional<double> numerator;
        std::optional<double> denominator;
        bool computedFromParts = false; // value = numerator / denominator × scale
        QVector<Problem> problems;
    };

    static constexpr int MaxNoteLength = 5000; // well inside a spreadsheet cell (32,767)
    static constexpr int MaxSourceLength = 500;
    static constexpr int MaxAreaLength = 100;
    // Numerators and denominators count people, births, cases: more than ten
    // billion is a typing or unit error.
    static constexpr double MaxPart = 1e10;

    // Reads the texts and checks everything. A value left empty with both parts
    // given is computed from them (rounded to 4 decimals).
    static Reading read(const Indicator &indicator, const Input &input);
    // The same checks on numbers already read: the services' gate before a write,
    // whoever the caller.
    static QVector<Problem> check(const Indicator &indicator, const ValueRecord &record);
    // An area's name as a value's key: one line of plain text.
    static std::optional<Problem> checkArea(const QString &name);
    // A row of a file that gives neither a value nor its parts.
    static Problem missingValue();
    static std::optional<Problem> checkYear(int year, const QString &text, int firstYear, int lastYear);

    // "Value", "Numerator" … as the entry form labels its fields.
    static QString label(Field field);
    // "value", "numerator" …: the column names of a value file.
    static QString key(Field field);
    // "Value: “abc”: expected a number, e.g. 92.6."
    static QString describe(const Problem &problem);
    // A text as a message quotes it: control characters as their pictures (␀, ␁),
    // a long text by its first 40 characters and an ellipsis.
    static QString printable(const QString &text);
    // The number as the messages write it: no exponent, no trailing zeros.
    static QString number(double value);

private:
    static void checkNumbers(const Indicator &indicator, Reading *reading, const QString &valueText,
                             const QString &numeratorText, const QString &denominatorText, bool noteGiven);
    static void checkText(Field field, const QString &text, int maxLength, bool lineBreaks, QVector<Problem> *problems);
};
