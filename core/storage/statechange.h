#pragma once

#include "model/valuestate.h"

#include <QString>
#include <QVector>

// One value's move in the workflow, as ReturnService and ReviewService ask for it.
// `from` lists the states the value may be in now; the move is refused otherwise,
// checked inside the write transaction so two people cannot race past it.
struct StateChange
{
    QString code;
    QString area; // empty: the district
    int year = 0;
    QVector<ValueState> from;
    ValueState to = ValueState::Submitted;
    QString reason; // required for returning and reopening
    QString action; // submit, approve, return, reopen
};
