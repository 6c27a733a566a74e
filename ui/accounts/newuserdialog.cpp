#include "accounts/newuserdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

NewUserDialog::NewUserDialog(const QVector<ResponsibleUnit> &units, QWidget *parent)
    : QDialog(parent)
    , m_login(new QLineEdit)
    , m_name(new QLineEdit)
    , m_role(new QComboBox)
    , m_unit(new QComboBox)
    , m_password(new QLineEdit)
{
    setWindowTitle(tr("New account"));
    for (User::Role r : {User::Role::Liaison, User::Role::Reviewer, User::Role::Admin})
        m_role->addItem(User::roleLabel(r), User::roleKey(r));
    for (const ResponsibleUnit &u : units) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            m_unit->addItem(u.name);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_unit->setEnabled(m_role->currentData().toString() == QLatin1String("liaison")); });
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

User NewUserDialog::user() const
{
    User u;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    User::roleFromKey(m_role->currentData().toString(), &u.role);
    if (u.role == User::Role::Liaison)
        u.unit = m_unit->currentText();
    return u;
}

QString NewUserDialog::password() const
{
    return m_password->text();
}
