#pragma once

#include "model/user.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

class ChangeNotifier;

// 报送截止日期 as the office's acts: the due date of a reporting year, and one
// unit's extension of it with a reason. Only a reviewer (the office) or the
// administrator may (Permissions::Act::SetDeadlines). An extension needs a reason
// and may not fall before the year's due date. Each act is one transaction with its
// audit row (DeadlineRepository) and is announced as deadlinesChanged(year) once
// committed.
class DeadlineService
{
public:
    // Changes are announced on `notifier` once committed (none without one).
    explicit DeadlineService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    // The proposal when the office has set nothing: 31 March of the following year.
    static QDate defaultDueDate(int year);
    // The year's due date in force (the default when none was set).
    QDate dueDate(int year) const;
    bool isSet(int year) const;
    // Unit name -> its extended due date (and the reasons).
    QHash<QString, QDate> extensions(int year, QHash<QString, QString> *reasons = nullptr) const;

    bool setDueDate(const User &actor, int year, const QDate &due, QString *error);
    bool extend(const User &actor, int year, const QString &unit, const QDate &due, const QString &reason,
                QString *error);

private:
    bool announced(bool ok, int year) const;

    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
