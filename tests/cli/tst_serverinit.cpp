// `fuer-monitor --db URI server init` on an empty server database, as the IT
// department runs it: schema, catalog, group roles, policies and the first
// administrator, a login of the server; run again it says what is already there.
// The administrator then adds a liaison of 区卫健委 and a reviewer with `users add`
// under its own login; the liaison imports its values under its own login (drafts,
// audited by the server under that login) and cannot import another unit's or
// manage accounts; `users list` shows each login what it may see. Runs only on the
// test server (FUER_TEST_PG).
#include "clirunner.h"
#include "pgtestserver.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "workflow/demodata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestServerInit : public QObject
{
    Q_OBJECT

private slots:
    void initThenAccountsThenAReturn();
    void initRefusesAFile();
    void desktopFileMovesToTheServerAndBack();
    void upgradeFromAnOlderSchema();
};

namespace {
QString uriAs(const PgTestServer &pg, const QString &login, const QString &password)
{
    PgConnectionSpec spec = pg.spec();
    spec.user = login;
    spec.password = password;
    return spec.toUri();
}
} // namespace

void TestServerInit::initThenAccountsThenAReturn()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    QTemporaryDir home;
    const QString boss = pg.uniqueRoleName(QStringLiteral("boss"));
    const QString liaison = pg.uniqueRoleName(QStringLiteral("weijian"));
    const QString reviewer = pg.uniqueRoleName(QStringLiteral("fuergw"));
    const QByteArray bossPass = "boss password 2026";

    Cli::Result r = Cli::run(
        home.path(), {"--lang", "en", "--db", pg.uri(), "server", "init", boss, "--name", "信息科", "--password-stdin"},
        120000, bossPass + "\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const char *said : {"Group role fuer_liaison:", "Row-level security: 18 tables.",
                             "Audit and workflow triggers:", "created, a login of the server"})
        QVERIFY2(r.errText().contains(QLatin1String(said)), r.describe().constData());
    // Again: nothing new, the administrator already there (no password asked).
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "init", boss});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("already there, refreshed")), r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Administrator %1: already there").arg(boss)),
             r.describe().constData());

    // The administrator signs in with its own login and adds the two people.
    const QString asBoss = uriAs(pg, boss, QString::fromUtf8(bossPass));
    r = Cli::run(home.path(),
                 {"--lang", "en", "--db", asBoss, "users", "add", liaison, "--role", "liaison", "--unit", "区卫健委",
                  "--name", "王卫健", "--password-stdin"},
                 60000, "liaison password 1\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = Cli::run(home.path(),
                 {"--lang", "en", "--db", asBoss, "users", "add", reviewer, "--role", "reviewer", "--name", "审核员",
                  "--password-stdin"},
                 60000, "reviewer password 1\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = Cli::run(home.path(), {"--db", asBoss, "users", "list"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> all = Cli::csvRows(r.out);
    QVERIFY2(all.contains(QStringList({liaison, "王卫健", "liaison", "区卫健委", "enabled"})), r.out.constData());
    QVERIFY2(all.contains(QStringList({reviewer, "审核员", "reviewer", "", "enabled"})), r.out.constData());
    QVERIFY2(all.contains(QStringList({boss, "信息科", "admin", "", "enabled"})), r.out.constData());

    // The liaison: its own account only, its own values as drafts under its login.
    const QString asLiaison = uriAs(pg, liaison, QStringLiteral("liaison password 1"));
    r = Cli::run(home.path(), {"--db", asLiaison, "users", "list"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(Cli::csvRows(r.out).size(), 2);
    QCOMPARE(Cli::csvRows(r.out).at(1).value(0), liaison);
    QVERIFY(Cli::writeFile(home.filePath("own.csv"), "code,year,value\nW01,2026,97.5\nW03,2026,3.5\n"));
    r = Cli::run(home.path(), {"--lang", "en", "--db", asLiaison, "values", "import", home.filePath("own.csv")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(Cli::writeFile(home.filePath("other.csv"), "code,year,value\nW11,2026,99\n"));
    r = Cli::run(home.path(), {"--lang", "en", "--db", asLiaison, "values", "import", home.filePath("other.csv")});
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("W11 is reported by 区教委")), r.describe().constData());
    r = Cli::run(home.path(),
                 {"--lang", "en", "--db", asLiaison, "users", "add", "intruder", "--role", "admin", "--password-stdin"},
                 60000, "intruder password\n");
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Only the administrator")), r.describe().constData());

    // What the server stored and audited.
    QSqlDatabase owner = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("serverinit_owner"));
    {
        PgConnectionSpec spec = pg.spec();
        spec.applyTo(owner);
        QString error;
        QVERIFY2(spec.open(owner, &error), qPrintable(error));
        QSqlQuery q(owner);
        QVERIFY(
            q.exec(QStringLiteral("SELECT i.code, v.value, v.state, v.updated_by FROM indicator_values v"
                                  " JOIN indicators i ON i.id = v.indicator_id WHERE v.year = 2026 ORDER BY i.code")));
        QStringList stored;
        while (q.next())
            stored << QStringLiteral("%1 %2 %3 %4")
                          .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString());
        QCOMPARE(
            stored,
            (QStringList{QStringLiteral("W01 97.5 draft ") + liaison, QStringLiteral("W03 3.5 draft ") + liaison}));
        QVERIFY(q.exec(QStringLiteral("SELECT action, user_name FROM audit_log WHERE year = 2026 ORDER BY id")));
        QStringList audit;
        while (q.next())
            audit << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(audit, (QStringList{QStringLiteral("save ") + liaison, QStringLiteral("save ") + liaison}));
        QVERIFY(q.exec(QStringLiteral("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN ('%1', '%2', '%3')"
                                      " AND pg_has_role(rolname, 'fuer_liaison', 'member') ORDER BY 1")
                           .arg(boss, liaison, reviewer)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), liaison);
        QVERIFY(q.value(1).toBool());
        QVERIFY(!q.next());
    }
    owner = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("serverinit_owner"));
}

