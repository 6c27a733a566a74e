// The command line on a PostgreSQL server (`--db postgresql://…`): the demo written
// into a new server database gives byte for byte the same assessment, completeness,
// value export and report text as the demo file; imports are all or nothing there
// too; a server that cannot be reached, a database that is not ours and one of a
// newer schema are refused with a message naming host and database, unchanged.
#include "clirunner.h"
#include "killloop.h"
#include "pgtestserver.h"

#include "storage/migrations.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void demoOnServerMatchesTheFile();
    void importOnServerIsAllOrNothing();
    void killedImportLeavesTheServerAsItWas();
    void refusesWhatIsNotOurs();
};

namespace {
// The report's text, without the minutes at which the two demos were made (the
// submission times the report lists).
QString reportText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d")), QStringLiteral("<time>"));
    return text;
}
} // namespace

void TestServerCli::demoOnServerMatchesTheFile()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString server = pg.uri();
    Cli::Result r = Cli::run(dir.path(), {"demo", "--out", file});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = Cli::run(dir.path(), {"demo", "--out", server});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(pg.databaseName()), r.describe().constData());
    QVERIFY2(!r.errText().contains(pg.spec().password), "the message shows no password");

    // Never a second time, never over data.
    r = Cli::run(dir.path(), {"--lang", "en", "demo", "--out", server});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(pg.databaseName()) && r.errText().contains(QStringLiteral("not changed")),
             r.describe().constData());

    for (int year = 2021; year <= 2025; ++year) {
        const QString y = QString::number(year);
        const Cli::Result a = Cli::run(dir.path(), {"--db", file, "assess", "--year", y, "--by-area"});
        const Cli::Result b = Cli::run(dir.path(), {"--db", server, "assess", "--year", y, "--by-area"});
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, (a.describe() + b.describe()).constData());
        QVERIFY(a.out.count('\n') > 89);
        QCOMPARE(b.out, a.out);
        const Cli::Result c = Cli::run(dir.path(), {"--db", file, "completeness", "--year", y});
        const Cli::Result d = Cli::run(dir.path(), {"--db", server, "completeness", "--year", y});
        QVERIFY2(c.exitCode == 0 && d.exitCode == 0, (c.describe() + d.describe()).constData());
        QCOMPARE(d.out, c.out);
    }
    const Cli::Result e = Cli::run(dir.path(), {"--db", file, "values", "export"});
    const Cli::Result f = Cli::run(dir.path(), {"--db", server, "values", "export"});
    QVERIFY2(e.exitCode == 0 && f.exitCode == 0, (e.describe() + f.describe()).constData());
    QVERIFY(e.out.count('\n') > 500);
    QCOMPARE(f.out, e.out);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the report text is not compared");
    for (const char *kind : {"annual", "midterm"}) {
        const QString a = dir.filePath(QStringLiteral("file-%1.pdf").arg(QLatin1String(kind)));
        const QString b = dir.filePath(QStringLiteral("server-%1.pdf").arg(QLatin1String(kind)));
        r = Cli::run(dir.path(), {"--db", file, "report", "--year", "2025", "--kind", kind, "--out", a}, 120000);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = Cli::run(dir.path(), {"--db", server, "report", "--year", "2025", "--kind", kind, "--out", b}, 120000);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString textA = reportText(a);
        QVERIFY(textA.contains(QStringLiteral("报告年度：2025年")) || textA.contains(QStringLiteral("2025")));
        QCOMPARE(reportText(b), textA);
    }
}

