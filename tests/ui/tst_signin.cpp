// Signing in: the first administrator of a new database, the example accounts of a
// demo database, wrong passwords and the lock, and the pages each role gets.

#include "accounts/userspage.h"
#include "accounts/usertablemodel.h"
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "firstadmindialog.h"
#include "mainwindow.h"
#include "modeltesting.h"
#include "session/session.h"
#include "signindialog.h"

#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void firstAdministratorIsChosenOnScreen();
    void demoOffersExampleAccounts();
    void wrongPasswordsLockTheAccount();
    void rolesGetTheirPages_data();
    void rolesGetTheirPages();

private:
    QString demoPath();
    QTemporaryDir m_dir;
};

QString TestSignIn::demoPath()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFileInfo::exists(path) && !DemoFixture::copyTo(path))
        qFatal("cannot copy the demo database");
    return path;
}

void TestSignIn::firstAdministratorIsChosenOnScreen()
{
    Database db;
    QVERIFY(PlanDatabase::open(db, m_dir.filePath(QStringLiteral("new.sqlite"))));
    AuthService auth(db.connection());
    QVERIFY(auth.needsFirstAdministrator());
    FirstAdminDialog dialog(&auth);
    QVERIFY(!dialog.tryCreate(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("secret-one"),
                              QStringLiteral("secret-two")));
    QVERIFY2(dialog.message().contains(QStringLiteral("differ")), qPrintable(dialog.message()));
    QVERIFY(!dialog.tryCreate(QStringLiteral("admin"), QString(), QStringLiteral("short"), QStringLiteral("short")));
    QVERIFY2(dialog.message().contains(QStringLiteral("at least 8 characters")), qPrintable(dialog.message()));
    QVERIFY(auth.needsFirstAdministrator());
    QVERIFY(dialog.tryCreate(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("long enough"),
                             QStringLiteral("long enough")));
    QVERIFY(!auth.needsFirstAdministrator());

    SignInDialog signIn(&auth, false);
    QVERIFY(!signIn.findChild<QComboBox *>()); // no example accounts outside a demo
    QVERIFY(signIn.trySignIn(QStringLiteral("admin"), QStringLiteral("long enough")));
    QCOMPARE(signIn.user().role, User::Role::Admin);
}

void TestSignIn::demoOffersExampleAccounts()
{
    Database db;
    QVERIFY(PlanDatabase::open(db, demoPath()));
    AuthService auth(db.connection());
    SignInDialog dialog(&auth, true);
    auto *examples = dialog.findChild<QComboBox *>();
    QVERIFY(examples);
    QCOMPARE(examples->count(), DemoData::accounts().size() + 1);
    examples->setCurrentIndex(examples->findData(QStringLiteral("weijian")));
    static_cast<QDialog &>(dialog).accept(); // as the Sign in button does
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().unit, QStringLiteral("区卫健委"));
}

void TestSignIn::wrongPasswordsLockTheAccount()
{
    Database db;
    QVERIFY(PlanDatabase::open(db, demoPath()));
    AuthService auth(db.connection());
    SignInDialog dialog(&auth, true);
    for (int i = 1; i < AuthService::MaxFailures; ++i) {
        QVERIFY(!dialog.trySignIn(QStringLiteral("tiyu"), QStringLiteral("wrong password")));
        QCOMPARE(dialog.message(), QStringLiteral("The login name or the password is wrong."));
    }
    QVERIFY(!dialog.trySignIn(QStringLiteral("tiyu"), QStringLiteral("wrong password")));
    QVERIFY2(dialog.message().contains(QStringLiteral("locked")), qPrintable(dialog.message()));
    QVERIFY(!dialog.trySignIn(QStringLiteral("tiyu"), DemoData::examplePassword()));
    QVERIFY2(dialog.message().contains(QStringLiteral("locked")), qPrintable(dialog.message()));
    // An unknown login gets the same words as a wrong password.
    QVERIFY(!dialog.trySignIn(QStringLiteral("nobody"), QStringLiteral("whatever")));
    QCOMPARE(dialog.message(), QStringLiteral("The login name or the password is wrong."));
}

void TestSignIn::rolesGetTheirPages_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("tabs");
    QTest::newRow("administrator") << "admin"
                                   << QStringList{QStringLiteral("Indicator catalog"), QStringLiteral("Accounts"),
                                                  QStringLiteral("Review returns"),
                                                  QStringLiteral("Progress and warnings")};
    QTest::newRow("reviewer") << "fuergw"
                              << QStringList{QStringLiteral("Indicator catalog"), QStringLiteral("Review returns"),
                                             QStringLiteral("Progress and warnings")};
    QTest::newRow("liaison") << "weijian"
                             << QStringList{QStringLiteral("Annual return"), QStringLiteral("Indicator catalog")};
}

void TestSignIn::rolesGetTheirPages()
{
    QFETCH(QString, login);
    QFETCH(QStringList, tabs);
    MainWindow window;
    QVERIFY(window.openDatabase(demoPath()));
    const std::optional<User> user = UserRepository(window.session()->database()->connection()).user(login);
    QVERIFY(user);
    window.setUser(*user);
    QStringList shown;
    for (int i = 0; i < window.tabs()->count(); ++i)
        shown << window.tabs()->tabText(i);
    for (const QString &t : tabs)
        QVERIFY2(shown.contains(t), qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY(window.windowTitle().contains(user->displayName));
    if (user->role == User::Role::Admin) {
        auto *page = window.findChild<UsersPage *>();
        QVERIFY(page);
        const auto testers = attachModelTesters<UserTableModel>(page);
        QCOMPARE(testers.size(), size_t(1));
        QCOMPARE(page->view()->model(), testers.front()->model());
        QCOMPARE(page->view()->model()->rowCount(), DemoData::accounts().size());
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
