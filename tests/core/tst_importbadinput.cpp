// Bad files given to `values import`: each is made here as a small file, each is
// refused with a message that names the file and, where there is one, the sheet,
// row and column; nothing is written, and the refusal is quick even for a zip bomb.
#include "tempdatabase.h"
#include "testzip.h"

#include "exchange/returntemplate.h"
#include "exchange/valuefileimport.h"
#include "storage/valuerepository.h"

#include <QElapsedTimer>
#include <QtTest>

namespace {
using Rows = QVector<QStringList>;

const QStringList kHeader = {QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("value"),
                             QStringLiteral("note")};

QByteArray table(const Rows &rows, const QByteArray &extra = QByteArray())
{
    return TestZip::workbook(TestZip::sheet(Rows{kHeader} + rows, extra));
}

QByteArray validWorkbook()
{
    return table({{QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("98"), QStringLiteral("ok")}});
}

// A sheet part that is mostly one repeated byte: tiny packed, huge unpacked.
QByteArray bombSheet(int megabytes)
{
    QByteArray xml = TestZip::sheet(Rows{kHeader});
    xml.insert(xml.indexOf("</worksheet>"), QByteArray(megabytes * 1024 * 1024, ' '));
    return xml;
}

QByteArray withParts(const QMap<QString, QByteArray> &replace, qint64 forgedSheetSize = -1)
{
    QString error;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.xlsx"));
    TestFiles::write(path, validWorkbook());
    QMap<QString, QByteArray> parts = TestZip::readAll(path, &error);
    for (auto it = replace.constBegin(); it != replace.constEnd(); ++it)
        parts.insert(it.key(), it.value());
    if (forgedSheetSize < 0)
        return TestZip::pack(parts);
    TestZip zip;
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        const bool sheet = it.key() == QLatin1String("xl/worksheets/sheet1.xml");
        zip.add(it.key(), it.value(), true, sheet ? forgedSheetSize : -1);
    }
    return zip.bytes();
}

const QByteArray kEntities = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                             "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                             "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
} // namespace

class TestImportBadInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void templateYearOutsidePlan();
};

void TestImportBadInput::refused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("restrictToUnit");
    QTest::addColumn<QStringList>("expected"); // fragments of the first problem

    const QString none;
    const QString xlsx = QStringLiteral("bad.xlsx");
    const QString sheet1 = QStringLiteral("bad.xlsx: sheet Sheet1: ");
    QTest::newRow("not a spreadsheet") << xlsx << QByteArray("code,year,value\nthis is text") << none
                                       << QStringList{QStringLiteral("bad.xlsx: not a spreadsheet")};
    QTest::newRow("password-protected (OLE2)")
        << xlsx << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0') << none
        << QStringList{QStringLiteral("bad.xlsx: the file is password-protected or an old .xls")};
    QTest::newRow("damaged zip: cut short") << xlsx << validWorkbook().left(validWorkbook().size() / 2) << none
                                            << QStringList{QStringLiteral("bad.xlsx: the file is damaged")};
    QByteArray flipped = validWorkbook();
    const int at = flipped.indexOf("xl/worksheets/sheet1.xml") + 40; // inside the packed sheet
    flipped[at] = char(flipped.at(at) ^ 0x55);
    QTest::newRow("damaged zip: bad checksum")
        << xlsx << flipped << none << QStringList{QStringLiteral("bad.xlsx:"), QStringLiteral("damaged")};
    QTest::newRow("zip bomb") << xlsx << withParts({{QStringLiteral("xl/worksheets/sheet1.xml"), bombSheet(12)}})
                              << none
                              << QStringList{QStringLiteral("bad.xlsx: the part xl/worksheets/sheet1.xml"),
                                             QStringLiteral("zip bomb")};
    QTest::newRow("zip bomb with forged size")
        << xlsx << withParts({{QStringLiteral("xl/worksheets/sheet1.xml"), bombSheet(8)}}, 900) << none
        << QStringList{QStringLiteral("bad.xlsx:"), QStringLiteral("xl/worksheets/sheet1.xml")};
    QTest::newRow("entity expansion in the sheet")
        << xlsx
        << withParts({{QStringLiteral("xl/worksheets/sheet1.xml"),
                       TestZip::sheet(Rows{kHeader})
                           .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", kEntities)
                           .replace("<sheetData>", "<sheetData>&lol3;")}})
        << none << QStringList{QStringLiteral("bad.xlsx: part xl/worksheets/sheet1.xml"), QStringLiteral("DOCTYPE")};
    QTest::newRow("entity in the workbook part")
        << xlsx << withParts({{QStringLiteral("xl/workbook.xml"), kEntities + "<workbook>&lol3;</workbook>"}}) << none
        << QStringList{QStringLiteral("bad.xlsx: part xl/workbook.xml"), QStringLiteral("DOCTYPE")};
    QTest::newRow("no header") << xlsx
                               << TestZip::workbook(
                                      TestZip::sheet(Rows{{QStringLiteral("指标"), QStringLiteral("数")}}))
                               << none << QStringList{sheet1 + QStringLiteral("no header row")};
    QTest::newRow("merged cells") << xlsx
                                  << table({{QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("98")}},
                                           "<mergeCells count=\"1\"><mergeCell ref=\"A2:B2\"/></mergeCells>")
                                  << none
                                  << QStringList{sheet1 + QStringLiteral("row 2, column A"), QStringLiteral("A2:B2")};
    QTest::newRow("formula")
        << xlsx
        << TestZip::workbook(
               TestZip::sheet(Rows{kHeader, {QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("98")}})
                   .replace("<c r=\"C2\"><v>98</v></c>", "<c r=\"C2\"><f>SUM(D1:D9)</f><v>98</v></c>"))
        << none << QStringList{sheet1 + QStringLiteral("row 2, column C"), QStringLiteral("formulas are not read")};
    QTest::newRow("text in a number cell")
        << xlsx << table({{QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("九十八")}}) << none
        << QStringList{sheet1 + QStringLiteral("row 2, column C (value): 九十八: a number")};
    QTest::newRow("unknown code") << xlsx
                                  << table({{QStringLiteral("X99"), QStringLiteral("2024"), QStringLiteral("5")}})
                                  << none << QStringList{sheet1 + QStringLiteral("row 2, column A (code): X99")};
    QTest::newRow("same indicator twice")
        << xlsx
        << table({{QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("5")},
                  {QStringLiteral("W01"), QStringLiteral("2024"), QStringLiteral("6")}})
        << none << QStringList{sheet1 + QStringLiteral("row 3, column A (code): W01"), QStringLiteral("repeated")};
    QTest::newRow("year outside the plan")
        << xlsx << table({{QStringLiteral("W01"), QStringLiteral("2035"), QStringLiteral("5")}}) << none
        << QStringList{sheet1 + QStringLiteral("row 2, column B (year): 2035: a year from 2020 to 2030")};
    QTest::newRow("another unit's indicator")
        << xlsx << table({{QStringLiteral("C19"), QStringLiteral("2024"), QStringLiteral("100")}})
        << QStringLiteral("区卫健委")
        << QStringList{sheet1 + QStringLiteral("row 2, column A (code): C19"), QStringLiteral("区教委")};
    QTest::newRow("CSV: text in a number cell")
        << QStringLiteral("bad.csv") << QByteArray("code,year,value\nW01,2024,abc\n") << none
        << QStringList{QStringLiteral("bad.csv: line 2: value: abc: a number")};
    QTest::newRow("CSV: neither UTF-8 nor GB18030")
        << QStringLiteral("bad.csv") << QByteArray("code,year,value\nW01,2024,5,\x81\x20\xFF\n") << none
        << QStringList{QStringLiteral("bad.csv: "), QStringLiteral("GB18030")};
}

