#pragma once

#include <QDateTime>
#include <QString>

// A person who signs in. A liaison (填报员) belongs to one responsible unit and
// reports its values; a reviewer (审核员) checks returns; the administrator keeps
// the catalog, units and accounts.
struct User
{
    enum class Role { Liaison, Reviewer, Admin };

    int id = 0;
    QString login;
    QString displayName;
    Role role = Role::Liaison;
    QString unit; // the liaison's responsible unit; empty for others
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked

    // Whoever runs the command line on the database's own machine: an
    // administrator, named in the audit log as "local:<system user>".
    static User localAdministrator();

    static QString roleKey(Role role); // liaison, reviewer, admin
    static bool roleFromKey(const QString &key, Role *out);
    static QString roleLabel(Role role); // 填报员, 审核员, 管理员 (translated)
};
