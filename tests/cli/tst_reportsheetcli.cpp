// `template` writes the report sheet 年度报告 with the signature lines, and
// `values import` of the filled template stores the values and the unit's annual
// report together, as a user runs the program; a bad section refuses both (exit 1,
// nothing written). The database is then opened through core to see what arrived.
#include "clirunner.h"
#include "testzip.h"

#include "catalog/plandatabase.h"
#include "exchange/reportsheet.h"
#include "storage/database.h"
#include "storage/reportrepository.h"
#include "storage/valuerepository.h"

#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kUnit = QStringLiteral("区卫健委");
const QString kText = QStringLiteral("一、两癌筛查覆盖全区。\n二、孕产妇系统管理率提高。\n\n三、下一步。");
} // namespace

class TestReportSheetCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void templateFillImport();
    void badSectionWritesNothing_data();
    void badSectionWritesNothing();
    void emptySheetLeavesTheReport();

private:
    Cli::Result run(const QStringList &arguments) { return Cli::run(m_dir->path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The template of kUnit for 2025, W01's value and the given report cells filled.
    bool filled(const QString &out, const QMap<QString, QString> &reportCells);
    std::optional<UnitReport> storedReport(QString *error);
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestReportSheetCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("fuer.sqlite"));
}

bool TestReportSheetCli::filled(const QString &out, const QMap<QString, QString> &reportCells)
{
    const Cli::Result t = run(
        {"template", "--unit", kUnit, "--year", "2025", "--out", path("blank.xlsx"), "--db", m_db, "--lang", "en"});
    if (t.exitCode != 0) {
        qWarning("template: %s", t.describe().constData());
        return false;
    }
    QString error;
    QMap<QString, QByteArray> parts = TestZip::readAll(path("blank.xlsx"), &error);
    QByteArray values = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray report = parts.value(QStringLiteral("xl/worksheets/sheet2.xml"));
    QByteArray shared = parts.value(QStringLiteral("xl/sharedStrings.xml"));
    if (report.isEmpty() || !TestZip::fillCell(&values, &shared, QStringLiteral("H5"), QStringLiteral("98.2"), true))
        return false;
    for (auto it = reportCells.cbegin(); it != reportCells.cend(); ++it) {
        if (!TestZip::fillCell(&report, &shared, it.key(), it.value(), false))
            return false;
    }
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), values);
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"), report);
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
    return Cli::writeFile(out, TestZip::pack(parts));
}

std::optional<UnitReport> TestReportSheetCli::storedReport(QString *error)
{
    Database db;
    if (!PlanDatabase::open(db, m_db)) {
        *error = db.errorString();
        return std::nullopt;
    }
    return ReportRepository(db.connection()).read(kUnit, 2025, error);
}

int TestReportSheetCli::count(const QString &sql)
{
    Database db;
    if (!PlanDatabase::open(db, m_db))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestReportSheetCli::templateFillImport()
{
    // B5: the first category's progress; the last row is 下一年工作安排.
    QString error;
    QVERIFY(filled(path("filled.xlsx"), {{QStringLiteral("B5"), kText}}));
    const Cli::Result r = run({"values", "import", path("filled.xlsx"), "--db", m_db, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Imported 1 value from")), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral(
                 "The report sheet 年度报告 was saved as the draft of the annual report of 区卫健委 for 2025.")),
             r.err.constData());
    const std::optional<UnitReport> report = storedReport(&error);
    QVERIFY2(report && report->isStored(), qPrintable(error));
    QCOMPARE(report->state, ValueState::Draft);
    QCOMPARE(report->progress.value(report->categories.value(0)), kText);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report_save'")), 1);

    // The next template has the text; imported unchanged, the report stays as it is.
    QVERIFY(filled(path("again.xlsx"), {}));
    const Cli::Result again = run({"values", "import", path("again.xlsx"), "--db", m_db, "--lang", "en"});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QVERIFY2(again.errText().contains(QStringLiteral("is the stored annual report of 区卫健委 for 2025")),
             again.err.constData());
    QCOMPARE(storedReport(&error)->version, report->version);
}

void TestReportSheetCli::badSectionWritesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("control character") << QStringLiteral("第一段_x0007_") << QStringLiteral("U+0007");
    QTest::newRow("too long") << QString(20001, QLatin1Char('a')) << QStringLiteral("20001");
}

void TestReportSheetCli::badSectionWritesNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QVERIFY(filled(path("bad.xlsx"), {{QStringLiteral("B5"), kText}, {QStringLiteral("B6"), text}}));
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM indicator_values"));
    const Cli::Result r = run({"values", "import", path("bad.xlsx"), "--db", m_db, "--lang", "en"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("nothing was written")) && r.errText().contains(expected)
                 && r.errText().contains(QStringLiteral("bad.xlsx: sheet 年度报告: row 6, column B")),
             r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM indicator_values")), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM unit_reports")), 0);
}

void TestReportSheetCli::emptySheetLeavesTheReport()
{
    QVERIFY(filled(path("filled.xlsx"), {}));
    const Cli::Result r = run({"values", "import", path("filled.xlsx"), "--db", m_db, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(
        r.errText().contains(QStringLiteral("The report sheet 年度报告 is empty; the annual report of 区卫健委 for "
                                            "2025 was not changed.")),
        r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM unit_reports")), 0);
}

QTEST_GUILESS_MAIN(TestReportSheetCli)
#include "tst_reportsheetcli.moc"
