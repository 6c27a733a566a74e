// `fuer-monitor users …`, the same on a file and on a server (FUER_TEST_PG): add a
// liaison of 区卫健委 and a reviewer with the password on standard input, list them
// as CSV, set a password, disable and enable; each is then checked by signing in
// through AuthService on the same database, and each act is in the audit log under
// the machine's local administrator. Bad input is refused with a message and
// exit code, and changes nothing.
#include "clirunner.h"
#include "pgtestserver.h"

#include "catalog/plandatabase.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "workflow/authservice.h"

#include <QtTest>

class TestUsersCli : public QObject
{
    Q_OBJECT

private slots:
    void accountsOnAFile();
    void accountsOnTheServer();

private:
    void accountsOn(const QString &db);
};

namespace {
bool signsIn(const QString &db, const QString &login, const QString &password, QString *message = nullptr)
{
    Database d;
    if (!PlanDatabase::open(d, db))
        return false;
    const AuthService::SignIn s = AuthService(d.connection()).signIn(login, password);
    if (message)
        *message = s.message;
    return s.user.has_value();
}
} // namespace

void TestUsersCli::accountsOn(const QString &db)
{
    QTemporaryDir home;
    const QString pw = QStringLiteral("卫健委的长密码 2026");
    Cli::Result r = Cli::run(home.path(),
                             {"--lang", "en", "--db", db, "users", "add", "weijian", "--role", "liaison", "--unit",
                              "区卫健委", "--name", "王卫健", "--password-stdin"},
                             60000, pw.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("weijian")), r.describe().constData());
    r = Cli::run(home.path(),
                 {"--db", db, "users", "add", "fuergw", "--role", "reviewer", "--name", "审核员", "--password-stdin"},
                 60000, "another long password\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(signsIn(db, QStringLiteral("weijian"), pw));

    r = Cli::run(home.path(), {"--db", db, "users", "list", "--format", "csv"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QCOMPARE(rows.value(0), QStringList({"login", "name", "role", "unit", "state"}));
    QVERIFY2(rows.contains(QStringList({"weijian", "王卫健", "liaison", "区卫健委", "enabled"})), r.out.constData());
    QVERIFY2(rows.contains(QStringList({"fuergw", "审核员", "reviewer", "", "enabled"})), r.out.constData());

    // A new password; the old one no longer works.
    r = Cli::run(home.path(), {"--db", db, "users", "passwd", "weijian", "--password-stdin"}, 60000,
                 "the new long password\r\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(!signsIn(db, QStringLiteral("weijian"), pw));
    QVERIFY(signsIn(db, QStringLiteral("weijian"), QStringLiteral("the new long password")));

    r = Cli::run(home.path(), {"--db", db, "users", "disable", "weijian"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(!signsIn(db, QStringLiteral("weijian"), QStringLiteral("the new long password")));
    r = Cli::run(home.path(), {"--db", db, "users", "list"});
    QVERIFY(Cli::csvRows(r.out).contains(QStringList({"weijian", "王卫健", "liaison", "区卫健委", "disabled"})));
    r = Cli::run(home.path(), {"--db", db, "users", "enable", "weijian"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(signsIn(db, QStringLiteral("weijian"), QStringLiteral("the new long password")));

    // Every act audited, by the local administrator.
    {
        Database d;
        QVERIFY(PlanDatabase::open(d, db));
        int acts = 0;
        for (const AuditEntry &e : AuditRepository(d.connection()).history(QString(), 100)) {
            if (e.user.startsWith(QStringLiteral("local:")))
                ++acts;
        }
        QVERIFY2(acts >= 5, qPrintable(QString::number(acts)));
    }

    // Refused, nothing changed.
    const QByteArray before = Cli::run(home.path(), {"--db", db, "users", "list"}).out;
    struct Bad
    {
        QStringList args;
        QByteArray input;
        int exitCode;
        const char *says;
    };
    const QVector<Bad> bad = {
        {{"users", "add", "x1", "--role", "boss", "--password-stdin"}, "long enough password\n", 2, "--role: boss"},
        {{"users", "add", "x1", "--role", "reviewer"}, QByteArray(), 2, "--password-stdin"},
        {{"users", "add", "x1", "--role", "reviewer", "--password-stdin"}, "\n", 2, "no password"},
        {{"users", "add", "x1", "--role", "reviewer", "--password-stdin"}, "short\n", 1, "Password"},
        {{"users", "add", "weijian", "--role", "reviewer", "--password-stdin"}, "long enough password\n", 1, "weijian"},
        {{"users", "add", "x2", "--role", "liaison", "--unit", "区不存在局", "--password-stdin"},
         "long enough password\n",
         1,
         "区不存在局"},
        {{"users", "passwd", "nobody", "--password-stdin"}, "long enough password\n", 1, "nobody"},
        {{"users", "disable", "nobody"}, QByteArray(), 1, "nobody"},
        {{"users", "remove", "weijian"}, QByteArray(), 2, "users:"},
    };
    for (const Bad &b : bad) {
        r = Cli::run(home.path(), QStringList{"--lang", "en", "--db", db} + b.args, 60000, b.input);
        QVERIFY2(r.exitCode == b.exitCode, (b.args.join(QLatin1Char(' ')).toUtf8() + ": " + r.describe()).constData());
        QVERIFY2(r.errText().contains(QString::fromUtf8(b.says)),
                 (b.args.join(QLatin1Char(' ')).toUtf8() + ": " + r.describe()).constData());
    }
    QCOMPARE(Cli::run(home.path(), {"--db", db, "users", "list"}).out, before);
}

void TestUsersCli::accountsOnAFile()
{
    QTemporaryDir dir;
    accountsOn(dir.filePath(QStringLiteral("fuer.sqlite")));
}

void TestUsersCli::accountsOnTheServer()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    accountsOn(pg.uri());
}

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_userscli.moc"
