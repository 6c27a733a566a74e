#pragma once

#include "model/user.h"

#include <QWidget>

class Database;
class QTableView;
class UserTableModel;

// The administrator's accounts page: create accounts for liaisons (bound to a
// unit) and reviewers, disable and enable them, reset passwords.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Database *database, const User &admin, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }

private:
    void createUser();
    void toggleDisabled();
    void resetPassword();
    const User *selected() const;

    Database *m_database;
    User m_admin;
    UserTableModel *m_model;
    QTableView *m_view;
};
