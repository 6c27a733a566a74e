#include "accounts/userspage.h"

#include "accounts/changepassworddialog.h"
#include "accounts/edituserdialog.h"
#include "accounts/newuserdialog.h"
#include "accounts/usertablemodel.h"
#include "widgets/tableviews.h"

#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
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
    , m_message(new QLabel)
{
    auto *create = new QPushButton(tr("&New account..."));
    auto *edit = new QPushButton(tr("&Edit account..."));
    edit->setObjectName(QStringLiteral("editAccount"));
    edit->setToolTip(tr("Change the name, role and unit of the selected account."));
    auto *disable = new QPushButton(tr("&Disable / enable"));
    auto *reset = new QPushButton(tr("&Reset password..."));
    reset->setObjectName(QStringLiteral("resetPassword"));
    connect(create, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(edit, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editSelected);
    connect(disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(edit);
    buttons->addWidget(disable);
    buttons->addWidget(reset);
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);

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
    // The selection survives a reload (an edit, a reset), by login.
    const User *current = selected();
    const QString login = current ? current->login : QString();
    m_model->setUsers(m_session->users());
    m_view->resizeColumnsToContents();
    if (!login.isEmpty())
        selectLogin(login);
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
    const QString login = u->login;
    ChangePasswordDialog dialog(m_session, login, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("The password of %1 was changed.").arg(login));
    reload();
}

void UsersPage::editSelected()
{
    const User *u = selected();
    if (!u)
        return;
    const User user = *u;
    EditUserDialog dialog(m_session, user, m_session->memberUnits(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("The account %1 was changed.").arg(user.login));
}

QString UsersPage::messageText() const
{
    return m_message->text();
}

bool UsersPage::selectLogin(const QString &login)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->userAt(r)->login == login) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            return true;
        }
    }
    return false;
}
