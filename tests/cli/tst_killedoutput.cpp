// Every output of the command line but the report (tst_killedreport) killed with
// SIGKILL at moments spread over its run: `demo --out` (the database opens, passes
// integrity_check, and the next `demo --out` works), `values export` CSV and
// XLSX, `assess --format xlsx`, `template`, `catalog`. The target is always the
// previous complete file or the complete new one; /dev/null stays a device; a
// FIFO receives the whole file.
#include "catalog/plandatabase.h"
#include "killloop.h"
#include "testzip.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QtTest>

#include <QSqlQuery>

namespace {

bool databaseIsWhole(const QString &path, QString *why)
{
    bool ok = false;
    {
        Database db;
        if (!PlanDatabase::open(db, path)) {
            *why = db.errorString();
            return false;
        }
        QSqlQuery q(db.connection());
        ok = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
            && q.value(0).toString() == QLatin1String("ok");
        if (!ok)
            *why = QStringLiteral("%1: integrity_check: %2").arg(path, q.value(0).toString());
        else if (!SettingsRepository(db.connection()).isDemo()) {
            ok = false;
            *why = QStringLiteral("%1 is not marked as demo data").arg(path);
        }
    }
    return ok;
}

bool xlsxIsWhole(const QString &path, QString *why)
{
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, why);
    if (parts.isEmpty() || !parts.contains(QStringLiteral("xl/workbook.xml"))
        || !parts.contains(QStringLiteral("xl/worksheets/sheet1.xml"))) {
        *why = QStringLiteral("%1: not a whole workbook: %2").arg(path, *why);
        return false;
    }
    return true;
}

// A CSV with exactly `rows` rows (header included).
Kill::Check csvWith(int rows)
{
    return [rows](const QString &path, QString *why) {
        const int n = int(Cli::csvRows(Cli::readFile(path)).size());
        if (n == rows)
            return true;
        *why = QStringLiteral("%1: %2 rows, expected %3").arg(path).arg(n).arg(rows);
        return false;
    };
}

} // namespace

class TestKilledOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDemoLeavesAWholeDatabase();
    void killedExportsLeaveWholeFiles_data();
    void killedExportsLeaveWholeFiles();
    void deviceTargetStaysADevice_data();
    void deviceTargetStaysADevice();
    void fifoTargetGetsTheFile_data();
    void fifoTargetGetsTheFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void commands();

    QTemporaryDir m_dir;
    QString m_demo;
    int m_valueRows = 0;
    int m_catalogRows = 0;
};

void TestKilledOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Cli::Result r = Cli::run(m_dir.path(), {"demo", "--out", m_demo});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const Cli::Result values = Cli::run(m_dir.path(), {"values", "export", "--db", m_demo});
    m_valueRows = int(Cli::csvRows(values.out).size());
    QVERIFY(m_valueRows > 89);
    const Cli::Result catalog = Cli::run(m_dir.path(), {"catalog", "--db", m_demo});
    m_catalogRows = int(Cli::csvRows(catalog.out).size());
    QCOMPARE(m_catalogRows, 90);
}

void TestKilledOutput::killedDemoLeavesAWholeDatabase()
{
    const QString out = path(QStringLiteral("killed-demo.sqlite"));
    const Kill::Outcome o = Kill::loop(m_dir.path(), {"demo", "--out", out}, out, databaseIsWhole, 30);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
    QVERIFY2(o.keptPrevious > 0, qPrintable(Kill::describe(o)));
    // After all those kills `demo --out` still takes the file for a demo and replaces it.
    const Cli::Result again = Cli::run(m_dir.path(), {"demo", "--out", out});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QString why;
    QVERIFY2(databaseIsWhole(out, &why), qPrintable(why));
}

void TestKilledOutput::commands()
{
    QTest::addColumn<QStringList>("arguments"); // --out is appended
    QTest::addColumn<QString>("kind");          // xlsx or csv
    QTest::addColumn<int>("rows");              // CSV rows
    QTest::newRow("values export csv") << QStringList{"values", "export", "--db", m_demo} << "csv" << m_valueRows;
    QTest::newRow("values export xlsx") << QStringList{"values", "export", "--db", m_demo, "--format", "xlsx"} << "xlsx"
                                        << 0;
    QTest::newRow("assess xlsx") << QStringList{"assess", "--db", m_demo, "--year", "2025", "--format", "xlsx"}
                                 << "xlsx" << 0;
    QTest::newRow("template") << QStringList{"template", "--db", m_demo, "--unit", QStringLiteral("区卫健委"),
                                             "--year",   "2026"}
                              << "xlsx" << 0;
    QTest::newRow("catalog csv") << QStringList{"catalog", "--db", m_demo} << "csv" << m_catalogRows;
}

void TestKilledOutput::killedExportsLeaveWholeFiles_data()
{
    commands();
}

void TestKilledOutput::killedExportsLeaveWholeFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString out = path(QStringLiteral("killed-%1.%2").arg(QTest::currentDataTag()).arg(kind).replace(' ', '-'));
    const Kill::Check check = kind == QLatin1String("xlsx") ? Kill::Check(xlsxIsWhole) : csvWith(rows);
    const Kill::Outcome o = Kill::loop(m_dir.path(), arguments + QStringList{"--out", out}, out, check, 20);
    qInfo("%s", qPrintable(Kill::describe(o)));
    QVERIFY2(o.failures == 0, qPrintable(Kill::describe(o)));
}

void TestKilledOutput::deviceTargetStaysADevice_data()
{
    commands();
    QTest::newRow("demo") << QStringList{"demo"} << "sqlite" << 0;
}

void TestKilledOutput::deviceTargetStaysADevice()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, kind);
    const QString device = Kill::nullDevice(m_dir.path());
    QVERIFY2(!device.isEmpty(), "cannot make a null device node");
    // Also through a link: links to devices are followed, not replaced.
    const QString link = path(QStringLiteral("null-%1.%2").arg(QString::number(qHash(QTest::currentDataTag())), kind));
    QVERIFY(QFile::link(device, link));
    for (const QString &out : {device, link}) {
        const Cli::Result r = Cli::run(m_dir.path(), arguments + QStringList{"--out", out});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(Kill::isCharDevice(device),
                 qPrintable(QStringLiteral("%1 was replaced by a regular file").arg(device)));
    }
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestKilledOutput::fifoTargetGetsTheFile_data()
{
    commands();
    QTest::newRow("demo") << QStringList{"demo"} << "sqlite" << 0;
}

void TestKilledOutput::fifoTargetGetsTheFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString fifo = path(QStringLiteral("fifo-%1").arg(QString::number(qHash(QTest::currentDataTag()))));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    int exitCode = -1;
    const QByteArray bytes = Kill::throughFifo(m_dir.path(), arguments + QStringList{"--out", fifo}, fifo, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(Kill::isFifo(fifo), "the FIFO was replaced");
    const QString copy = fifo + QStringLiteral(".received.") + kind;
    QVERIFY(Cli::writeFile(copy, bytes));
    QString why;
    if (kind == QLatin1String("xlsx"))
        QVERIFY2(xlsxIsWhole(copy, &why), qPrintable(why));
    else if (kind == QLatin1String("csv"))
        QVERIFY2(csvWith(rows)(copy, &why), qPrintable(why));
    else
        QVERIFY2(databaseIsWhole(copy, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestKilledOutput)
#include "tst_killedoutput.moc"
