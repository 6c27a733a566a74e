#include "authservice.h"

#include "changenotifier.h"
#include "permissions.h"

#include "passwordhasher.h"
#include "storage/serversecurity.h"

#include "storage/catalogrepository.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

AuthService::AuthService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

bool AuthService::announced(bool ok) const
{
    if (ok && m_notifier)
        emit m_notifier->accountsChanged();
    return ok;
}

bool AuthService::needsFirstAdministrator() const
{
    // On a server that signs people in, `server init` made the first administrator.
    return !serverSignsIn() && UserRepository(m_db).count() == 0;
}

bool AuthService::serverSignsIn() const
{
    return ServerSecurity::isEnforced(m_db);
}

AuthService::SignIn AuthService::signInAsServerLogin()
{
    SignIn result;
    if (!serverSignsIn()) {
        result.message = tr("This database signs people in with the program's own accounts.");
        return result;
    }
    // The server has checked this login's password; its account says who it is.
    const QString login = ServerSecurity::sessionLogin(m_db);
    const std::optional<User> user = UserRepository(m_db).user(login);
    if (!user) {
        result.message = ServerSecurity::isOwner(m_db)
            ? tr("%1 owns this server database but has no account in it: connect with your own login "
                 "(the administrator adds it with \"users add\").")
                  .arg(login)
            : tr("The login %1 has no account in this database; ask the administrator.").arg(login);
        return result;
    }
    if (user->disabled) {
        result.message = tr("The account %1 is disabled; ask the administrator.").arg(user->login);
        return result;
    }
    result.user = user;
    return result;
}

QString AuthService::checkPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return tr("Password: at least %1 characters are required.").arg(MinPasswordLength);
    if (password.trimmed() != password)
        return tr("Password: it must not begin or end with a space.");
    return QString();
}

bool AuthService::validUser(const User &user, QString *error) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.\\-]{2,32}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        *error = tr("Login name: \"%1\": expected 2–32 letters, digits, dots, dashes or underscores.").arg(user.login);
        return false;
    }
    if (!validUnit(user, error))
        return false;
    if (UserRepository(m_db).user(user.login)) {
        *error = tr("Login name: \"%1\" is taken.").arg(user.login);
        return false;
    }
    return true;
}

bool AuthService::validUnit(const User &user, QString *error) const
{
    if (user.role != User::Role::Liaison)
        return true;
    bool known = false;
    for (const ResponsibleUnit &u : CatalogRepository(m_db).units())
        known = known || (u.name == user.unit && u.kind == ResponsibleUnit::Kind::Member);
    if (!known) {
        *error = tr("Unit: \"%1\": a liaison belongs to one of the responsible units of the catalog.").arg(user.unit);
        return false;
    }
    return true;
}

bool AuthService::keepsAnAdministrator(const QString &login, QString *error) const
{
    if (UserRepository(m_db).otherEnabledAdministrators(login) > 0)
        return true;
    *error = tr("%1 is the last enabled administrator: make another account an administrator first.").arg(login);
    return false;
}

bool AuthService::createFirstAdministrator(const QString &login, const QString &displayName, const QString &password,
                                           QString *error)
{
    if (!needsFirstAdministrator()) {
        *error = tr("This database already has accounts; sign in as its administrator.");
        return false;
    }
    User admin;
    admin.login = login.trimmed();
    admin.displayName = displayName.trimmed();
    admin.role = User::Role::Admin;
    if (!validUser(admin, error))
        return false;
    *error = checkPassword(password);
    if (!error->isEmpty())
        return false;
    return announced(UserRepository(m_db).create(admin, PasswordHasher::hash(password), error));
}

AuthService::SignIn AuthService::signIn(const QString &login, const QString &password, const QDateTime &now)
{
    SignIn result;
    if (serverSignsIn()) {
        result.message = tr("On this server you sign in with your own server login and password "
                            "(文件 → 连接服务器), not with the program's.");
        return result;
    }
    UserRepository users(m_db);
    const std::optional<User> user = users.user(login.trimmed());
    // The same message for an unknown name and a wrong password: no account probing.
    const QString wrong = tr("The login name or the password is wrong.");
    if (!user) {
        result.message = wrong;
        return result;
    }
    if (user->disabled) {
        result.message = tr("The account %1 is disabled; ask the administrator.").arg(user->login);
        return result;
    }
    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        result.message = tr("The account %1 is locked after %2 wrong passwords until %3.")
                             .arg(user->login)
                             .arg(MaxFailures)
                             .arg(user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        return result;
    }
    QString error;
    if (!PasswordHasher::verify(users.passwordHash(user->login), password)) {
        // A lock that has run out starts a new count.
        const int failures = (user->lockedUntil.isValid() ? 0 : user->failedAttempts) + 1;
        const QDateTime until = failures >= MaxFailures ? now.addSecs(LockMinutes * 60) : QDateTime();
        users.recordFailure(user->login, failures, until, &error);
        result.message = until.isValid() ? tr("The password is wrong; the account %1 is now locked for %2 minutes.")
                                               .arg(user->login)
                                               .arg(LockMinutes)
                                         : wrong;
        return result;
    }
    if (user->failedAttempts > 0 || user->lockedUntil.isValid())
        users.clearFailures(user->login, &error);
    result.user = users.user(user->login);
    return result;
}

