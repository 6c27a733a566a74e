// Hostile files are read within fixed limits: small versions of the files that
// scripts/hostile-files.sh writes full size (a CSV with 1,000 trailing commas on
// every line, a header of a million empty columns, an .xlsx with one cell in
// column AMJ on every row), checked for what is kept (columns, cells) and that
// a broken limit is refused with a message naming it.
#include "tempdatabase.h"
#include "testzip.h"

#include "exchange/csvreader.h"
#include "exchange/valuefileimport.h"
#include "exchange/xlsxreader.h"

#include <QElapsedTimer>
#include <QtTest>

namespace {
ValueFileImport::Preview importBytes(TempDatabase &db, const QString &name, const QByteArray &bytes)
{
    const QString path = db.filePath(name);
    TestFiles::write(path, bytes);
    return ValueFileImport::previewFile(db.connection(), path, {});
}

QByteArray amjSheet(int rows)
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
        "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is>"
        "</c><c r=\"B1\" t=\"inlineStr\"><is><t>year</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>value"
        "</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>W01</t></is></c><c r=\"B2\">"
        "<v>2024</v></c><c r=\"C2\"><v>5</v></c></row>";
    for (int r = 3; r < rows + 3; ++r)
        xml += "<row><c r=\"AMJ" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    return xml + "</sheetData></worksheet>";
}
} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void trailingCommas();
    void millionEmptyHeaderColumns();
    void fieldBeyondColumnLimit();
    void csvRowLimit();
    void csvFileSizeLimit();
    void columnAmjEveryRow();
    void xlsxRowLimit();
    void xlsxFileSizeLimit();
    void odsRepeats();
};

void TestHostileFiles::trailingCommas()
{
    const QByteArray pad(1000, ',');
    QByteArray csv = "code,year,value,note" + pad + "\n";
    const QStringList codes = {QStringLiteral("W01"), QStringLiteral("W02"), QStringLiteral("W03")};
    for (int i = 0; i < 2000; ++i)
        csv +=
            QStringLiteral("%1,%2,%3,row %4").arg(codes.at(i % 3)).arg(2020 + i / 3 % 11).arg(i % 100).arg(i).toUtf8()
            + pad + "\n";
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY(CsvReader::parse(QString::fromUtf8(csv), &records, &error, CsvReader::tableLimits()));
    QCOMPARE(records.size(), 2001);
    for (const CsvReader::Record &r : records)
        QCOMPARE(r.fields.size(), 4); // the 1,000 empty fields are not kept

    TempDatabase db;
    QVERIFY(db.open());
    QElapsedTimer timer;
    timer.start();
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("commas.csv"), csv);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // 3 codes x 11 years are unique; the rest repeat: the problems are about
    // repeats only, none about an empty header.
    QCOMPARE(p.rows.size(), 2000);
    QVERIFY(!p.problems.isEmpty());
    for (const QString &problem : p.problems)
        QVERIFY2(!problem.contains(QStringLiteral("header")), qPrintable(problem));
}

void TestHostileFiles::millionEmptyHeaderColumns()
{
    const QByteArray csv = "code,year,value" + QByteArray(1000000, ',') + "\nW01,2024,5\n";
    TempDatabase db;
    QVERIFY(db.open());
    QElapsedTimer timer;
    timer.start();
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY(CsvReader::parse(QString::fromUtf8(csv), &records, &error, CsvReader::tableLimits()));
    QCOMPARE(records.value(0).fields, (QStringList{"code", "year", "value"}));
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("wide.csv"), csv);
    QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.records.size(), 1);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestHostileFiles::fieldBeyondColumnLimit()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QByteArray csv = "code,year,value\nW01,2024,5" + QByteArray(2000, ',') + "x\n";
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("far.csv"), csv);
    QVERIFY2(p.problems.value(0).contains(
                 QStringLiteral("far.csv: line 2: a field in column 2003, beyond the 1024 columns")),
             qPrintable(p.problems.value(0)));
}

void TestHostileFiles::csvRowLimit()
{
    QVector<CsvReader::Record> records;
    QString error;
    QByteArray csv = "code,year,value\n";
    for (int i = 0; i < 30; ++i)
        csv += "W01,2024,5\n";
    QVERIFY(!CsvReader::parse(QString::fromUtf8(csv), &records, &error, CsvReader::Limits{1024, 20, true}));
    QVERIFY2(error.contains(QStringLiteral("line 21: more than 20 lines hold text")), qPrintable(error));
    QCOMPARE(CsvReader::tableLimits().maxRecords, 120000);
}

