#pragma once

#include "model/user.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

// Accounts. Stores only password hashes; never sees a password.
class UserRepository
{
public:
    // `actor` is who acts (an administrator managing accounts) and goes into the
    // audit rows; empty means the account itself (first administrator, sign-in,
    // own password).
    explicit UserRepository(QSqlDatabase db, const QString &actor = QString());

    int count() const;
    QVector<User> users() const;
    std::optional<User> user(const QString &login) const;
    QString passwordHash(const QString &login) const;

    bool create(const User &user, const QString &passwordHash, QString *error);
    bool setPasswordHash(const QString &login, const QString &hash, QString *error);
    bool setDisabled(const QString &login, bool disabled, QString *error);
    // Name, role and unit of `user.login` (unit empty for a reviewer or the
    // administrator), audited as account_update with `oldState` -> `newState`.
    bool update(const User &user, const QString &oldState, const QString &newState, QString *error);
    // Enabled administrators other than `login`.
    int otherEnabledAdministrators(const QString &login) const;
    // Sign-in bookkeeping: failures in a row, and the lock they may lead to.
    bool recordFailure(const QString &login, int failures, const QDateTime &lockedUntil, QString *error);
    bool clearFailures(const QString &login, QString *error);

private:
    // Runs one write with its audit row (action, subject login) in one transaction.
    bool write(const QString &sql, const QVariantList &values, const QString &action, const QString &login,
               QString *error, const QString &oldState = QString(), const QString &newState = QString());
    // The units row's id of a unit name, a NULL for an empty name; false when unknown.
    bool unitId(const QString &unit, QVariant *id, QString *error) const;

    QSqlDatabase m_db;
    QString m_actor;
};
