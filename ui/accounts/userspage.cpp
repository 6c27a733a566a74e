#include "accounts/userspage.h"

#include "accounts/newuserdialog.h"
#include "accounts/usertablemodel.h"
#include "widgets/tableviews.h"

#include "session/session.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserTableModel(this))
    , m_view(
          TableViews::makeReadOnly(m_model, QAbstractItemView::SingleSelection, TableViews::Option::StretchLastColumn))
{
    auto *create = new QPushButton(tr("&New account..."));
    auto *disable = new QPushButton(tr("&Disable / enable"));
    auto *reset = new QPushButton(tr("&Reset password..."));
    connect(create, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(disable);
    buttons->addWidget(reset);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    connect(m_session->notifier(), &ChangeNotifier::accountsChanged, this, &UsersPage::reload);
    connect(m_session->notifier(), &ChangeNotifier::databaseReplaced, this, &UsersPage::reload);
    reload();
}

User UsersPage::actor() const
{
    return m_session->user().value_or(User());
}

void UsersPage::reload()
{
    m_model->setUsers(m_session->users());
    m_view->resizeColumnsToContents();
}

const User *UsersPage::selected() const
{
    return m_model->userAt(m_view->currentIndex().row());
}

void UsersPage::createUser()
{
    NewUserDialog dialog(m_session->memberUnits(), this);
    QString error;
    while (dialog.exec() == QDialog::Accepted) {
        if (m_session->auth().createUser(actor(), dialog.user(), dialog.password(), &error)) {
            return;
        }
        QMessageBox::warning(this, tr("New account"), error);
    }
}

void UsersPage::toggleDisabled()
{
    const User *u = selected();
    if (!u)
        return;
    QString error;
    if (!m_session->auth().setDisabled(actor(), u->login, !u->disabled, &error))
        QMessageBox::warning(this, tr("Disable account"), error);
    reload();
}

void UsersPage::resetPassword()
{
    const User *u = selected();
    if (!u)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for %1 (at least %2 characters):").arg(u->login).arg(AuthService::MinPasswordLength),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!m_session->auth().resetPassword(actor(), u->login, password, &error))
        QMessageBox::warning(this, tr("Reset password"), error);
    else
        QMessageBox::information(this, tr("Reset password"), tr("The password of %1 was changed.").arg(u->login));
    reload();
}
