#include "signindialog.h"

#include "widgets/palette.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AuthService *auth, bool demo, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Sign in — Fuer Monitor"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::ErrorText));

    auto *form = new QFormLayout;
    if (demo) {
        m_examples = new QComboBox;
        m_examples->addItem(tr("(choose an example account)"));
        for (const DemoData::Account &a : DemoData::accounts())
            m_examples->addItem(QStringLiteral("%1 — %2").arg(a.login, a.displayName), a.login);
        connect(m_examples, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index <= 0)
                return;
            m_login->setText(m_examples->itemData(index).toString());
            m_password->setText(DemoData::examplePassword());
        });
        auto *hint = new QLabel(tr("This is a demo database (示例数据). Every example account has the password %1.")
                                    .arg(DemoData::examplePassword()));
        hint->setWordWrap(true);
        form->addRow(hint);
        form->addRow(tr("&Example account:"), m_examples);
    }
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_login->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->text();
}

bool SignInDialog::trySignIn(const QString &login, const QString &password)
{
    const AuthService::SignIn result = m_auth->signIn(login, password);
    if (!result.user) {
        m_message->setText(result.message);
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_user = *result.user;
    return true;
}

void SignInDialog::accept()
{
    if (trySignIn(m_login->text(), m_password->text()))
        QDialog::accept();
}
