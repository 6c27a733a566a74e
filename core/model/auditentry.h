#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One row of the audit log: who changed what, when, from what to what, and why.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // import, save, submit, approve, return, reopen, judge …
    QString indicatorCode;
    QString area;
    int year = 0;
    std::optional<double> oldValue;
    std::optional<double> newValue;
    QString oldState;
    QString newState;
    QString reason;
};
