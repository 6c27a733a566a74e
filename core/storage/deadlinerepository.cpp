#include "deadlinerepository.h"

#include "model/clock.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
bool appendAudit(QSqlDatabase db, const QString &user, const QString &action, int year, const QVariant &unitId,
                 const QString &reason, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, year, reason, unit_id)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(action);
    q.addBindValue(year);
    q.addBindValue(SqlValues::text(reason));
    q.addBindValue(unitId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

DeadlineRepository::DeadlineRepository(QSqlDatabase db)
    : m_db(db)
{
}

QDate DeadlineRepository::dueDate(int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT due_date FROM reporting_deadlines WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return defaultDueDate(year);
}

bool DeadlineRepository::isSet(int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM reporting_deadlines WHERE year = ?"));
    q.addBindValue(year);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

QHash<QString, QDate> DeadlineRepository::extensions(int year, QHash<QString, QString> *reasons) const
{
    QHash<QString, QDate> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT u.name, e.due_date, e.reason FROM deadline_extensions e"
                             " JOIN units u ON u.id = e.unit_id WHERE e.year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        out.insert(q.value(0).toString(), d);
        if (reasons)
            reasons->insert(q.value(0).toString(), q.value(2).toString());
    }
    return out;
}

bool DeadlineRepository::setDueDate(int year, const QDate &due, const QString &user, QString *error)
{
    if (!due.isValid()) {
        *error = tr("The due date of %1 is not a valid date.").arg(year);
        return false;
    }
    if (due.year() < year) {
        *error =
            tr("The due date of %1 (%2) falls before the year it reports on.").arg(year).arg(due.toString(Qt::ISODate));
        return false;
    }
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    const QString old = isSet(year) ? dueDate(year).toString(Qt::ISODate) : QString();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO reporting_deadlines (year, due_date, set_by, set_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (year) DO UPDATE SET due_date = excluded.due_date,"
                             " set_by = excluded.set_by, set_at = excluded.set_at"));
    q.addBindValue(year);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QString note = old.isEmpty() ? due.toString(Qt::ISODate)
                                       : old + QStringLiteral(" -> ") + due.toString(Qt::ISODate);
    if (!appendAudit(m_db, user, QStringLiteral("set_deadline"), year, QVariant(QMetaType::fromType<int>()), note,
                     error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool DeadlineRepository::extend(int year, const QString &unit, const QDate &due, const QString &reason,
                                const QString &user, QString *error)
{
    if (!due.isValid()) {
        *error = tr("The extended due date for %1 is not a valid date.").arg(unit);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("An extension for %1 needs a reason.").arg(unit);
        return false;
    }
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM units WHERE name = ?"));
    q.addBindValue(unit);
    if (!q.exec() || !q.next()) {
        *error = tr("There is no unit named %1.").arg(unit);
        return false;
    }
    const int unitId = q.value(0).toInt();
    if (due < dueDate(year)) {
        *error = tr("The extension for %1 (%2) is earlier than the year's due date %3.")
                     .arg(unit, due.toString(Qt::ISODate), dueDate(year).toString(Qt::ISODate));
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO deadline_extensions (year, unit_id, due_date, reason, set_by, set_at)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, unit_id) DO UPDATE SET"
                             " due_date = excluded.due_date, reason = excluded.reason,"
                             " set_by = excluded.set_by, set_at = excluded.set_at"));
    q.addBindValue(year);
    q.addBindValue(unitId);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(reason.trimmed());
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!appendAudit(m_db, user, QStringLiteral("extend_deadline"), year, unitId,
                     due.toString(Qt::ISODate) + QStringLiteral(": ") + reason.trimmed(), error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
