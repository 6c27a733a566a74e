#pragma once

#include "model/indicator.h"
#include "model/valuerecord.h"
#include "target/assessment.h"
#include "workflow/entrycheck.h"

#include <QMap>
#include <QString>

#include <optional>

// One line of the return table: a heading, or one indicator with what is stored for
// the year and what the liaison typed. The typed texts are what the screen shows:
// a value that fails hard validation stays visible here (and marked) but is not
// written to the database until it is fixed, so nothing typed is silently lost.
struct ReturnRow
{
    enum class Save { Clean, Pending, Blocked };

    bool heading = false;
    QString title; // heading text
    Indicator indicator;
    QString ruleText;                  // TargetRule::describe, beside the plan's wording
    bool leads = false;                // false: a co-operating unit's read-only view
    std::optional<ValueRecord> stored; // the year's value as stored
    QMap<int, ValueRecord> past;       // the other years' values

    QString value;
    QString numerator;
    QString denominator;
    QString source;
    QString note;

    EntryCheck check;               // of the typed texts
    std::optional<Assessment> live; // with the typed value, when it reads
    Save save = Save::Clean;
    QString saveError; // why the last save was refused
    // Per column: the messages of the cell and their level (1 warning, 2 error).
    // Worked out once per check, because painting asks for them per cell.
    QMap<int, QStringList> cellProblems;
    QMap<int, int> cellSeverity;

    // Submitted and approved values belong to the reviewers now.
    bool locked() const
    {
        return stored && (stored->state == ValueState::Submitted || stored->state == ValueState::Approved);
    }
    bool editable() const { return !heading && leads && !locked(); }
    bool returned() const
    {
        return stored && !stored->reviewNote.isEmpty()
            && (stored->state == ValueState::Returned || stored->state == ValueState::Draft);
    }
    bool needsNote() const { return !check.warnings.isEmpty() && note.trimmed().isEmpty(); }
    // A draft or returned value that passes: what "Submit all ready" takes.
    bool ready() const { return editable() && stored && save == Save::Clean && !check.hasErrors() && !needsNote(); }
};
