#pragma once

#include "model/user.h"

#include <QAbstractTableModel>
#include <QVector>

// The accounts, for the administrator's page.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, UnitColumn, StatusColumn, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QVector<User> &users);
    const User *userAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<User> m_users;
};
