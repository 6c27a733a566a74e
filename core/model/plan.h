#pragma once

#include <QString>

// One of the two ten-year plans. `code` ("W" or "C") prefixes every indicator code.
struct Plan
{
    int id = 0;
    QString code;
    QString name;
    QString title;
    int startYear = 2021;
    int endYear = 2030;
    int baselineYear = 2020;
};
