#include "userrepository.h"

#include "auditrepository.h"
#include "model/clock.h"
#include "serversecurity.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const char *const kColumns =
    "SELECT u.id, u.login, u.display_name, u.role, un.name, u.disabled, u.failed_attempts, u.locked_until"
    " FROM users u LEFT JOIN units un ON un.id = u.unit_id ";

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toInt();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    User::roleFromKey(q.value(3).toString(), &u.role);
    u.unit = q.value(4).toString();
    u.disabled = q.value(5).toBool();
    u.failedAttempts = q.value(6).toInt();
    if (!q.value(7).isNull())
        u.lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return u;
}
} // namespace

UserRepository::UserRepository(QSqlDatabase db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{
}

int UserRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() ? q.value(0).toInt() : 0;
}

QVector<User> UserRepository::users() const
{
    QSqlQuery q(m_db);
    QVector<User> out;
    if (q.exec(QString::fromLatin1(kColumns) + QStringLiteral("ORDER BY u.role, un.position, u.login"))) {
        while (q.next())
            out.append(readUser(q));
    }
    return out;
}

std::optional<User> UserRepository::user(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kColumns) + QStringLiteral("WHERE u.login = ?"));
    q.addBindValue(SqlValues::text(login));
    if (q.exec() && q.next())
        return readUser(q);
    return std::nullopt;
}

QString UserRepository::passwordHash(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"));
    q.addBindValue(SqlValues::text(login));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool UserRepository::write(const QString &sql, const QVariantList &values, const QString &action, const QString &login,
                           QString *error, const QString &oldState, const QString &newState,
                           const std::function<bool(QString *)> &serverStep)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (serverStep && !serverStep(error))
        return false;
    if (!action.isEmpty()) {
        AuditEntry e;
        e.user = m_actor.isEmpty() ? login : m_actor;
        e.action = action;
        e.reason = login;
        e.oldState = oldState;
        e.newState = newState;
        if (!AuditRepository(m_db).append(e, 0, 0, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool UserRepository::unitId(const QString &unit, QVariant *id, QString *error) const
{
    *id = QVariant(QMetaType::fromType<int>());
    if (unit.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM units WHERE name = ?"));
    q.addBindValue(unit);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("unknown unit: %1").arg(unit);
        return false;
    }
    *id = q.value(0);
    return true;
}

bool UserRepository::create(const User &user, const QString &passwordHash, QString *error)
{
    QVariant unit;
    if (!unitId(user.unit, &unit, error))
        return false;
    return write(QStringLiteral("INSERT INTO users (login, display_name, role, unit_id, password_hash, created_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
                 {user.login, SqlValues::text(user.displayName), User::roleKey(user.role), unit, passwordHash,
                  Clock::nowUtc().toString(Qt::ISODateWithMs)},
                 QStringLiteral("user_create"), user.login, error);
}

bool UserRepository::serverLogins() const
{
    return ServerSecurity::isEnforced(m_db);
}

bool UserRepository::createWithLogin(const User &user, const QString &password, QString *error)
{
    QVariant unit;
    if (!unitId(user.unit, &unit, error))
        return false;
    QSqlDatabase db = m_db;
    return write(QStringLiteral("INSERT INTO users (login, display_name, role, unit_id, password_hash, created_at)"
                                " VALUES (?, ?, ?, ?, '', ?)"),
                 {user.login, SqlValues::text(user.displayName), User::roleKey(user.role), unit,
                  Clock::nowUtc().toString(Qt::ISODateWithMs)},
                 QStringLiteral("user_create"), user.login, error, QString(), QString(),
                 [db, user, password](QString *e) {
                     return ServerSecurity::createLogin(db, user.login, user.role, password, e);
                 });
}

bool UserRepository::setLoginPassword(const QString &login, const QString &password, QString *error)
{
    QSqlDatabase db = m_db;
    return write(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE login = ?"), {login},
                 QStringLiteral("user_password"), login, error, QString(), QString(),
                 [db, login, password](QString *e) { return ServerSecurity::setPassword(db, login, password, e); });
}

bool UserRepository::update(const User &user, const QString &oldState, const QString &newState, QString *error)
{
    QVariant unit;
    if (!unitId(user.unit, &unit, error))
        return false;
    std::function<bool(QString *)> login;
    if (serverLogins()) {
        QSqlDatabase db = m_db;
        login = [db, user](QString *e) { return ServerSecurity::setLoginRole(db, user.login, user.role, e); };
    }
    return write(QStringLiteral("UPDATE users SET display_name = ?, role = ?, unit_id = ? WHERE login = ?"),
                 {SqlValues::text(user.displayName), User::roleKey(user.role), unit, user.login},
                 QStringLiteral("account_update"), user.login, error, oldState, newState, login);
}

int UserRepository::otherEnabledAdministrators(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0 AND login <> ?"));
    q.addBindValue(User::roleKey(User::Role::Admin));
    q.addBindValue(SqlValues::text(login));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool UserRepository::setPasswordHash(const QString &login, const QString &hash, QString *error)
{
    return write(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                                " WHERE login = ?"),
                 {hash, login}, QStringLiteral("user_password"), login, error);
}

bool UserRepository::setDisabled(const QString &login, bool disabled, QString *error)
{
    std::function<bool(QString *)> step;
    if (serverLogins()) {
        QSqlDatabase db = m_db;
        step = [db, login, disabled](QString *e) { return ServerSecurity::setLoginEnabled(db, login, !disabled, e); };
    }
    return write(QStringLiteral("UPDATE users SET disabled = ? WHERE login = ?"), {disabled ? 1 : 0, login},
                 disabled ? QStringLiteral("user_disable") : QStringLiteral("user_enable"), login, error, QString(),
                 QString(), step);
}

bool UserRepository::recordFailure(const QString &login, int failures, const QDateTime &lockedUntil, QString *error)
{
    return write(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE login = ?"),
                 {failures,
                  lockedUntil.isValid() ? QVariant(lockedUntil.toUTC().toString(Qt::ISODateWithMs))
                                        : QVariant(QMetaType::fromType<QString>()),
                  login},
                 lockedUntil.isValid() ? QStringLiteral("user_locked") : QString(), login, error);
}

bool UserRepository::clearFailures(const QString &login, QString *error)
{
    return write(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE login = ?"), {login},
                 QString(), login, error);
}
