#pragma once

#include <QStringList>

#include <optional>

// The outcome of checking one indicator's entry: the numbers read, the errors that
// block submission, and the warnings that need an explanation in the note.
struct EntryCheck
{
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    bool computedFromParts = false; // value = numerator / denominator × scale
    QStringList errors;
    QStringList warnings;

    bool isEmpty() const { return !value && !numerator && !denominator && errors.isEmpty(); }
    bool hasErrors() const { return !errors.isEmpty(); }
};
