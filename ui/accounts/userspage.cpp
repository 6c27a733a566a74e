#include "accounts/userspage.h"

#include "accounts/newuserdialog.h"
#include "accounts/usertablemodel.h"
#include "widgets/tableviews.h"

#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/authservice.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(Database *database, const User &admin, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_admin(admin)
    , m_model(new UserTableModel(this))
    , m_view(TableViews::makeReadOnly(m_model, QAbstractItemView::SingleSelection,
                                      TableViews::Option::StretchLastColumn))
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
    reload();
}

void UsersPage::reload()
{
    m_model->setUsers(UserRepository(m_database->connection()).users());
    m_view->resizeColumnsToContents();
}

const User *UsersPage::selected() const
{
    return m_model->userAt(m_view->currentIndex().row());
}

void UsersPage::createUser()
{
    NewUserDialog dialog(m_database, this);
    QString error;
    while (dialog.exec() == QDialog::Accepted) {
        if (AuthService(m_database->connection()).createUser(m_admin, dialog.user(), dialog.password(), &error)) {
            reload();
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
    if (!AuthService(m_database->connection()).setDisabled(m_admin, u->login, !u->disabled, &error))
        QMessageBox::warning(this, tr("Disable account"), error);
    reload();
}

void UsersPage::resetPassword()
{
    const User *u = selected();
    if (!u)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password for %1 (at least %2 characters):")
                                                       .arg(u->login)
                                                       .arg(AuthService::MinPasswordLength),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!AuthService(m_database->connection()).resetPassword(m_admin, u->login, password, &error))
        QMessageBox::warning(this, tr("Reset password"), error);
    else
        QMessageBox::information(this, tr("Reset password"), tr("The password of %1 was changed.").arg(u->login));
    reload();
}
