#pragma once

#include "model/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// One thing waiting for the signed-in person (待办): a value or report sent back,
// an indicator with no value yet, the due date, a return to review, a verdict to
// record. `text` is the sentence shown; `opens` and `code`/`unit` say where to go.
struct TodoItem
{
    enum class Kind {
        // A liaison's
        Deadline,           // the due date in force for the unit (extension counted) and days left or late
        ReturnedValue,      // a value sent back (or reopened) with the reviewer's reason, not submitted again
        ReturnedReport,     // the annual report sent back with the reviewer's reason
        NotFilled,          // an indicator the unit leads with no value for the year
        DraftNotSubmitted,  // a value saved as a draft but not submitted
        ReportNotSubmitted, // the annual report not written or not submitted yet
        // A reviewer's (or the administrator's)
        ValuesToReview, // one unit's submitted values waiting for review
        ReportToReview, // one unit's submitted annual report
        VerdictToRecord // a judged (or unparsed) target with a value of the year and no verdict
    };
    // The page that deals with the item.
    enum class Opens { ReturnPage, ReviewPage, ReportPage };

    Kind kind = Kind::Deadline;
    Opens opens = Opens::ReturnPage;
    int year = 0;
    QString code;      // the indicator, when the item is about one
    QStringList codes; // ValuesToReview: the unit's submitted codes, oldest first
    QString unit;
    QString text;     // what the person reads, e.g. "W01 … returned by 张三 on 2026-03-02: 数据来源不明"
    QString reason;   // the reviewer's reason (returned items)
    QString who;      // who returned it or submitted it (display name, else login)
    QDateTime at;     // UTC: when it was returned or submitted; the ordering key
    QDate due;        // Deadline: the date in force
    int daysLeft = 0; // Deadline: days until the due date on Clock::today(); negative: days late
    bool extended = false;

    static QString kindLabel(Kind kind); // 截止日期, 已退回 … (translated)
};

// The to-do list of one person for one reporting year, worked out from what the
// database holds: values and their states and reasons, the units' annual reports,
// the due dates and extensions, and the reviewers' verdicts. "Today" is
// Clock::today(), so tests fix the days left.
//
//   a liaison: the unit's due date with the days left or late (only while something
//     is still owed), each value sent back with who returned it, when and why, the
//     report sent back with its reason, the drafts not submitted, the indicators it
//     leads with no value, and the report not yet submitted. Nothing owed: empty.
//   a reviewer and the administrator (both review, Permissions::Act::Review): per
//     unit its submitted values, the unit whose submission waits longest first; the
//     submitted annual reports, oldest first; the judged targets with a value of the
//     year and no verdict. The administrator gets the reviewer's list because the
//     window gives the administrator the review pages too.
//   anyone else (a disabled account): empty.
class TodoService
{
    Q_DECLARE_TR_FUNCTIONS(TodoService)

public:
    explicit TodoService(QSqlDatabase db);

    QVector<TodoItem> items(const User &user, int year) const;

    // "2 values returned, 5 indicators without a value; due 2027-03-31, 12 days left"
    // for the sign-in notice; empty for an empty list.
    static QString summary(const QVector<TodoItem> &items);
    // The Deadline item, or nullptr.
    static const TodoItem *deadline(const QVector<TodoItem> &items);
    static QString daysText(int daysLeft); // "12 days left", "due today", "3 days late"

private:
    QVector<TodoItem> liaisonItems(const User &user, int year) const;
    QVector<TodoItem> reviewerItems(int year) const;
    QString nameOf(const QString &login) const;

    QSqlDatabase m_db;
};
