#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates and times read wherever people see them: pages, exports and reports.
// One place, so a timestamp never reads "2026-12-01 19:14" on one page and
// "2026/12/1 19:14" on the next. Numbers with their units: TargetFormat::value.
class DisplayFormat
{
public:
    // A moment in local time, minutes precision: "2026-12-01 19:14". Invalid: "".
    static QString dateTime(const QDateTime &at);
    // A calendar day in tables: "2026-12-01". Invalid: "".
    static QString date(const QDate &day);
    // The date line of an official document (GB/T 9704): "2026年12月1日",
    // no leading zeros, no weekday. Invalid: "".
    static QString documentDate(const QDate &day);
};
