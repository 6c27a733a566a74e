#pragma once

#include <QString>

// Which value: indicator, area (empty: the district) and year.
struct ValueKey
{
    QString code;
    QString area;
    int year = 0;
};