void TestHostileFiles::csvFileSizeLimit()
{
    TempDatabase db;
    QVERIFY(db.open());
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("big.csv"),
                                                   "code,year,value\n" + QByteArray(51 * 1024 * 1024, ' '));
    QVERIFY2(
        p.problems.value(0).contains(QStringLiteral("big.csv: the file has 51 MB; a CSV file of values may have at "
                                                    "most 50 MB")),
        qPrintable(p.problems.value(0)));
}

void TestHostileFiles::columnAmjEveryRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("amj.xlsx"));
    QVERIFY(TestFiles::write(path, TestZip::workbook(amjSheet(5000))));
    XlsxReader::Sheet sheet;
    QString error;
    QVERIFY2(XlsxReader::read(path, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rowCount(), 5002);
    QCOMPARE(sheet.cells.size(), 6 + 5000); // one cell per row, not 1,024
    QCOMPARE(sheet.rowWidth(2), 1024);
    QCOMPARE(sheet.row(2, 3), QStringList()); // nothing inside the table's 3 columns

    TempDatabase db;
    QVERIFY(db.open());
    const ValueFileImport::Preview p = ValueFileImport::previewFile(db.connection(), path, {});
    QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.rows.size(), 1); // the AMJ cells lie outside the table
}

void TestHostileFiles::xlsxRowLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.xlsx"));
    QVERIFY(TestFiles::write(path, TestZip::workbook(amjSheet(300))));
    XlsxReader::Sheet sheet;
    QString error;
    XlsxReader::Limits limits;
    limits.maxRows = 200;
    QVERIFY(!XlsxReader::read(path, &sheet, &error, QString(), limits));
    QVERIFY2(error.contains(QStringLiteral("rows.xlsx: sheet Sheet1: row 201: more than 200 rows hold text")),
             qPrintable(error));
    QCOMPARE(XlsxReader::Limits().maxRows, 120000);
}

void TestHostileFiles::xlsxFileSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    QByteArray bytes = TestZip::workbook(amjSheet(10));
    QVERIFY(TestFiles::write(path, bytes));
    XlsxReader::Sheet sheet;
    QString error;
    XlsxReader::Limits limits;
    limits.zip.maxFileBytes = bytes.size() - 1;
    QVERIFY(!XlsxReader::read(path, &sheet, &error, QString(), limits));
    QVERIFY2(error.contains(QStringLiteral("big.xlsx: the file has 0 MB, more than the 0 MB a spreadsheet")),
             qPrintable(error));
    QCOMPARE(ZipArchive::Limits().maxFileBytes, 50LL * 1024 * 1024);
}

void TestHostileFiles::odsRepeats()
{
    QTemporaryDir dir;
    XlsxReader::Sheet sheet;
    QString error;
    // A text repeated across 2,000 columns is as wide as 2,000 cells: refused.
    const QString wide = dir.filePath(QStringLiteral("wide.ods"));
    QVERIFY(TestFiles::write(wide,
                             TestZip::ods("<table:table table:name=\"S\"><table:table-row><table:table-cell "
                                          "table:number-columns-repeated=\"2000\" office:value-type=\"string\">"
                                          "<text:p>x</text:p></table:table-cell></table:table-row></table:table>")));
    QVERIFY(!XlsxReader::read(wide, &sheet, &error));
    QVERIFY2(error.contains(QStringLiteral("wide.ods: sheet S: row 1: the table is wider than 1024 columns")),
             qPrintable(error));
    // A row with text repeated a million times counts as a million rows.
    const QString tall = dir.filePath(QStringLiteral("tall.ods"));
    QVERIFY(TestFiles::write(tall,
                             TestZip::ods("<table:table table:name=\"S\"><table:table-row "
                                          "table:number-rows-repeated=\"1000000\"><table:table-cell "
                                          "office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
                                          "</table:table-row></table:table>")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!XlsxReader::read(tall, &sheet, &error));
    QVERIFY2(error.contains(QStringLiteral("more than 120000 rows hold text")), qPrintable(error));
    QVERIFY(timer.elapsed() < 3000);
    // Empty repeats (LibreOffice pads every sheet so) cost nothing.
    const QString padded = dir.filePath(QStringLiteral("padded.ods"));
    QVERIFY(TestFiles::write(padded,
                             TestZip::ods("<table:table table:name=\"S\"><table:table-row><table:table-cell "
                                          "office:value-type=\"string\"><text:p>code</text:p></table:table-cell>"
                                          "<table:table-cell table:number-columns-repeated=\"16383\"/>"
                                          "</table:table-row><table:table-row table:number-rows-repeated="
                                          "\"1048575\"><table:table-cell table:number-columns-repeated="
                                          "\"16384\"/></table:table-row></table:table>")));
    QVERIFY2(XlsxReader::read(padded, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.rowCount(), 1);
    QCOMPARE(sheet.cells.size(), 1);
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
