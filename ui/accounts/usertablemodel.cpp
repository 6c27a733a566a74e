#include "accounts/usertablemodel.h"

#include "widgets/palette.h"

#include <QBrush>
#include <QDateTime>

UserTableModel::UserTableModel(QObject *parent)
    : RowTableModel(
        {
            {tr("Login name")},
            {tr("Name")},
            {tr("Role")},
            {tr("Unit")},
            {tr("Status")},
        },
        parent)
{
}

void UserTableModel::setUsers(const QVector<User> &users)
{
    resetRows(users);
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const User *u = userAt(index.row());
    if (!u)
        return QVariant();
    if (role == Qt::ForegroundRole && u->disabled)
        return QBrush(Palette::screen(Palette::MutedText));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case LoginColumn:
        return u->login;
    case NameColumn:
        return u->displayName;
    case RoleColumn:
        return User::roleLabel(u->role);
    case UnitColumn:
        return u->unit;
    case StatusColumn:
        if (u->disabled)
            return tr("Disabled");
        if (u->lockedUntil.isValid() && u->lockedUntil > QDateTime::currentDateTimeUtc())
            return tr("Locked until %1").arg(u->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        return tr("Active");
    }
    return QVariant();
}
