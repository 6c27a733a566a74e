#pragma once

#include "model/user.h"

#include <QSqlDatabase>
#include <QVector>

#include <functional>

#include <optional>

// Accounts. On a file it stores only password hashes and never sees a password; on
// a server that signs people in, it hands a new password to ServerSecurity, which
// sends the server only its SCRAM verifier, and stores no hash.
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

    // On a server that enforces the rules (ServerSecurity::install): each account is
    // also a login role of the server, and its password is the server's only (the
    // row keeps none). setDisabled and update change the login too.
    bool serverLogins() const;
    bool createWithLogin(const User &user, const QString &password, QString *error);
    bool setLoginPassword(const QString &login, const QString &password, QString *error);
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
    // `serverStep` runs in the same transaction after the write (the login role).
    bool write(const QString &sql, const QVariantList &values, const QString &action, const QString &login,
               QString *error, const QString &oldState = QString(), const QString &newState = QString(),
               const std::function<bool(QString *)> &serverStep = {});
    // The units row's id of a unit name, a NULL for an empty name; false when unknown.
    bool unitId(const QString &unit, QVariant *id, QString *error) const;

    QSqlDatabase m_db;
    QString m_actor;
};
