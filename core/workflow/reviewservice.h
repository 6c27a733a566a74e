#pragma once

#include "valuekey.h"
#include "valueworkflow.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class ChangeNotifier;
#include <QVector>

// A reviewer's acts on returns: approve, send back with a reason, reopen an
// approved value with a reason, and record the verdict on judged targets. Each act
// on several values is one transaction; every act is audited.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    // Changes are announced on `notifier` once committed (none without one).
    explicit ReviewService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    bool approve(const User &user, const QVector<ValueKey> &keys, QString *error);
    bool sendBack(const User &user, const QVector<ValueKey> &keys, const QString &reason, QString *error);
    bool reopen(const User &user, const QVector<ValueKey> &keys, const QString &reason, QString *error);
    bool judge(const User &user, const QString &code, int year, bool met, const QString &reason, QString *error);

    // The submitted values of a unit's return for a year (what "approve the whole
    // return" acts on).
    QVector<ValueKey> submittedOf(const QString &unit, int year) const;

private:
    bool act(const User &user, ValueWorkflow::Act act, const QVector<ValueKey> &keys, const QString &reason,
             QString *error);

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
