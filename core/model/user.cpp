#include "user.h"

#include <QCoreApplication>

QString User::roleKey(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Liaison:
        break;
    }
    return QStringLiteral("liaison");
}

bool User::roleFromKey(const QString &key, Role *out)
{
    for (Role r : {Role::Liaison, Role::Reviewer, Role::Admin}) {
        if (roleKey(r) == key) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString User::roleLabel(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QCoreApplication::translate("User", "Reviewer");
    case Role::Admin:
        return QCoreApplication::translate("User", "Administrator");
    case Role::Liaison:
        break;
    }
    return QCoreApplication::translate("User", "Liaison");
}

User User::localAdministrator()
{
    User u;
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    u.login = QStringLiteral("local:") + (name.isEmpty() ? QStringLiteral("admin") : name);
    u.displayName = u.login;
    u.role = Role::Admin;
    return u;
}
