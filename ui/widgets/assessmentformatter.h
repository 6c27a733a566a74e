#pragma once

#include "target/indicatorassessment.h"

#include <QColor>
#include <QString>

// How an assessment is shown on screen: colours of the warning levels (the screen
// Palette's status and warning roles) and the rich-text summary of the detail panes.
// Every page uses these, so a red indicator looks the same everywhere.
class AssessmentFormatter
{
public:
    static QColor warningColor(Assessment::Warning warning);
    static QColor statusColor(Assessment::Status status);
    // Status, outlook, warning, flags, the reason and the projection formula.
    static QString html(const IndicatorAssessment &assessment);
    // The rule parameters that matter for this rule, e.g. "tolerance ±2%".
    static QString parameters(const IndicatorAssessment &assessment);
    // A filled circle in the warning's colour, for table cells.
    static QString warningDot();
};
