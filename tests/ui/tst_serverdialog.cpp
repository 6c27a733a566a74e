// 连接服务器 as a person meets it: the dialog builds the URI from its fields (TLS
// as libpq's sslmode), says what is missing, shows the server's refusal in the
// dialog and keeps the window's database open; the last connection that worked is
// remembered without its password. On the test server (FUER_TEST_PG) the window
// then names the server in its title and status bar, never the password, and hides
// the file backup an administrator has on a desktop database.
#include "demofixture.h"
#include "mainwindow.h"
#include "pgtestserver.h"
#include "return/returntablemodel.h"
#include "serverdialog.h"
#include "testdata.h"

#include "catalog/plandatabase.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/serversecurity.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheUriAndRemembersWithoutPassword();
    void refusalStaysInTheDialog();
    void windowOnTheServer();
    void windowSignsInAsTheServerLogin();
    void returnTableRetriesAfterADrop();

private:
    QTemporaryDir m_dir;
};

void TestServerDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("FuerMonitorTest"));
    QSettings().clear();
}

void TestServerDialog::buildsTheUriAndRemembersWithoutPassword()
{
    QString tried;
    ServerDialog dialog([&tried](const QString &uri, QString *) {
        tried = uri;
        return true;
    });
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text().isEmpty());
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(dialog.message().contains(QStringLiteral("Server")), qPrintable(dialog.message()));
    QVERIFY(tried.isEmpty());

    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.fuer.example"));
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(dialog.message().contains(QStringLiteral("Database")), qPrintable(dialog.message()));
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("fuer"));
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(dialog.message().contains(QStringLiteral("User")), qPrintable(dialog.message()));
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("wei jian"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret:@/"));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(6543);
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tls"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    QVERIFY(dialog.tryConnect());
    QCOMPARE(tried,
             QStringLiteral("postgresql://wei%20jian:s3cret%3A%40%2F@db.fuer.example:6543/fuer?sslmode=verify-full"));
    ServerAddress back;
    QVERIFY(Session::serverAddress(tried, &back));
    QCOMPARE(back.user, QStringLiteral("wei jian"));
    QCOMPARE(back.port, 6543);
    QCOMPARE(back.sslMode, QStringLiteral("verify-full"));
    QVERIFY(back.password.isEmpty());

    // Remembered, without the password, and filled in the next time.
    QSettings().sync();
    QFile ini(QSettings().fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY2(stored.contains("db.fuer.example"), stored.constData());
    QVERIFY2(!stored.contains("s3cret"), stored.constData());
    ServerDialog again([](const QString &, QString *) { return false; });
    QCOMPARE(again.address().host, QStringLiteral("db.fuer.example"));
    QCOMPARE(again.address().port, 6543);
    QCOMPARE(again.address().database, QStringLiteral("fuer"));
    QCOMPARE(again.address().user, QStringLiteral("wei jian"));
    QCOMPARE(again.address().sslMode, QStringLiteral("verify-full"));
    QVERIFY(again.address().password.isEmpty());
}

void TestServerDialog::refusalStaysInTheDialog()
{
    const QString file = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(file));
    MainWindow window;
    QVERIFY2(window.openDatabase(file), qPrintable(window.lastError()));
    ServerDialog dialog([&window](const QString &uri, QString *error) {
        if (window.openDatabase(uri))
            return true;
        *error = window.lastError();
        return false;
    });
    ServerAddress nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.database = QStringLiteral("fuer");
    nowhere.user = QStringLiteral("fuergw");
    nowhere.password = QStringLiteral("pw");
    nowhere.sslMode = QStringLiteral("disable");
    dialog.setAddress(nowhere);
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(dialog.message().contains(QStringLiteral("127.0.0.1:1/fuer")), qPrintable(dialog.message()));
    QVERIFY2(!dialog.message().contains(QStringLiteral("pw")), qPrintable(dialog.message()));
    // The fields stay as typed; the window keeps its file.
    QCOMPARE(dialog.address().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(window.session()->path(), file);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("demo.sqlite")));
    QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("whereLabel"))->text().contains(file));
}