void TestImportBadInput::refused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, restrictToUnit);
    QFETCH(QStringList, expected);
    TempDatabase db;
    QVERIFY(db.open());
    const QString path = db.filePath(fileName);
    QVERIFY(TestFiles::write(path, bytes));
    const int values = db.valueCount();
    const int audit = db.auditCount();

    QElapsedTimer timer;
    timer.start();
    ValueFileImport::Options options;
    options.values.restrictToUnit = restrictToUnit;
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, options);
    // What `values import` does: store only a clean file.
    if (preview.ok()) {
        QString error;
        ValueRepository(db.connection())
            .store(preview.records, QStringLiteral("t"), QStringLiteral("import"), false, &error);
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QVERIFY(!preview.ok());
    QVERIFY(preview.records.isEmpty());
    QVERIFY(!preview.problems.isEmpty());
    const QString first = preview.problems.first();
    qInfo().noquote() << first;
    for (const QString &fragment : expected)
        QVERIFY2(first.contains(fragment), qPrintable(first + QStringLiteral("\n  lacks: ") + fragment));
    QCOMPARE(db.valueCount(), values);
    QCOMPARE(db.auditCount(), audit);
}

void TestImportBadInput::templateYearOutsidePlan()
{
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QString blank = db.filePath(QStringLiteral("t.xlsx"));
    QVERIFY2(ReturnTemplate::write(db.connection(), QStringLiteral("区卫健委"), 2025, blank, &error),
             qPrintable(error));
    QMap<QString, QByteArray> parts = TestZip::readAll(blank, &error);
    QByteArray &shared = parts[QStringLiteral("xl/sharedStrings.xml")];
    QVERIFY(shared.contains("2025年数值"));
    shared.replace("2025年数值", "2035年数值");
    const QString path = db.filePath(QStringLiteral("late.xlsx"));
    QVERIFY(TestFiles::write(path, TestZip::pack(parts)));
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, {});
    QVERIFY(!preview.ok());
    QVERIFY2(preview.problems.value(0).contains(QStringLiteral("late.xlsx: sheet Return 2025: row 4, column H "
                                                               "(2035年数值): a year from 2020 to 2030")),
             qPrintable(preview.problems.value(0)));
}

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
