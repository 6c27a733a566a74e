// ReturnService::importFile streams a CSV in the exchange layout: checked and
// written a batch at a time inside one transaction. These tests hold it to the
// promises of the whole-file import: all or nothing (a bad or repeated row
// anywhere, however far down, refuses the whole file, names its line and leaves
// the database as it was), beyond the 120,000 rows a file read whole may have,
// in UTF-8 and GB18030, and that other layouts still go through the preview.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "exchange/valuecsvstream.h"
#include "model/user.h"
#include "model/valuebounds.h"
#include "workflow/changenotifier.h"
#include "workflow/returnservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cmath>

namespace {

// `count` rows: every indicator of the catalog, years 2020-2030, then the next
// area; each value inside the indicator's hard bounds, with a note (it may lie
// outside the usual range).
QByteArray rows(int count, const QString &note = QStringLiteral("示例"))
{
    QByteArray text = "code,year,value,numerator,denominator,source,note,area\n";
    const Catalog &catalog = CatalogLoader::builtin();
    int n = 0;
    for (int area = 1; n < count; ++area) {
        for (int year = 2020; year <= 2030 && n < count; ++year) {
            for (const Indicator &ind : catalog.indicators) {
                if (n == count)
                    break;
                const ValueBounds b = ValueBounds::of(ind);
                const double high = std::min(b.hardHigh, 100.0);
                const double v = std::round((b.hardLow + (high - b.hardLow) * (n % 80) / 80.0) * 10) / 10;
                text += QStringLiteral("%1,%2,%3,,,统计年报,%4,镇街%5\n")
                            .arg(ind.code)
                            .arg(year)
                            .arg(v)
                            .arg(note)
                            .arg(area, 4, 10, QLatin1Char('0'))
                            .toUtf8();
                ++n;
            }
        }
    }
    return text;
}

// The line of the `row`-th data row (the header is line 1).
QByteArray replaceLine(const QByteArray &text, int line, const QByteArray &with)
{
    QList<QByteArray> lines = text.split('\n');
    lines[line - 1] = with;
    return lines.join('\n');
}

ValueFileImport::Options addAreas()
{
    ValueFileImport::Options o;
    o.values.addAreas = true;
    return o;
}

} // namespace

class TestStreamedImport : public QObject
{
    Q_OBJECT

private slots:
    void importsBeyondTheOldRowLimitInBatches();
    void badRowFarDownRefusesEverything_data();
    void badRowFarDownRefusesEverything();
    void refusesAndKeepsTheFilledDatabase();
    void readsGb18030();
    void otherLayoutsGoThroughThePreview();
    void liaisonImportsDrafts();
    void readingAheadHandsOutTheSameBatches();
};

void TestStreamedImport::importsBeyondTheOldRowLimitInBatches()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const int before = db.valueCount(); // the plan's baseline values
    const QString path = db.filePath(QStringLiteral("big.csv"));
    const int count = 120500; // a file read whole may have 120,000 rows
    QVERIFY(TestFiles::write(path, rows(count)));
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::valuesChanged);
    const ReturnService::FileImport done =
        ReturnService(db.connection(), &notifier).importFile(User::localAdministrator(), path, addAreas());
    QVERIFY2(done.ok, qPrintable(done.problems.join(QLatin1Char('\n')) + done.error));
    QVERIFY(done.streamed);
    QCOMPARE(done.count, qint64(count));
    QCOMPARE(done.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(db.valueCount(), before + count);
    QSqlQuery audit(db.connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), count);
    QCOMPARE(db.rowCount(QStringLiteral("areas")), 1 + (count + 89 * 11 - 1) / (89 * 11));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toStringList().size(), CatalogLoader::builtin().indicators.size());
    QCOMPARE(changed.first().at(1).toInt(), 0); // many years
    // The last row is there with its value as written.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM indicator_values v JOIN areas a ON a.id = v.area_id "
                                  "WHERE a.name = '镇街0124'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), count - 123 * 89 * 11);
}

void TestStreamedImport::badRowFarDownRefusesEverything_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem");
    // Line 120,001 is the last row of the file below, past 24 batches already written.
    QTest::newRow("unknown code, last row") << 120001 << QByteArray("X99,2025,5,,,,,镇街0001")
                                            << QStringLiteral("big.csv: line 120001: code: X99: an indicator code");
    QTest::newRow("bad number, row 90000")
        << 90000 << QByteArray("W01,2025,abc,,,,,镇街0001") << QStringLiteral("big.csv: line 90000: value: abc");
    QTest::newRow("repeated row, last row")
        << 120001 << QByteArray("W01,2020,64.5,,,统计年报,示例,镇街0001")
        << QStringLiteral("big.csv: line 120001: code: W01: each indicator, area and year once in a file");
}

