#pragma once

#include "model/user.h"

#include <QWidget>

class Session;
class QTableView;
class UserTableModel;

// The administrator's accounts page: create accounts for liaisons (bound to a
// unit) and reviewers, disable and enable them, reset passwords.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    // The accounts of the session's database, managed as the session's user: the
    // service refuses a user who is not the administrator.
    explicit UsersPage(Session *session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }

private:
    void createUser();
    void toggleDisabled();
    void resetPassword();
    const User *selected() const;

    User actor() const;

    Session *m_session;
    UserTableModel *m_model;
    QTableView *m_view;
};
