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
    // The words of a table cell that shows both the dot and the status: the status in
    // the assessed year (or that the year has no value, and what the latest value of
    // which year says), then the warning the dot stands for.
    static QString cellText(const Assessment &assessment);
    // The status part alone: "Met", or "No value for 2026 (2025: Not met)".
    static QString statusText(const Assessment &assessment);
    // What the dot and the words stand for, for tooltips and legends beside such cells:
    // the dot looks towards the target year, the words are the status in `year`.
    static QString legend(int year);
};