void TestStreamedImport::badRowFarDownRefusesEverything()
{
    QFETCH(int, line);
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const int valuesBefore = db.valueCount();
    const int auditBefore = db.auditCount();
    const int areasBefore = db.rowCount(QStringLiteral("areas"));
    const QString path = db.filePath(QStringLiteral("big.csv"));
    QVERIFY(TestFiles::write(path, replaceLine(rows(120000), line, row)));
    const ReturnService::FileImport done =
        ReturnService(db.connection()).importFile(User::localAdministrator(), path, addAreas());
    QVERIFY(!done.ok);
    QVERIFY(done.streamed);
    QVERIFY2(!done.problems.isEmpty() && done.problems.first().startsWith(problem),
             qPrintable(done.problems.join(QLatin1Char('\n'))));
    QCOMPARE(db.valueCount(), valuesBefore);
    QCOMPARE(db.auditCount(), auditBefore);
    QCOMPARE(db.rowCount(QStringLiteral("areas")), areasBefore);
}

void TestStreamedImport::refusesAndKeepsTheFilledDatabase()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const int before = db.valueCount();
    const QString path = db.filePath(QStringLiteral("values.csv"));
    QVERIFY(TestFiles::write(path, rows(30000)));
    ReturnService service(db.connection());
    QVERIFY(service.importFile(User::localAdministrator(), path, addAreas()).ok);
    const int audit = db.auditCount();
    // The same file again, with every value changed: all updated, an audit row each.
    QVERIFY(TestFiles::write(path, rows(30000, QStringLiteral("更正"))));
    const ReturnService::FileImport again = service.importFile(User::localAdministrator(), path, addAreas());
    QVERIFY2(again.ok, qPrintable(again.problems.join(QLatin1Char('\n'))));
    QCOMPARE(db.valueCount(), before + 30000);
    QCOMPARE(db.auditCount(), audit + 30000);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(version), max(version), count(*) FROM indicator_values "
                                  "WHERE note = '更正'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toInt(), 30000);
    // A third file, bad in its last row: the second import's values stay.
    QVERIFY(TestFiles::write(
        path, replaceLine(rows(30000, QStringLiteral("再改")), 30001, QByteArray("W01,2019,1,,,,,镇街0001"))));
    const ReturnService::FileImport bad = service.importFile(User::localAdministrator(), path, addAreas());
    QVERIFY(!bad.ok);
    QVERIFY2(bad.problems.first().startsWith(QStringLiteral("values.csv: line 30001: year: 2019")),
             qPrintable(bad.problems.first()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM indicator_values WHERE note = '更正'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 30000);
    QCOMPARE(db.auditCount(), audit + 30000);
}

void TestStreamedImport::readsGb18030()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const int before = db.valueCount();
    const QString path = db.filePath(QStringLiteral("gbk.csv"));
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray bytes = gb.encode(QString::fromUtf8(rows(12000)));
    QVERIFY(!QByteArrayView(bytes).isValidUtf8());
    QVERIFY(TestFiles::write(path, bytes));
    const ReturnService::FileImport done =
        ReturnService(db.connection()).importFile(User::localAdministrator(), path, addAreas());
    QVERIFY2(done.ok, qPrintable(done.problems.join(QLatin1Char('\n'))));
    QVERIFY(done.streamed);
    QCOMPARE(done.encoding, QStringLiteral("GB18030"));
    QCOMPARE(db.valueCount(), before + 12000);
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM indicator_values WHERE source = '统计年报' AND note = '示例'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 12000);
    // Told it is UTF-8, the same bytes are refused with the place of the first bad byte.
    ValueFileImport::Options utf8 = addAreas();
    utf8.encoding = QStringLiteral("UTF-8");
    TempDatabase other;
    QVERIFY(other.open());
    const ReturnService::FileImport refused =
        ReturnService(other.connection()).importFile(User::localAdministrator(), path, utf8);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.problems.value(0).startsWith(QStringLiteral("gbk.csv: The file is not UTF-8 text (near byte ")),
             qPrintable(refused.problems.value(0)));
    QCOMPARE(other.valueCount(), before);
}