void TestServerInit::initRefusesAFile()
{
    QTemporaryDir home;
    const QString file = home.filePath("fuer.sqlite");
    const Cli::Result r = Cli::run(home.path(),
                                   {"--lang", "en", "--db", file, "server", "init", "boss", "--password-stdin"}, 60000,
                                   "boss password 2026\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--db must name a server database")), r.describe().constData());
    QVERIFY(!QFile::exists(file));
}

void TestServerInit::desktopFileMovesToTheServerAndBack()
{
    // The office's desktop file (the demo, with its accounts) into an empty server
    // database, `server init` making each account a login whose password is set
    // with `users passwd`, and the server's database back into a new file: the same
    // values and assessment byte for byte at every step.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    // The demo's logins are fixed names: none may be left from an earlier run.
    QStringList logins;
    for (const DemoData::Account &a : DemoData::accounts())
        logins << a.login;
    const auto dropLogins = [&pg, &logins] {
        for (const QString &l : qAsConst(logins))
            pg.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(l));
    };
    dropLogins();
    QTemporaryDir home;
    const QString file = home.filePath("desk.sqlite");
    Cli::Result r = Cli::run(home.path(), {"demo", "--out", file}, 120000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const auto valuesOf = [&home](const QString &db) {
        return Cli::run(home.path(), {"--db", db, "values", "export"}, 120000).out;
    };
    const auto assessmentOf = [&home](const QString &db) {
        return Cli::run(home.path(), {"--db", db, "assess", "--year", "2025", "--by-area"}, 120000).out;
    };
    const QByteArray values = valuesOf(file);
    const QByteArray assessment = assessmentOf(file);
    QVERIFY(values.count('\n') > 400);

    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "import-sqlite", file}, 300000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    int stored = 0;
    {
        QSqlDatabase desk = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("desk"));
        desk.setDatabaseName(file);
        QVERIFY(desk.open());
        QSqlQuery q(desk);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM indicator_values")) && q.next());
        stored = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("desk"));
    QVERIFY(stored > 400);
    QVERIFY2(r.errText().contains(QStringLiteral("indicator_values: %1 rows").arg(stored)), r.describe().constData());
    QCOMPARE(valuesOf(pg.uri()), values);
    QCOMPARE(assessmentOf(pg.uri()), assessment);

    const QString boss = pg.uniqueRoleName(QStringLiteral("boss"));
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "init", boss, "--password-stdin"}, 120000,
                 "boss password 2026\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Account weijian: now a login of the server")),
             r.describe().constData());
    // Its password set, the liaison signs in to the server as itself.
    PgConnectionSpec asBoss = pg.spec();
    asBoss.user = boss;
    asBoss.password = QStringLiteral("boss password 2026");
    r = Cli::run(home.path(), {"--db", asBoss.toUri(), "users", "passwd", "weijian", "--password-stdin"}, 60000,
                 "weijian on the server\n");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    PgConnectionSpec asWeijian = pg.spec();
    asWeijian.user = QStringLiteral("weijian");
    asWeijian.password = QStringLiteral("weijian on the server");
    r = Cli::run(home.path(), {"--db", asWeijian.toUri(), "users", "list"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(Cli::csvRows(r.out).value(1).value(0), QStringLiteral("weijian"));
    QCOMPARE(valuesOf(asWeijian.toUri()), values);

    // Once the server enforces its rules, a second copy into it is refused.
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "import-sqlite", file}, 120000);
    QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("server init ran")), r.describe().constData());

    // And back into a new file, whole; not over an existing one.
    const QString back = home.filePath("back.sqlite");
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "export-sqlite", back}, 300000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(!QFile::exists(back + QStringLiteral(".part")));
    QCOMPARE(valuesOf(back), values);
    QCOMPARE(assessmentOf(back), assessment);
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "export-sqlite", back}, 60000);
    QVERIFY2(r.exitCode == 1 && r.errText().contains(QStringLiteral("exists already")), r.describe().constData());
    dropLogins();
}

void TestServerInit::upgradeFromAnOlderSchema()
{
    // A server database an older program set up (schema 7), upgraded by the owner;
    // again, it says there is nothing to do; a newer one is refused unchanged.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("older"));
        PgConnectionSpec spec = pg.spec();
        spec.applyTo(db);
        QString error;
        QVERIFY2(spec.open(db, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE fuer_schema (application_id INTEGER NOT NULL,"
                                      " version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO fuer_schema VALUES (%1, 0)").arg(Database::ApplicationId)));
        QVERIFY2(Migrations::apply(db, 0, &error, 7), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM fuer_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    QTemporaryDir home;
    Cli::Result r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "upgrade"}, 120000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("was upgraded from schema 7 to %1.").arg(Migrations::latestVersion())),
             r.describe().constData());
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "upgrade"}, 120000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("is at schema %1 already").arg(Migrations::latestVersion())),
             r.describe().constData());
    QVERIFY(pg.exec(QStringLiteral("UPDATE fuer_schema SET version = %1").arg(Migrations::latestVersion() + 1)));
    r = Cli::run(home.path(), {"--lang", "en", "--db", pg.uri(), "server", "upgrade"}, 120000);
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("set up by a newer version of Fuer Monitor")),
             r.describe().constData());
}

QTEST_GUILESS_MAIN(TestServerInit)
#include "tst_serverinit.moc"
