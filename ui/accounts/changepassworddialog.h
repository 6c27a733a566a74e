#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;

// A new password typed twice, and the act that sets it:
//  - one's own password (Change my password...): the current password is required
//    (AuthService::changeOwnPassword);
//  - an administrator's reset of another account (Reset password...): no current
//    password (AuthService::resetPassword, refused to anyone else).
// OK stays disabled until the new password is long enough and its confirmation
// matches. OK runs the act; when the service refuses (a wrong current password, a
// rule of the password) its message is shown and the dialog stays open, with the
// fields as typed, so nothing has to be typed again but what was wrong.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // The signed-in user's own password.
    explicit ChangePasswordDialog(Session *session, QWidget *parent = nullptr);
    // The password of `login`, reset by the signed-in administrator.
    ChangePasswordDialog(Session *session, const QString &login, QWidget *parent = nullptr);

    QLineEdit *currentPassword() const { return m_current; } // nullptr when resetting
    QLineEdit *newPassword() const { return m_new; }
    QLineEdit *confirmation() const { return m_confirm; }
    QPushButton *okButton() const;
    QString messageText() const;

public slots:
    void accept() override;

private:
    void build();
    void updateOk();

    Session *m_session;
    QString m_login; // empty: one's own
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
