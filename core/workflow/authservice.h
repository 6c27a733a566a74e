#pragma once

#include "model/clock.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class ChangeNotifier;

// Sign-in and account administration. The first start of a new database asks
// for the administrator (no built-in password exists). Five wrong passwords in a
// row lock an account for LockMinutes. Only an administrator creates, edits,
// disables and resets accounts; every such act is audited by the repository.
// Accounts are never deleted (the audit log names them); and the database always
// keeps an enabled administrator: neither a role change nor disabling removes the
// last one.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int MinPasswordLength = 8;

    struct SignIn
    {
        std::optional<User> user; // set when signed in
        QString message;          // why not, in the user's language
    };

    // Account changes are announced on `notifier` once committed (none without one).
    explicit AuthService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    bool needsFirstAdministrator() const;
    // On a server that enforces the rules (`server init`), people sign in to the
    // server with their own login; the program then signs in as that login's
    // account, and signIn() refuses.
    bool serverSignsIn() const;
    SignIn signInAsServerLogin();
    bool createFirstAdministrator(const QString &login, const QString &displayName, const QString &password,
                                  QString *error);
    SignIn signIn(const QString &login, const QString &password, const QDateTime &now = Clock::nowUtc());

    bool createUser(const User &actor, const User &user, const QString &password, QString *error);
    bool resetPassword(const User &actor, const QString &login, const QString &password, QString *error);
    bool setDisabled(const User &actor, const QString &login, bool disabled, QString *error);
    // Display name, role and unit of `login` (the unit only for a liaison, who needs
    // a member unit). Audited as account_update, old -> new role/unit. Nothing
    // changed: true, with no audit row.
    bool updateUser(const User &actor, const QString &login, const QString &displayName, User::Role role,
                    const QString &unit, QString *error);
    bool changeOwnPassword(const User &self, const QString &oldPassword, const QString &newPassword, QString *error);

    static QString checkPassword(const QString &password); // empty when acceptable

private:
    bool requireAdmin(const User &actor, QString *error) const;
    bool validUser(const User &user, QString *error) const;
    bool validUnit(const User &user, QString *error) const;
    // Refuses, naming the account, when `login` is the last enabled administrator.
    bool keepsAnAdministrator(const QString &login, QString *error) const;

    bool announced(bool ok) const;
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