void TestServerCli::importOnServerIsAllOrNothing()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    QTemporaryDir dir;
    const QString server = pg.uri();
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    QByteArray rows("code,year,value,numerator,denominator,source,note,area\n");
    for (int i = 0; i < 3000; ++i)
        rows += QByteArray("W01,2025,") + QByteArray::number(60 + i % 30) + ",,,统计年报,\"含\t制表符\",镇街"
            + QByteArray::number(i) + "\n";
    QVERIFY(Cli::writeFile(csv, rows));
    Cli::Result r = Cli::run(dir.path(), {"--db", server, "values", "import", csv, "--add-areas"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const Cli::Result before = Cli::run(dir.path(), {"--db", server, "values", "export"});
    QCOMPARE(before.outText().count(QStringLiteral(",镇街")), 3000);
    QVERIFY(before.outText().contains(QStringLiteral("含\t制表符")));

    // A bad row far down: nothing of the file is written.
    QByteArray bad = rows;
    bad.replace("W01,2025,65,", "W01,2025,6 5,");
    bad.replace("镇街", "乡");
    const QString badCsv = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(Cli::writeFile(badCsv, bad + "W01,2025,abc,,,,,乡9999\n"));
    r = Cli::run(dir.path(), {"--lang", "en", "--db", server, "values", "import", badCsv, "--add-areas"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("nothing was written")), r.describe().constData());
    const Cli::Result after = Cli::run(dir.path(), {"--db", server, "values", "export"});
    QCOMPARE(after.out, before.out);
}

void TestServerCli::killedImportLeavesTheServerAsItWas()
{
    // `values import` killed with SIGKILL while its transaction is open on the
    // server, at moments spread over its writing: the server rolls the whole
    // transaction back when the connection goes, so no value, audit row or area
    // of it is left, nothing stays locked, and the next import stores everything.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    QTemporaryDir dir;
    const QString server = pg.uri();
    Cli::Result r = Cli::run(dir.path(), {"--db", server, "catalog"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QString csv = dir.filePath(QStringLiteral("many.csv"));
    QByteArray rows("code,year,value,numerator,denominator,source,note,area\n");
    int count = 0;
    for (int area = 1; count < 60000; ++area) {
        for (const char *code : {"W01", "W04"}) {
            for (int year = 2020; year <= 2030; ++year, ++count)
                rows += QByteArray(code) + ',' + QByteArray::number(year) + ',' + QByteArray::number(60 + count % 30)
                    + ",,,统计年报,,镇街" + QByteArray::number(area) + '\n';
        }
    }
    QVERIFY(Cli::writeFile(csv, rows));

    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("killed-import"));
    pg.spec().applyTo(admin);
    QString error;
    QVERIFY2(pg.spec().open(admin, &error), qPrintable(error));
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(admin);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM indicator_values) * 1000000"
                                          " + (SELECT count(*) FROM audit_log) * 1000 + (SELECT count(*) FROM areas)");
    const qint64 before = scalar(counts);
    QVERIFY(before > 0);
    const QString others = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                          " AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
    const QString openTransactions = others + QStringLiteral(" AND xact_start IS NOT NULL");
    int killedInTransaction = 0;
    for (const int delayMs : {0, 150, 400, 900}) {
        QProcess p;
        Kill::startCli(&p, dir.path(), {"--db", server, "values", "import", csv, "--add-areas"});
        // Until the import's transaction is open, then a while into its writing.
        QElapsedTimer waited;
        waited.start();
        while (scalar(openTransactions) < 1 && waited.elapsed() < 20000 && p.state() == QProcess::Running)
            QThread::msleep(5);
        QThread::msleep(quint64(delayMs));
        if (scalar(openTransactions) >= 1)
            ++killedInTransaction;
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        // The server notices the connection is gone and rolls it back.
        waited.restart();
        while (scalar(others) > 0 && waited.elapsed() < 20000)
            QThread::msleep(20);
        QCOMPARE(scalar(others), 0);
        QCOMPARE(scalar(counts), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                                       " WHERE d.datname = current_database() AND l.pid <> pg_backend_pid()")),
                 0);
    }
    QVERIFY2(killedInTransaction >= 3, qPrintable(QString::number(killedInTransaction)));
    r = Cli::run(dir.path(), {"--db", server, "values", "import", csv, "--add-areas"}, 120000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator_values")) - before / 1000000, qint64(count));
    admin.close();
}

void TestServerCli::refusesWhatIsNotOurs()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    QTemporaryDir dir;

    // Nothing listens on port 1.
    PgConnectionSpec nowhere = pg.spec();
    nowhere.port = 1;
    Cli::Result r = Cli::run(dir.path(), {"--lang", "en", "--db", nowhere.toUri(), "catalog"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("127.0.0.1")) && r.errText().contains(pg.databaseName()),
             r.describe().constData());

    // Another program's database: refused, and left as it was.
    QVERIFY(pg.exec(QStringLiteral("CREATE TABLE theirs (x INTEGER)")));
    r = Cli::run(dir.path(), {"--lang", "en", "--db", pg.uri(), "catalog"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(pg.databaseName()) && r.errText().contains(QStringLiteral("fuer_schema")),
             r.describe().constData());
    QString error;
    QVERIFY(!pg.exec(QStringLiteral("SELECT 1 FROM fuer_schema"), &error));
    QVERIFY(pg.exec(QStringLiteral("DROP TABLE theirs")));

    // Ours, then set up by a newer program: refused with both versions, unchanged.
    r = Cli::run(dir.path(), {"--db", pg.uri(), "catalog"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const int newer = Migrations::latestVersion() + 1;
    QVERIFY(pg.exec(QStringLiteral("UPDATE fuer_schema SET version = %1").arg(newer)));
    r = Cli::run(dir.path(), {"--lang", "en", "--db", pg.uri(), "catalog"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QString::number(newer)) && r.errText().contains(pg.databaseName()),
             r.describe().constData());
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
