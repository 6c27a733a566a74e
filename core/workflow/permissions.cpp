#include "permissions.h"

bool Permissions::may(const User &user, Act act)
{
    if (user.disabled)
        return false;
    switch (act) {
    case Act::EditCatalog:
    case Act::BackUp:
    case Act::Restore:
    case Act::ManageAccounts:
        return user.role == User::Role::Admin;
    case Act::ImportValues:
        return user.role == User::Role::Admin || user.role == User::Role::Liaison;
    case Act::Review:
    case Act::SetDeadlines:
        return user.role == User::Role::Admin || user.role == User::Role::Reviewer;
    case Act::EnterReturn:
        return user.role == User::Role::Liaison;
    }
    return false;
}

QString Permissions::refusal(Act act)
{
    switch (act) {
    case Act::EditCatalog:
        return tr("Only the administrator edits the catalog.");
    case Act::BackUp:
        return tr("Only the administrator backs up the database.");
    case Act::Restore:
        return tr("Only the administrator restores the database.");
    case Act::ManageAccounts:
        return tr("Only the administrator can manage accounts.");
    case Act::ImportValues:
        return tr("Values are imported by a unit's liaison or by the administrator.");
    case Act::Review:
        return tr("Returns are reviewed by a reviewer or by the administrator.");
    case Act::EnterReturn:
        return tr("Annual returns are entered by a unit's liaison.");
    case Act::SetDeadlines:
        return tr("Due dates are set and extended by a reviewer (the office) or by the administrator.");
    }
    return QString();
}

bool Permissions::check(const User &user, Act act, QString *error)
{
    if (may(user, act))
        return true;
    if (error)
        *error = refusal(act);
    return false;
}
