#include "accounts/edituserdialog.h"

#include "widgets/palette.h"

#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

EditUserDialog::EditUserDialog(Session *session, const User &user, const QVector<ResponsibleUnit> &units,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_name(new QLineEdit(user.displayName))
    , m_role(new QComboBox)
    , m_unit(new QComboBox)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("editUserDialog"));
    setWindowTitle(tr("Edit account %1").arg(user.login));
    for (User::Role r : {User::Role::Liaison, User::Role::Reviewer, User::Role::Admin})
        m_role->addItem(User::roleLabel(r), User::roleKey(r));
    for (const ResponsibleUnit &u : units) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            m_unit->addItem(u.name);
    }
    m_role->setCurrentIndex(m_role->findData(User::roleKey(user.role)));
    if (user.role == User::Role::Liaison)
        m_unit->setCurrentIndex(m_unit->findText(user.unit));
    m_unit->setEnabled(user.role == User::Role::Liaison);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_unit->setEnabled(role() == User::Role::Liaison); });
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(360);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::screen(Palette::StateReturned).name()));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Login name:"), new QLabel(user.login));
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString EditUserDialog::messageText() const
{
    return m_message->text();
}

User::Role EditUserDialog::role() const
{
    User::Role r = User::Role::Liaison;
    User::roleFromKey(m_role->currentData().toString(), &r);
    return r;
}

void EditUserDialog::setRole(User::Role r)
{
    m_role->setCurrentIndex(m_role->findData(User::roleKey(r)));
}

void EditUserDialog::setUnit(const QString &unit)
{
    m_unit->setCurrentIndex(m_unit->findText(unit));
}

void EditUserDialog::accept()
{
    const User actor = m_session->user().value_or(User());
    const User::Role r = role();
    QString error;
    if (m_session->auth().updateUser(actor, m_user.login, m_name->text(), r,
                                     r == User::Role::Liaison ? m_unit->currentText() : QString(), &error)) {
        QDialog::accept();
        return;
    }
    m_message->setText(error);
}