bool AuthService::requireAdmin(const User &actor, QString *error) const
{
    return Permissions::check(actor, Permissions::Act::ManageAccounts, error);
}

bool AuthService::createUser(const User &actor, const User &user, const QString &password, QString *error)
{
    if (!requireAdmin(actor, error) || !validUser(user, error))
        return false;
    *error = checkPassword(password);
    if (!error->isEmpty())
        return false;
    User stored = user;
    if (stored.role != User::Role::Liaison)
        stored.unit.clear();
    UserRepository users(m_db, actor.login);
    if (users.serverLogins())
        return announced(users.createWithLogin(stored, password, error));
    return announced(users.create(stored, PasswordHasher::hash(password), error));
}

bool AuthService::resetPassword(const User &actor, const QString &login, const QString &password, QString *error)
{
    if (!requireAdmin(actor, error))
        return false;
    *error = checkPassword(password);
    if (!error->isEmpty())
        return false;
    if (!UserRepository(m_db).user(login)) {
        *error = tr("There is no account %1.").arg(login);
        return false;
    }
    UserRepository users(m_db, actor.login);
    if (users.serverLogins())
        return announced(users.setLoginPassword(login, password, error));
    return announced(users.setPasswordHash(login, PasswordHasher::hash(password), error));
}

bool AuthService::setDisabled(const User &actor, const QString &login, bool disabled, QString *error)
{
    if (!requireAdmin(actor, error))
        return false;
    if (disabled && login == actor.login) {
        *error = tr("You cannot disable your own account.");
        return false;
    }
    const std::optional<User> existing = UserRepository(m_db).user(login);
    if (!existing) {
        *error = tr("There is no account %1.").arg(login);
        return false;
    }
    if (disabled && existing->role == User::Role::Admin && !existing->disabled && !keepsAnAdministrator(login, error))
        return false;
    return announced(UserRepository(m_db, actor.login).setDisabled(login, disabled, error));
}

namespace {
// An account's role and unit (and name) as one audit state: "liaison/区卫健委 (张三)".
QString accountState(const User &u)
{
    QString s = User::roleKey(u.role);
    if (!u.unit.isEmpty())
        s += QLatin1Char('/') + u.unit;
    return s + QStringLiteral(" (") + u.displayName + QLatin1Char(')');
}
} // namespace

bool AuthService::updateUser(const User &actor, const QString &login, const QString &displayName, User::Role role,
                             const QString &unit, QString *error)
{
    if (!requireAdmin(actor, error))
        return false;
    const std::optional<User> existing = UserRepository(m_db).user(login);
    if (!existing) {
        *error = tr("There is no account %1.").arg(login);
        return false;
    }
    User changed = *existing;
    changed.displayName = displayName.trimmed();
    changed.role = role;
    changed.unit = role == User::Role::Liaison ? unit.trimmed() : QString();
    if (changed.displayName.isEmpty()) {
        *error = tr("Name of %1: the name must not be empty.").arg(login);
        return false;
    }
    if (!validUnit(changed, error))
        return false;
    if (existing->role == User::Role::Admin && role != User::Role::Admin && !existing->disabled
        && !keepsAnAdministrator(login, error))
        return false;
    if (changed.displayName == existing->displayName && changed.role == existing->role
        && changed.unit == existing->unit)
        return true;
    return announced(
        UserRepository(m_db, actor.login).update(changed, accountState(*existing), accountState(changed), error));
}

bool AuthService::changeOwnPassword(const User &self, const QString &oldPassword, const QString &newPassword,
                                    QString *error)
{
    UserRepository users(m_db);
    if (users.serverLogins()) {
        *error = tr("On this server your password is your server login's: change it with psql's \\password, "
                    "or ask the administrator to set a new one.");
        return false;
    }
    if (!PasswordHasher::verify(users.passwordHash(self.login), oldPassword)) {
        *error = tr("The current password is wrong.");
        return false;
    }
    *error = checkPassword(newPassword);
    if (!error->isEmpty())
        return false;
    return users.setPasswordHash(self.login, PasswordHasher::hash(newPassword), error);
}
