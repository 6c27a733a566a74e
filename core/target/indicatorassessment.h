#pragma once

#include "model/indicator.h"
#include "target/assessment.h"
#include "target/targetrule.h"

#include <QMap>

// One indicator with its parsed rule, the series that was assessed and the result.
// Screens, exports and reports all show this one computation.
struct IndicatorAssessment
{
    Indicator indicator;
    TargetRule rule;
    QMap<int, double> series;
    Assessment assessment;
    int year = 0;
    QString area; // the area's name; empty for the district in single-area results
};
