// Accounts people can manage (issue #15 item 5), in the window: Change my
// password... (current password, new, confirmation) from the File menu of every
// role; the Accounts page's Edit account... (name, role, unit for a liaison) and
// Reset password... with a confirmation field. OK stays disabled until the new
// password is long enough and confirmed; a wrong current password is refused in the
// dialog, which stays open; a changed password signs in and the old one no longer
// does; an edited role and unit show in the table.
#include "demofixture.h"
#include "dialogtesting.h"
#include "modeltesting.h"
#include "testdata.h"

#include "accounts/changepassworddialog.h"
#include "accounts/edituserdialog.h"
#include "accounts/userspage.h"
#include "accounts/usertablemodel.h"
#include "mainwindow.h"
#include "session/session.h"

#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace {
const QString kNewPassword = QStringLiteral("Neu-Passwort-2026");

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void okWaitsForAConfirmedPassword();
    void wrongCurrentPasswordKeepsTheDialogOpen();
    void changedPasswordSignsIn();
    void everyRoleFindsChangePasswordInTheMenu_data();
    void everyRoleFindsChangePasswordInTheMenu();
    void editChangesRoleAndUnitInTheTable();
    void editRefusalStaysInTheDialog();
    void resetPasswordNeedsTheConfirmation();

private:
    struct Fixture
    {
        std::unique_ptr<TempDatabase> db;
        std::unique_ptr<Session> session;
    };
    Fixture signedIn(const QString &login) const;
    static void type(QLineEdit *edit, const QString &text);

    QTemporaryDir m_dir;
};

void TestAccountDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("FuerMonitorTest"));
}

TestAccountDialogs::Fixture TestAccountDialogs::signedIn(const QString &login) const
{
    Fixture f;
    f.db = DemoFixture::open();
    f.session = std::make_unique<Session>(&f.db->database());
    f.session->setUser(TestData::signIn(f.db->connection(), login));
    return f;
}

void TestAccountDialogs::type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestAccountDialogs::okWaitsForAConfirmedPassword()
{
    const Fixture f = signedIn(QStringLiteral("weijian"));
    ChangePasswordDialog dialog(f.session.get());
    dialog.show();
    QVERIFY(dialog.currentPassword());
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messageText(), QStringLiteral("Type your current password."));
    type(dialog.currentPassword(), DemoData::examplePassword());
    QCOMPARE(dialog.messageText(), QStringLiteral("The new password needs at least 8 characters."));
    type(dialog.newPassword(), QStringLiteral("short"));
    type(dialog.confirmation(), QStringLiteral("short"));
    QVERIFY(!dialog.okButton()->isEnabled());
    type(dialog.newPassword(), kNewPassword);
    type(dialog.confirmation(), kNewPassword + QLatin1Char('x'));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messageText(), QStringLiteral("The confirmation does not match the new password."));
    // Return in a field does not get past the disabled OK.
    QTest::keyClick(dialog.confirmation(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(f.session->auth().signIn(QStringLiteral("weijian"), kNewPassword).user.has_value(), false);
    type(dialog.confirmation(), kNewPassword);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messageText(), QString());
    screenshot(&dialog, QStringLiteral("change-password-dialog"));
}

void TestAccountDialogs::wrongCurrentPasswordKeepsTheDialogOpen()
{
    const Fixture f = signedIn(QStringLiteral("weijian"));
    const QString hash = UserRepository(f.db->connection()).passwordHash(QStringLiteral("weijian"));
    ChangePasswordDialog dialog(f.session.get());
    dialog.show();
    type(dialog.currentPassword(), QStringLiteral("not-the-password"));
    type(dialog.newPassword(), kNewPassword);
    type(dialog.confirmation(), kNewPassword);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.messageText(), QStringLiteral("The current password is wrong."));
    // What was typed stays; the current password is to be typed again.
    QCOMPARE(dialog.newPassword()->text(), kNewPassword);
    QCOMPARE(UserRepository(f.db->connection()).passwordHash(QStringLiteral("weijian")), hash);
    screenshot(&dialog, QStringLiteral("change-password-wrong-current"));
}

void TestAccountDialogs::changedPasswordSignsIn()
{
    const Fixture f = signedIn(QStringLiteral("fuergw"));
    ChangePasswordDialog dialog(f.session.get());
    dialog.show();
    type(dialog.currentPassword(), DemoData::examplePassword());
    type(dialog.newPassword(), kNewPassword);
    type(dialog.confirmation(), kNewPassword);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    AuthService auth = f.session->auth();
    const AuthService::SignIn again = auth.signIn(QStringLiteral("fuergw"), kNewPassword);
    QVERIFY2(again.user, qPrintable(again.message));
    QCOMPARE(again.user->login, QStringLiteral("fuergw"));
    QVERIFY(!auth.signIn(QStringLiteral("fuergw"), DemoData::examplePassword()).user);
}

void TestAccountDialogs::everyRoleFindsChangePasswordInTheMenu_data()
{
    QTest::addColumn<QString>("login");
    for (const char *login : {"admin", "fuergw", "weijian"})
        QTest::newRow(login) << QString::fromLatin1(login);
}