void TestStreamedImport::otherLayoutsGoThroughThePreview()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const int before = db.valueCount();
    const QString path = db.filePath(QStringLiteral("titled.csv"));
    // A title line above the header, and Chinese column names: a return someone made.
    QVERIFY(TestFiles::write(path, QByteArray("2025年数据\n指标代码,年度,数值\nW01,2025,64.5\nC01,2025,1.7\n")));
    const ReturnService::FileImport done =
        ReturnService(db.connection()).importFile(User::localAdministrator(), path, ValueFileImport::Options());
    QVERIFY2(done.ok, qPrintable(done.problems.join(QLatin1Char('\n'))));
    QVERIFY(!done.streamed);
    QCOMPARE(done.count, qint64(2));
    QCOMPARE(db.valueCount(), before + 2);
}

void TestStreamedImport::liaisonImportsDrafts()
{
    // A liaison's file is never streamed: it becomes drafts of the unit's own indicators.
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const Indicator w01 = CatalogLoader::builtin().indicators.first();
    User liaison;
    liaison.login = QStringLiteral("lia");
    liaison.role = User::Role::Liaison;
    liaison.unit = w01.leadUnit();
    const QString path = db.filePath(QStringLiteral("mine.csv"));
    QVERIFY(TestFiles::write(path, QStringLiteral("code,year,value\n%1,2025,50\n").arg(w01.code).toUtf8()));
    const ReturnService::FileImport done =
        ReturnService(db.connection()).importFile(liaison, path, ValueFileImport::Options());
    QVERIFY2(done.ok, qPrintable(done.problems.join(QLatin1Char('\n')) + done.error));
    QVERIFY(!done.streamed);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT v.state FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                                  "WHERE i.code = '%1' AND v.year = 2025")
                       .arg(w01.code)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("draft"));
}

void TestStreamedImport::readingAheadHandsOutTheSameBatches()
{
    // runAhead (reading on its own thread, the sink on this one) hands out the
    // same records in the same batches as run(); a sink's refusal stops the
    // reading, named as a problem, whether the reader is still reading or has
    // handed out its last batch already.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ahead.csv"));
    const int count = 7 * ValueCsvStream::BatchRows + 123;
    QVERIFY(TestFiles::write(path, rows(count)));
    QStringList areas{QStringLiteral("全区")};
    ValueFileImport::Options options = addAreas();
    options.values.defaultAreaName = areas.first();
    const ValueCsvStream stream(CatalogLoader::builtin().indicators, areas, options);
    auto key = [](const ValueRecord &r) {
        return QStringLiteral("%1/%2/%3/%4").arg(r.indicatorCode, r.area).arg(r.year).arg(r.value);
    };
    QStringList one, two;
    QVector<int> sizesOne, sizesTwo;
    const ValueCsvStream::Outcome a = stream.run(path, [&](const QVector<ValueRecord> &batch, QString *) {
        sizesOne << batch.size();
        for (const ValueRecord &r : batch)
            one << key(r);
        return true;
    });
    const Qt::HANDLE caller = QThread::currentThreadId();
    bool onCaller = true;
    const ValueCsvStream::Outcome b = stream.runAhead(path, [&](const QVector<ValueRecord> &batch, QString *) {
        onCaller = onCaller && QThread::currentThreadId() == caller;
        sizesTwo << batch.size();
        for (const ValueRecord &r : batch)
            two << key(r);
        return true;
    });
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.problems.join('\n') + b.problems.join('\n')));
    QVERIFY(onCaller);
    QCOMPARE(b.stored, a.stored);
    QCOMPARE(b.rows, a.rows);
    QCOMPARE(b.newAreas, a.newAreas);
    QCOMPARE(sizesTwo, sizesOne);
    QCOMPARE(sizesTwo.size(), 8);
    QCOMPARE(two, one);

    for (const int refuseAt : {2, 8}) {
        int seen = 0;
        const ValueCsvStream::Outcome c = stream.runAhead(path, [&](const QVector<ValueRecord> &, QString *error) {
            if (++seen < refuseAt)
                return true;
            *error = QStringLiteral("disk full");
            return false;
        });
        QCOMPARE(seen, refuseAt);
        QVERIFY(!c.ok());
        QCOMPARE(c.problems, QStringList{QStringLiteral("ahead.csv: disk full")});
    }
}

QTEST_GUILESS_MAIN(TestStreamedImport)
#include "tst_streamedimport.moc"
