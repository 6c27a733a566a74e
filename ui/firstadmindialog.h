#pragma once

#include <QDialog>

class AuthService;
class QLabel;
class QLineEdit;

// The first start of a new database: the administrator chooses a login and a
// password on screen. There is no built-in password.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(AuthService *auth, QWidget *parent = nullptr);

    QString login() const;
    bool tryCreate(const QString &login, const QString &name, const QString &password, const QString &repeat);
    QString message() const;

private:
    void accept() override;

    AuthService *m_auth;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};
