#pragma once

#include <QDateTime>
#include <QString>

// A reviewer's verdict on a target that is never computed (保持合理比例) or whose text
// does not parse. The reason is required by the workflow; the assessment quotes it.
// Verdicts are recorded per year; a later year without a new value keeps it.
struct Judgement
{
    bool met = false;
    QString reason;
    QString user;
    QDateTime at;
    // Set by Assessor::verdictFor when a verdict recorded for an earlier year decides a
    // later year whose view rests on the same value: the year it was recorded for.
    int carriedFrom = 0;
};
