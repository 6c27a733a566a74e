#pragma once

#include <QString>

// A field (领域) of a plan, e.g. 妇女与健康, in the order of the plan's table.
struct Category
{
    int id = 0;
    int planId = 0;
    int position = 0;
    QString name;
};
