#pragma once

#include <QDateTime>
#include <QString>

// How far one responsible unit has got with the returns of one year: its indicators
// (those it leads, as the lead unit reports the value) counted by state. The report
// and the review workspace show the same counts.
struct UnitCompleteness
{
    QString unit;
    int indicators = 0;
    int notFilled = 0; // no value row for the year
    int draft = 0;
    int submitted = 0;
    int returned = 0;
    int approved = 0;
    QDateTime lastSubmission; // latest change of a submitted or approved value; invalid when none

    int delivered() const { return submitted + approved; }
    bool isComplete() const { return indicators > 0 && delivered() == indicators; }
};
