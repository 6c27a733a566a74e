#pragma once

#include "model/user.h"

#include "widgets/columntablemodel.h"

// The accounts, for the administrator's page.
class UserTableModel : public RowTableModel<User>
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, UnitColumn, StatusColumn, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QVector<User> &users);
    const User *userAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
