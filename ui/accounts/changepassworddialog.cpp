#include "accounts/changepassworddialog.h"

#include "widgets/palette.h"

#include "session/session.h"

#include <QCoreApplication>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ChangePasswordDialog::ChangePasswordDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(new QLineEdit)
    , m_new(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Change my password"));
    build();
}

ChangePasswordDialog::ChangePasswordDialog(Session *session, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_login(login)
    , m_new(new QLineEdit)
    , m_confirm(new QLineEdit)
    , m_message(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Reset password of %1").arg(login));
    build();
}

void ChangePasswordDialog::build()
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    auto *form = new QFormLayout(this);
    const std::optional<User> user = m_session->user();
    if (m_current) {
        form->addRow(tr("Account:"), new QLabel(user ? user->login : QString()));
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        form->addRow(tr("&Current password:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateOk);
    } else {
        form->addRow(tr("Account:"), new QLabel(m_login));
    }
    m_new->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("Con&firm new password:"), m_confirm);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setMinimumWidth(360);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateOk);
    connect(m_confirm, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateOk);
    updateOk();
}

QPushButton *ChangePasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ChangePasswordDialog::messageText() const
{
    return m_message->text();
}

void ChangePasswordDialog::updateOk()
{
    // What is still missing, one thing at a time, in the order of the fields.
    QString missing;
    if (m_current && m_current->text().isEmpty())
        missing = tr("Type your current password.");
    else if (m_new->text().size() < AuthService::MinPasswordLength)
        missing = tr("The new password needs at least %1 characters.").arg(AuthService::MinPasswordLength);
    else if (m_confirm->text() != m_new->text())
        missing = tr("The confirmation does not match the new password.");
    okButton()->setEnabled(missing.isEmpty());
    m_message->setText(missing);
    m_message->setStyleSheet(QString());
}

void ChangePasswordDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    const std::optional<User> user = m_session->user();
    QString error;
    bool ok = false;
    if (!user)
        error = tr("Nobody is signed in.");
    else if (m_current)
        ok = m_session->auth().changeOwnPassword(*user, m_current->text(), m_new->text(), &error);
    else
        ok = m_session->auth().resetPassword(*user, m_login, m_new->text(), &error);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_message->setText(error);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::screen(Palette::StateReturned).name()));
    const bool wrongCurrent = m_current
        && error == QCoreApplication::translate("AuthService", "The current password is wrong.");
    (wrongCurrent ? m_current : m_new)->setFocus();
}