void TestAccountDialogs::everyRoleFindsChangePasswordInTheMenu()
{
    QFETCH(QString, login);
    const QString path = m_dir.filePath(login + QStringLiteral(".sqlite"));
    QVERIFY(DemoFixture::copyTo(path));
    MainWindow window;
    QVERIFY2(window.openDatabase(path), qPrintable(window.lastError()));
    auto *action = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nobody signed in
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Change my &password..."));
    const std::optional<User> user = UserRepository(window.session()->database()->connection()).user(login);
    QVERIFY(user);
    window.setUser(*user);
    QVERIFY(action->isEnabled());
    QString account;
    QVERIFY(onDialog<ChangePasswordDialog>([action] { action->trigger(); },
                                           [&](ChangePasswordDialog *d) {
                                               type(d->currentPassword(), DemoData::examplePassword());
                                               type(d->newPassword(), kNewPassword);
                                               type(d->confirmation(), kNewPassword);
                                               QTest::mouseClick(d->okButton(), Qt::LeftButton);
                                           }));
    QVERIFY(window.session()->auth().signIn(login, kNewPassword).user);
}

void TestAccountDialogs::editChangesRoleAndUnitInTheTable()
{
    const Fixture f = signedIn(QStringLiteral("admin"));
    UsersPage page(f.session.get());
    const auto tester = attachModelTester(page.model());
    page.resize(1100, 600);
    page.show();
    QVERIFY(page.selectLogin(QStringLiteral("tongji")));
    bool unitWasDisabled = false;
    QVERIFY(onDialog<EditUserDialog>([&] { page.editSelected(); },
                                     [&](EditUserDialog *d) {
                                         unitWasDisabled = !d->unitBox()->isEnabled();
                                         QCOMPARE(d->nameEdit()->text(), QStringLiteral("区统计局审核员（示例）"));
                                         d->setRole(User::Role::Liaison);
                                         QVERIFY(d->unitBox()->isEnabled());
                                         d->setUnit(QStringLiteral("区体育局"));
                                         d->nameEdit()->setText(QStringLiteral("李统计")); // keyClicks types ASCII only
                                         screenshot(d, QStringLiteral("edit-account-dialog"));
                                         d->accept();
                                     }));
    QVERIFY(unitWasDisabled); // a reviewer has no unit
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (page.model()->userAt(r)->login == QLatin1String("tongji"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(ModelText::text(page.model(), row, UserTableModel::NameColumn), QStringLiteral("李统计"));
    QCOMPARE(ModelText::text(page.model(), row, UserTableModel::RoleColumn), QStringLiteral("Liaison"));
    QCOMPARE(ModelText::text(page.model(), row, UserTableModel::UnitColumn), QStringLiteral("区体育局"));
    QCOMPARE(page.messageText(), QStringLiteral("The account tongji was changed."));
    screenshot(&page, QStringLiteral("accounts-page"));
}

void TestAccountDialogs::editRefusalStaysInTheDialog()
{
    const Fixture f = signedIn(QStringLiteral("admin"));
    UsersPage page(f.session.get());
    page.show();
    QVERIFY(page.selectLogin(QStringLiteral("admin")));
    QString message;
    bool stayed = false;
    QVERIFY(onDialog<EditUserDialog>([&] { page.editSelected(); },
                                     [&](EditUserDialog *d) {
                                         d->setRole(User::Role::Reviewer);
                                         d->accept();
                                         stayed = d->isVisible();
                                         message = d->messageText();
                                     }));
    QVERIFY(stayed);
    QCOMPARE(message,
             QStringLiteral("admin is the last enabled administrator: make another account an administrator first."));
    QCOMPARE(f.session->storedUser(QStringLiteral("admin"))->role, User::Role::Admin);
    QCOMPARE(page.messageText(), QString());
}

void TestAccountDialogs::resetPasswordNeedsTheConfirmation()
{
    const Fixture f = signedIn(QStringLiteral("admin"));
    UsersPage page(f.session.get());
    page.show();
    QVERIFY(page.selectLogin(QStringLiteral("tiyu")));
    QVERIFY(onDialog<ChangePasswordDialog>([&] { page.resetPassword(); },
                                           [&](ChangePasswordDialog *d) {
                                               QVERIFY(!d->currentPassword()); // an administrator's reset
                                               QCOMPARE(d->windowTitle(), QStringLiteral("Reset password of tiyu"));
                                               type(d->newPassword(), kNewPassword);
                                               type(d->confirmation(), QStringLiteral("Neu-Passwort-2025"));
                                               QVERIFY(!d->okButton()->isEnabled());
                                               type(d->confirmation(), kNewPassword);
                                               QVERIFY(d->okButton()->isEnabled());
                                               QTest::mouseClick(d->okButton(), Qt::LeftButton);
                                           }));
    QCOMPARE(page.messageText(), QStringLiteral("The password of tiyu was changed."));
    QVERIFY(f.session->auth().signIn(QStringLiteral("tiyu"), kNewPassword).user);
}

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
