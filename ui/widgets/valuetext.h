#pragma once

#include <QString>

// A reported number with its measure unit as the review screens show it. Units
// that begin with a digit (1/10万) get a space, or 0 and 1/10万 would read "01/10万".
class ValueText
{
public:
    static QString withUnit(double value, const QString &measureUnit);
};
