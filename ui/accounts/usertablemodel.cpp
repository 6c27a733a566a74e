#include "accounts/usertablemodel.h"

#include "widgets/palette.h"

#include <QBrush>
#include <QDateTime>

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setUsers(const QVector<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const User *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_users.size();
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LoginColumn:
        return tr("Login name");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}
