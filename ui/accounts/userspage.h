#pragma once

#include "model/user.h"

#include <QWidget>

class Session;
class QLabel;
class QTableView;
class UserTableModel;

// The administrator's accounts page: create accounts for liaisons (bound to a
// unit) and reviewers, edit their name, role and unit, disable and enable them,
// reset passwords. Accounts are never deleted (the audit log names them).
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    // The accounts of the session's database, managed as the session's user: the
    // service refuses a user who is not the administrator.
    explicit UsersPage(Session *session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    UserTableModel *model() const { return m_model; }
    // The last act's outcome ("The password of … was changed.").
    QString messageText() const;
    bool selectLogin(const QString &login);

public slots:
    void editSelected();
    void resetPassword();

private:
    void createUser();
    void toggleDisabled();
    const User *selected() const;

    User actor() const;

    Session *m_session;
    UserTableModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};
