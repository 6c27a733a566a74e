#include "firstadmindialog.h"

#include "widgets/palette.h"
#include "workflow/authservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(AuthService *auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_login(new QLineEdit(QStringLiteral("admin")))
    , m_name(new QLineEdit)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_message(new QLabel)
{
    setWindowTitle(tr("New database — create the administrator"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::ErrorText));

    auto *intro = new QLabel(
        tr("This database has no accounts yet. Choose the administrator's login name and password; "
           "the administrator then creates the accounts of the units and reviewers."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Password (at least %1 characters):").arg(AuthService::MinPasswordLength), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString FirstAdminDialog::login() const
{
    return m_login->text().trimmed();
}

QString FirstAdminDialog::message() const
{
    return m_message->text();
}

bool FirstAdminDialog::tryCreate(const QString &login, const QString &name, const QString &password,
                                 const QString &repeat)
{
    if (password != repeat) {
        m_message->setText(tr("Repeat the password: the two passwords differ."));
        return false;
    }
    QString error;
    if (!m_auth->createFirstAdministrator(login, name, password, &error)) {
        m_message->setText(error);
        return false;
    }
    return true;
}

void FirstAdminDialog::accept()
{
    if (tryCreate(m_login->text(), m_name->text(), m_password->text(), m_repeat->text()))
        QDialog::accept();
}
