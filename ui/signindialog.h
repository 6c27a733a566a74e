#pragma once

#include "model/user.h"

#include <QDialog>

class AuthService;
class QComboBox;
class QLabel;
class QLineEdit;

// Asks for a login name and password and signs in through AuthService. On a demo
// database it offers the example accounts, so a first look needs no set-up.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AuthService *auth, bool demo, QWidget *parent = nullptr);

    User user() const { return m_user; }
    // For tests and scripted runs: fill in and try, as the button would.
    bool trySignIn(const QString &login, const QString &password);
    QString message() const;

private:
    void accept() override;

    AuthService *m_auth;
    QComboBox *m_examples = nullptr;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    User m_user;
};
