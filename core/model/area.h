#pragma once

#include <QString>

// Where a value applies. The district is the default; 镇街 or other districts can be
// added later without a schema change.
struct Area
{
    int id = 0;
    QString name;
    bool isDefault = false;
};
