#pragma once

#include <QDateTime>
#include <QString>

// A remark on an indicator's value for a year, by the lead or a co-operating unit
// (or a reviewer). Comments are kept; they are never edited or deleted.
struct Comment
{
    QString indicatorCode;
    int year = 0;
    QString unit;
    QString user;
    QDateTime at;
    QString body;
};
