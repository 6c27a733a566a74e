#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

// 报送截止日期: the due date of a reporting year's returns and reports, and the
// extensions granted to single units with a reason. Every change is audited in
// the same transaction (an extension's audit row names its unit).
class DeadlineRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRepository)

public:
    explicit DeadlineRepository(QSqlDatabase db);

    // The proposal when the office has set nothing: 31 March of the following year.
    static QDate defaultDueDate(int year) { return QDate(year + 1, 3, 31); }

    // The year's due date; the default when none was set.
    QDate dueDate(int year) const;
    bool isSet(int year) const;
    // Unit name -> its extended due date, and the reasons.
    QHash<QString, QDate> extensions(int year, QHash<QString, QString> *reasons = nullptr) const;

    bool setDueDate(int year, const QDate &due, const QString &user, QString *error);
    // `unit` is a unit's name; the reason is required.
    bool extend(int year, const QString &unit, const QDate &due, const QString &reason, const QString &user,
                QString *error);

private:
    QSqlDatabase m_db;
};