void TestServerDialog::windowOnTheServer()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    MainWindow window;
    ServerDialog dialog([&window](const QString &uri, QString *error) {
        if (window.openDatabase(uri))
            return true;
        *error = window.lastError();
        return false;
    });
    ServerAddress a;
    a.host = pg.spec().host;
    a.port = pg.spec().port;
    a.database = pg.databaseName();
    a.user = pg.spec().user;
    a.password = QStringLiteral("wrong");
    a.sslMode = QStringLiteral("disable");
    dialog.setAddress(a);
    QVERIFY(!dialog.tryConnect());
    QVERIFY2(dialog.message().contains(pg.databaseName()), qPrintable(dialog.message()));
    QVERIFY(!window.session()->isOpen());

    a.password = pg.spec().password;
    dialog.setAddress(a);
    QVERIFY2(dialog.tryConnect(), qPrintable(dialog.message()));
    QVERIFY(window.session()->isServer());
    const QString where = QStringLiteral("%1:%2/%3").arg(a.host).arg(a.port).arg(a.database);
    QVERIFY2(window.windowTitle().startsWith(where), qPrintable(window.windowTitle()));
    const QString status = window.statusBar()->findChild<QLabel *>(QStringLiteral("whereLabel"))->text();
    QVERIFY2(status.contains(where), qPrintable(status));
    QVERIFY(!window.windowTitle().contains(a.password));
    QVERIFY(!status.contains(a.password));

    // The first administrator of a new database, then the window as that person.
    QString error;
    const QString password = QStringLiteral("a long enough password 2026");
    QVERIFY2(window.session()->auth().createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                               password, &error),
             qPrintable(error));
    const AuthService::SignIn in = window.session()->auth().signIn(QStringLiteral("admin"), password);
    QVERIFY2(in.user, qPrintable(in.message));
    window.setUser(*in.user);
    QVERIFY(window.windowTitle().contains(QStringLiteral("管理员")));
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text().contains(QStringLiteral("Administration")))
            QVERIFY2(!menu->isVisible(), "no file backup on a server");
    }
}

void TestServerDialog::windowSignsInAsTheServerLogin()
{
    // After `server init` the server checks the password: the window signs in as the
    // connection's login's account at once, with no second password asked.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    const QString login = pg.uniqueRoleName(QStringLiteral("liaison"));
    const QString password = QStringLiteral("liaison password 2026");
    {
        Database db;
        QVERIFY2(PlanDatabase::open(db, pg.uri()), qPrintable(db.errorString()));
        QStringList said;
        QString error;
        QVERIFY2(ServerSecurity::install(db.connection(), &said, &error), qPrintable(error));
        User owner;
        owner.login = ServerSecurity::sessionLogin(db.connection());
        owner.role = User::Role::Admin;
        User l;
        l.login = login;
        l.displayName = QStringLiteral("王卫健");
        l.role = User::Role::Liaison;
        l.unit = QStringLiteral("区卫健委");
        QVERIFY2(AuthService(db.connection()).createUser(owner, l, password, &error), qPrintable(error));
    }
    PgConnectionSpec spec = pg.spec();
    spec.user = login;
    spec.password = password;
    MainWindow window;
    QVERIFY2(window.openDatabase(spec.toUri()), qPrintable(window.lastError()));
    // Any dialog opening here would be a second sign-in: close it and fail.
    bool dialogShown = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&dialogShown] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogShown = true;
            modal->close();
        }
    });
    watch.start(50);
    QVERIFY(window.signInInteractively());
    watch.stop();
    QVERIFY(!dialogShown);
    QCOMPARE(window.session()->user()->login, login);
    QCOMPARE(window.session()->user()->unit, QStringLiteral("区卫健委"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("王卫健")), qPrintable(window.windowTitle()));
    QTabWidget *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs && tabs->count() > 0);
}

void TestServerDialog::returnTableRetriesAfterADrop()
{
    // The server ends the desk's connection in the middle of saving a typed value:
    // the row is not shown as saved, keeps what was typed, and the next round of
    // saving (the page's retry) stores it once the connection is made again.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    qputenv("FUER_TEST_BACKEND", "pg");
    const std::unique_ptr<TempDatabase> demo = DemoFixture::open();
    qunsetenv("FUER_TEST_BACKEND");
    Session desk;
    QVERIFY2(desk.open(demo->path()), qPrintable(desk.errorString()));
    desk.setUser(TestData::user(demo->connection(), QStringLiteral("weijian")));
    QVERIFY(PgTestServer::dropNextValueWrite(demo->connection(), nullptr));

    ReturnTableModel model(&desk);
    model.load(2027);
    const int row = model.rowOfCode(QStringLiteral("W04"));
    QVERIFY(model.setData(model.index(row, ReturnTableModel::ValueColumn), QStringLiteral("93.4")));
    model.saveSome(1000);
    const ReturnRow *r = model.rowAt(row);
    QCOMPARE(r->save, ReturnRow::Save::Pending);
    QVERIFY2(r->saveError.contains(QStringLiteral("connection to the server was lost")), qPrintable(r->saveError));
    QCOMPARE(r->value, QStringLiteral("93.4"));
    QVERIFY(!r->stored);
    QVERIFY(!TestData::value(demo->connection(), QStringLiteral("W04"), 2027));
    QCOMPARE(model.pendingCount(), 1);

    QVERIFY(!model.saveSome(1000)); // the retry
    QCOMPARE(model.rowAt(row)->save, ReturnRow::Save::Clean);
    QVERIFY(model.rowAt(row)->stored && model.rowAt(row)->stored->value == 93.4);
    QCOMPARE(TestData::value(demo->connection(), QStringLiteral("W04"), 2027)->value, 93.4);
    QCOMPARE(TestData::audit(demo->connection(), QStringLiteral("W04"), 2027).size(), 1);
}

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
