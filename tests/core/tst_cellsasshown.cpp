// Spreadsheet cells reach the value rules as the user sees them in the
// spreadsheet: percent and date formats (built-in and custom, both date systems),
// Excel's _xHHHH_ escapes in shared and inline strings, booleans, empty shared
// strings; errors and formulas inside the table are problems of their cells and
// every one is listed, those outside the table are ignored; hidden sheets and
// zip parts that differ only in case are refused with the reason. Each file is
// written here as Excel or LibreOffice writes it (.xlsx and .ods).
#include "tempdatabase.h"
#include "testzip.h"

#include "exchange/csvwriter.h"
#include "exchange/odsreader.h"
#include "exchange/returntemplate.h"
#include "exchange/valuefileimport.h"
#include "exchange/xlsxreader.h"

#include <QtTest>

namespace {
const QByteArray kNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// styles.xml as Excel writes it: custom formats from 164, cellXfs indexed by s="".
// xf 0 General, 1 built-in 9 (0%), 2 built-in 10 (0.00%), 3 custom 0.0%, 4 built-in
// 14 (date), 5 built-in 22 (date time), 6 custom yyyy"年"m"月"d"日", 7 custom with
// the letters only quoted (0" days"), 8 custom [Red]0.00, 9 custom 0.0"%" (quoted).
QByteArray styles()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"" + kNs
        + "\"><numFmts count=\"5\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
          "<numFmt numFmtId=\"166\" formatCode=\"0&quot; days&quot;\"/>"
          "<numFmt numFmtId=\"167\" formatCode=\"[Red]0.00\"/>"
          "<numFmt numFmtId=\"168\" formatCode=\"0.0&quot;%&quot;\"/></numFmts>"
          "<cellXfs count=\"10\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"10\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/><xf numFmtId=\"166\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"167\" applyNumberFormat=\"1\"/><xf numFmtId=\"168\" applyNumberFormat=\"1\"/></cellXfs>"
          "</styleSheet>";
}

QByteArray sheetXml(const QByteArray &rows, const QByteArray &extra = QByteArray())
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + kNs + "\"><sheetData>" + rows
        + "</sheetData>" + extra + "</worksheet>";
}

XlsxReader::Sheet readBytes(const QByteArray &bytes, QString *error, const QString &name = QStringLiteral("t.xlsx"))
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    TestFiles::write(path, bytes);
    XlsxReader::Sheet sheet;
    error->clear();
    XlsxReader::read(path, &sheet, error);
    return sheet;
}

QString cellText(const XlsxReader::Sheet &sheet, int rowNumber, int column)
{
    const int i = int(sheet.rowNumbers.indexOf(rowNumber));
    return i < 0 ? QStringLiteral("<no row>") : sheet.row(i).value(column);
}

ValueFileImport::Preview importBytes(TempDatabase &db, const QString &name, const QByteArray &bytes)
{
    const QString path = db.filePath(name);
    TestFiles::write(path, bytes);
    return ValueFileImport::previewFile(db.connection(), path, {});
}

const QByteArray kHeaderRow = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B1\" "
                              "t=\"inlineStr\"><is><t>year</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>value</t>"
                              "</is></c><c r=\"D1\" t=\"inlineStr\"><is><t>note</t></is></c></row>";

QByteArray dataRow(int r, const QByteArray &code, const QByteArray &valueCell, const QByteArray &noteCell = {})
{
    const QByteArray n = QByteArray::number(r);
    return "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>" + code + "</t></is></c><c r=\"B" + n
        + "\"><v>2024</v></c>" + valueCell + noteCell + "</row>";
}
} // namespace

class TestCellsAsShown : public QObject
{
    Q_OBJECT

private slots:
    void numberFormats_data();
    void numberFormats();
    void shiftedDecimal_data();
    void shiftedDecimal();
    void escapesBooleansEmptyShared();
    void sameBytesAboveDifferentCell();
    void formulasErrorsMergesInsideAndOutside();
    void dateInNoteAndYear();
    void hiddenSheets();
    void caseTwinParts();
    void binaryWorkbooks_data();
    void binaryWorkbooks();
    void damagedXmlGivesPosition();
    void xmlAsWritten();
    void xmlRefused_data();
    void xmlRefused();
    void longSheetRefusedAtItsFirstProblem_data();
    void longSheetRefusedAtItsFirstProblem();
    void odsCells();
    void odsImportsLikeXlsx();
    void csvTemplateWithTitleRows();
};

void TestCellsAsShown::numberFormats_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("shown");
    QTest::newRow("General") << 0 << "0.683" << false << "0.683";
    QTest::newRow("General, binary noise") << 0 << "92.599999999999994" << false << "92.6";
    QTest::newRow("built-in 9 (0%)") << 1 << "0.68300000000000005" << false << "68.3%";
    QTest::newRow("built-in 10 (0.00%)") << 2 << "0.683" << false << "68.3%";
    QTest::newRow("custom 0.0%") << 3 << "0.926" << false << "92.6%";
    QTest::newRow("custom 0.0%, over 100") << 3 << "1.5" << false << "150%";
    QTest::newRow("custom 0.0%, small") << 3 << "1.2E-3" << false << "0.12%";
    QTest::newRow("custom 0.0%, negative") << 3 << "-0.07" << false << "-7%";
    QTest::newRow("quoted % is text") << 9 << "0.926" << false << "0.926";
    QTest::newRow("quoted letters are text") << 7 << "12" << false << "12";
    QTest::newRow("[Red] is a colour") << 8 << "12.5" << false << "12.5";
    QTest::newRow("built-in 14, 1900") << 4 << "45658" << false << "2025-01-01";
    QTest::newRow("built-in 14, 2026-11-30") << 4 << "46356" << false << "2026-11-30";
    QTest::newRow("1900: serial 1") << 4 << "1" << false << "1900-01-01";
    QTest::newRow("1900: serial 59") << 4 << "59" << false << "1900-02-28";
    QTest::newRow("1900: serial 60, the leap-year bug") << 4 << "60" << false << "1900-02-29";
    QTest::newRow("1900: serial 61") << 4 << "61" << false << "1900-03-01";
    QTest::newRow("built-in 22, with time") << 5 << "45658.572916666664" << false << "2025-01-01 13:45";
    QTest::newRow("built-in 22, seconds") << 5 << "45658.5729282407" << false << "2025-01-01 13:45:01";
    QTest::newRow("custom 年月日") << 6 << "46356" << false << "2026-11-30";
    QTest::newRow("1904: serial 0") << 4 << "0" << true << "1904-01-01";
    QTest::newRow("1904: 2025-01-01") << 4 << "44196" << true << "2025-01-01";
    QTest::newRow("1904: 2026-11-30") << 4 << "44894" << true << "2026-11-30";
    QTest::newRow("1904: with time") << 5 << "44894.5" << true << "2026-11-30 12:00";
}

void TestCellsAsShown::numberFormats()
{
    QFETCH(int, style);
    QFETCH(QString, stored);
    QFETCH(bool, date1904);
    QFETCH(QString, shown);
    const QByteArray rows = kHeaderRow
        + dataRow(2, "W01", "<c r=\"C2\" s=\"" + QByteArray::number(style) + "\"><v>" + stored.toUtf8() + "</v></c>");
    QString error;
    const XlsxReader::Sheet sheet = readBytes(TestZip::workbook(sheetXml(rows), {}, QStringLiteral("Sheet1"), styles(),
                                                                date1904 ? "<workbookPr date1904=\"1\"/>" : ""),
                                              &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cellText(sheet, 2, 2), shown);
}

void TestCellsAsShown::shiftedDecimal_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.683") << 0.683 << "68.3";
    QTest::newRow("0.926") << 0.926 << "92.6";
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "30.000000000000004"; // the stored double, not a rounding
    QTest::newRow("1") << 1.0 << "100";
    QTest::newRow("0") << 0.0 << "0";
    QTest::newRow("1e-7") << 1e-7 << "0.00001";
    QTest::newRow("12345.678") << 12345.678 << "1234567.8";
    QTest::newRow("-0.5") << -0.5 << "-50";
}

void TestCellsAsShown::shiftedDecimal()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::shiftedDecimal(value, 2), text);
    // Every percent of 0.0% .. 100.0% in steps of 0.1 reads as typed.
    for (int tenths = 0; tenths <= 1000; ++tenths) {
        // As Excel stores a typed "0.7%": the double nearest to 0.007.
        const double stored = (QString::number(tenths) + QStringLiteral("e-3")).toDouble();
        const QString shown = XlsxReader::shiftedDecimal(stored, 2);
        QCOMPARE(shown.toDouble(), tenths / 10.0);
        QVERIFY2(shown.size() <= 5, qPrintable(shown));
    }
}

void TestCellsAsShown::escapesBooleansEmptyShared()
{
    const QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + kNs
        + "\" count=\"3\" uniqueCount=\"3\"><si><t>a_x0001_b</t></si><si><t>_x005F_x0041_</t></si>"
          "<si><r><t>rich </t></r><r><t>_x4E2D_</t></r></si></sst>";
    const QByteArray rows = kHeaderRow
        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" t=\"s\"><v>2</v></c>"
          "<c r=\"D2\" t=\"inlineStr\"><is><t>tab_x0009_end _x005f_ _xZZZZ_</t></is></c></row>"
          "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"b\"><v>0</v></c><c r=\"C3\" t=\"s\"><v/></c>"
          "<c r=\"D3\" t=\"str\"><v>x_x000D_y</v></c></row>";
    QString error;
    const XlsxReader::Sheet sheet = readBytes(TestZip::workbook(sheetXml(rows), shared), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cellText(sheet, 2, 0), QStringLiteral("a\u0001b"));
    QCOMPARE(cellText(sheet, 2, 1), QStringLiteral("_x0041_"));
    QCOMPARE(cellText(sheet, 2, 2), QStringLiteral("rich 中"));
    QCOMPARE(cellText(sheet, 2, 3), QStringLiteral("tab\tend _ _xZZZZ_"));
    QCOMPARE(cellText(sheet, 3, 0), QStringLiteral("TRUE"));
    QCOMPARE(cellText(sheet, 3, 1), QStringLiteral("FALSE"));
    QCOMPARE(cellText(sheet, 3, 2), QString()); // <v/>: empty, as openpyxl reads it
    QCOMPARE(cellText(sheet, 3, 3), QStringLiteral("x\ry"));
    QVERIFY(sheet.problems.isEmpty());
}

// A column shares the text of the cell above when its bytes, type and style are
// the same (the reader's shortcut for long columns of one year or area); every
// other difference shows its own text, and errors are listed each time.
void TestCellsAsShown::sameBytesAboveDifferentCell()
{
    const QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + kNs
        + "\" count=\"2\" uniqueCount=\"2\"><si><t>共享</t></si><si><t>1</t></si></sst>";
    // Column C, top to bottom, and what each cell shows.
    const QList<QPair<QByteArray, QString>> cells = {
        {"<v>1</v>", QStringLiteral("1")},
        {"<v>1</v>", QStringLiteral("1")},
        {"s=\"1\"><v>1</v>", QStringLiteral("100%")},
        {"s=\"1\"><v>1</v>", QStringLiteral("100%")},
        {"s=\"4\"><v>1</v>", QStringLiteral("1900-01-01")},
        {"t=\"b\"><v>1</v>", QStringLiteral("TRUE")},
        {"t=\"b\"><v>1</v>", QStringLiteral("TRUE")},
        {"t=\"s\"><v>1</v>", QStringLiteral("1")},
        {"t=\"s\"><v>0</v>", QStringLiteral("共享")},
        {"t=\"str\"><v>1</v>", QStringLiteral("1")},
        {"t=\"inlineStr\"><is><t>1</t></is>", QStringLiteral("1")},
        {"t=\"inlineStr\"><is><t>1</t></is>", QStringLiteral("1")},
        {"t=\"inlineStr\"><is><t>12</t></is>", QStringLiteral("12")},
        {"t=\"inlineStr\"><is><t>a_x0009_b</t></is>", QStringLiteral("a\tb")},
        {"t=\"inlineStr\"><is><t>a_x0009_b</t></is>", QStringLiteral("a\tb")},
        {"t=\"d\"><v>2026-11-30T00:00:00</v>", QStringLiteral("2026-11-30")},
        {"t=\"d\"><v>2026-11-30T00:00:00</v>", QStringLiteral("2026-11-30")},
        {"t=\"e\"><v>#N/A</v>", QStringLiteral("#N/A")},
        {"t=\"e\"><v>#N/A</v>", QStringLiteral("#N/A")},
        {"><v>92.599999999999994</v>", QStringLiteral("92.6")},
        {"><v>92.599999999999994</v>", QStringLiteral("92.6")},
        {"t=\"b\"><v></v>", QString()},
        {"><v>7</v>", QStringLiteral("7")},
    };
    QByteArray rows = kHeaderRow;
    for (int i = 0; i < cells.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 2);
        QByteArray cell = cells.at(i).first;
        if (!cell.startsWith('>') && !cell.startsWith('<'))
            cell = ' ' + cell;
        else if (cell.startsWith('<'))
            cell = '>' + cell;
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>W01</t></is></c><c r=\"C" + n + "\""
            + cell + "</c></row>";
    }
    QString error;
    const XlsxReader::Sheet sheet = readBytes(
        TestZip::workbook(sheetXml(rows), shared, QStringLiteral("Sheet1"), styles()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int i = 0; i < cells.size(); ++i)
        QVERIFY2(
            cellText(sheet, i + 2, 2) == cells.at(i).second,
            qPrintable(QStringLiteral("row %1 (%2): %3, expected %4")
                           .arg(i + 2)
                           .arg(QString::fromUtf8(cells.at(i).first), cellText(sheet, i + 2, 2), cells.at(i).second)));
    QCOMPARE(sheet.problems.size(), 2); // both #N/A cells
    QCOMPARE(sheet.problems.at(0).row, 19);
    QCOMPARE(sheet.problems.at(1).row, 20);
}

void TestCellsAsShown::formulasErrorsMergesInsideAndOutside()
{
    TempDatabase db;
    QVERIFY(db.open());
    const int before = db.valueCount();
    // Row 1: a title merged A1:D1 and a formula note in G1: outside the table.
    // Header in row 2. Rows 3..: a formula in C3, an error in C4, a merge C5:D5,
    // a formula in D6 (the note), and in row 7 an unknown code (a row problem).
    // Right of the table a formula in G4 and an error in H5: outside.
    const QByteArray rows =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>2024年数据</t></is></c>"
        "<c r=\"G1\" t=\"str\"><f>\"note\"&amp;\"s\"</f><v>notes</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>year</t>"
        "</is></c><c r=\"C2\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>note</t>"
        "</is></c></row>"
        + dataRow(3, "W01", "<c r=\"C3\"><f>SUM(X1:X9)</f><v>98</v></c>")
        + dataRow(4, "W02", "<c r=\"C4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "<c r=\"G4\"><f>1+1</f><v>2</v></c>")
        + dataRow(5, "W03", "<c r=\"C5\"><v>5</v></c>", "<c r=\"H5\" t=\"e\"><v>#N/A</v></c>")
        + dataRow(6, "W04", "<c r=\"C6\"><v>6</v></c>", "<c r=\"D6\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>")
        + dataRow(7, "X99", "<c r=\"C7\"><v>7</v></c>") + dataRow(8, "W05", "<c r=\"C8\"><v>8</v></c>");
    const QByteArray merges =
        "<mergeCells count=\"2\"><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"C5:D5\"/></mergeCells>";
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("f.xlsx"),
                                                   TestZip::workbook(sheetXml(rows, merges)));
    const QString all = p.problems.join(QLatin1Char('\n'));
    QVERIFY(!p.ok());
    QVERIFY(p.records.isEmpty());
    const QString at = QStringLiteral("f.xlsx: sheet Sheet1: ");
    const QStringList expected = {
        at + QStringLiteral("row 5, column C: merged cells C5:D5"),
        at + QStringLiteral("row 3, column C: formulas are not read; paste values"),
        at + QStringLiteral("row 4, column C: the cell shows the error #DIV/0!"),
        at + QStringLiteral("row 4, column C: formulas are not read"),
        at + QStringLiteral("row 6, column D: formulas are not read"),
        at + QStringLiteral("row 7, column A (code): X99"),
    };
    for (const QString &e : expected)
        QVERIFY2(all.contains(e), qPrintable(all + QStringLiteral("\n  lacks: ") + e));
    for (const QString &outside : {QStringLiteral("A1:D1"), QStringLiteral("column G"), QStringLiteral("column H")})
        QVERIFY2(!all.contains(outside), qPrintable(all));
    // Each cell problem is on its row of the preview too; row 8 is clean.
    for (const ValueFileImport::PreviewRow &row : p.rows) {
        if (row.line >= 3 && row.line <= 7)
            QVERIFY2(!row.ok(), qPrintable(QString::number(row.line)));
        else
            QVERIFY2(row.ok(), qPrintable(row.problems.join(QLatin1Char(';'))));
    }
    QCOMPARE(db.valueCount(), before);

    // Outside only: the file imports.
    const QByteArray clean = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c>"
                             "<c r=\"G1\"><f>1+1</f><v>2</v></c></row>"
        + QByteArray(kHeaderRow).replace("r=\"1\"", "r=\"2\"").replace("1\"", "2\"")
        + dataRow(3, "W01", "<c r=\"C3\"><v>98</v></c>", "<c r=\"F3\" t=\"e\"><v>#N/A</v></c>");
    const ValueFileImport::Preview ok = importBytes(
        db, QStringLiteral("ok.xlsx"),
        TestZip::workbook(sheetXml(clean, "<mergeCells count=\"1\"><mergeCell ref=\"A1:D1\"/></mergeCells>")));
    QVERIFY2(ok.ok(), qPrintable(ok.problems.join(QLatin1Char('\n'))));
    QCOMPARE(ok.records.size(), 1);
}

void TestCellsAsShown::dateInNoteAndYear()
{
    TempDatabase db;
    QVERIFY(db.open());
    // A date in the note column is stored as the date; a date in the year column
    // is reported quoting the date text.
    const QByteArray rows = kHeaderRow
        + dataRow(2, "W01", "<c r=\"C2\"><v>98</v></c>", "<c r=\"D2\" s=\"4\"><v>46356</v></c>")
        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>W02</t></is></c><c r=\"B3\" s=\"4\"><v>45658</v></c>"
          "<c r=\"C3\"><v>5</v></c></row>";
    const ValueFileImport::Preview p = importBytes(
        db, QStringLiteral("d.xlsx"), TestZip::workbook(sheetXml(rows), {}, QStringLiteral("Sheet1"), styles()));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(0).record.note, QStringLiteral("2026-11-30"));
    QVERIFY(p.rows.at(0).ok());
    const QString all = p.problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("d.xlsx: sheet Sheet1: row 3, column B (year): 2025-01-01")), qPrintable(all));
}

void TestCellsAsShown::hiddenSheets()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QByteArray sheet = TestZip::sheet(
        {{QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("value")}});
    for (const QByteArray &state : {QByteArray("hidden"), QByteArray("veryHidden")}) {
        const ValueFileImport::Preview p = importBytes(
            db, QStringLiteral("h.xlsx"),
            TestZip::workbook(sheet, {}, QStringLiteral("填报"), {}, {}, "state=\"" + state + "\""));
        const QString first = p.problems.value(0);
        QVERIFY2(first.contains(QStringLiteral("h.xlsx: the workbook's only sheets are hidden (填报)"))
                     && first.contains(QStringLiteral("Unhide")),
                 qPrintable(first));
    }
    const ValueFileImport::Preview ods = importBytes(
        db, QStringLiteral("h.ods"),
        TestZip::ods("<table:table table:name=\"隐藏\" table:style-name=\"ta2\"><table:table-row><table:table-cell "
                     "office:value-type=\"string\"><text:p>code</text:p></table:table-cell></table:table-row>"
                     "</table:table>",
                     "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties "
                     "table:display=\"false\"/></style:style>"));
    QVERIFY2(ods.problems.value(0).contains(QStringLiteral("h.ods: the workbook's only sheets are hidden (隐藏)")),
             qPrintable(ods.problems.value(0)));
}

void TestCellsAsShown::caseTwinParts()
{
    TestZip zip;
    QString error;
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.xlsx"));
    QVERIFY(TestFiles::write(base, TestZip::workbook(TestZip::sheet({{QStringLiteral("code")}}))));
    const QMap<QString, QByteArray> parts = TestZip::readAll(base, &error);
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
        zip.add(it.key(), it.value());
    zip.add(QStringLiteral("XL/WORKSHEETS/SHEET1.XML"), TestZip::sheet({{QStringLiteral("other")}}));
    TempDatabase db;
    QVERIFY(db.open());
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("twin.xlsx"), zip.bytes());
    QVERIFY2(
        p.problems.value(0).contains(QStringLiteral("twin.xlsx: the parts xl/worksheets/sheet1.xml and "
                                                    "XL/WORKSHEETS/SHEET1.XML have names that differ only in case")),
        qPrintable(p.problems.value(0)));
}

void TestCellsAsShown::binaryWorkbooks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow(".xls") << "old.xls"
                          << "old.xls: an Excel 97-2003 (.xls) or WPS (.et) workbook";
    QTest::newRow(".et") << "wps.et"
                         << "wps.et: an Excel 97-2003 (.xls) or WPS (.et) workbook";
    QTest::newRow(".xlsx (encrypted)") << "locked.xlsx"
                                       << "locked.xlsx: the file is password-protected";
}

void TestCellsAsShown::binaryWorkbooks()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TempDatabase db;
    QVERIFY(db.open());
    const ValueFileImport::Preview p = importBytes(
        db, name, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
    QVERIFY2(p.problems.value(0).contains(expected), qPrintable(p.problems.value(0)));
    if (!name.endsWith(QLatin1String(".xlsx")))
        QVERIFY(p.problems.value(0).contains(QStringLiteral("另存为"))
                && p.problems.value(0).contains(QStringLiteral("CSV UTF-8")));
}

// A sheet is parsed on one thread and its cells made on another, thousands of
// rows apart: the message is still the first problem in the file's order, be it
// the parser's (a damaged reference, damaged XML) or a cell's (a shared string
// that is not there, the rows limit), and the parser stops when a cell refuses.
void TestCellsAsShown::longSheetRefusedAtItsFirstProblem_data()
{
    QTest::addColumn<int>("badShared");    // row of a cell pointing past the shared strings, or 0
    QTest::addColumn<int>("badReference"); // row of a damaged cell reference, or 0
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<QString>("message");
    QTest::newRow("shared string, then a damaged reference")
        << 20000 << 25000 << 120000
        << "t.xlsx: sheet Sheet1: row 20000, column B: the cell points to a shared string that does not exist";
    QTest::newRow("damaged reference, then a shared string")
        << 25000 << 20000 << 120000 << "t.xlsx: sheet Sheet1: row 20000: the cell reference B!20000 is damaged";
    QTest::newRow("same row: the reference comes first in the row")
        << 20000 << 20000 << 120000 << "t.xlsx: sheet Sheet1: row 20000: the cell reference B!20000 is damaged";
    QTest::newRow("rows limit, then a shared string")
        << 29000 << 0 << 10000 << "t.xlsx: sheet Sheet1: row 10001: more than 10000 rows hold text";
    QTest::newRow("last row") << 40000 << 0 << 120000
                              << "t.xlsx: sheet Sheet1: row 40000, column B: the cell points to a shared string";
    QTest::newRow("clean") << 0 << 0 << 120000 << QString();
}

void TestCellsAsShown::longSheetRefusedAtItsFirstProblem()
{
    QFETCH(int, badShared);
    QFETCH(int, badReference);
    QFETCH(int, maxRows);
    QFETCH(QString, message);
    const QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + kNs
        + "\" count=\"1\" uniqueCount=\"1\"><si><t>镇街</t></si></sst>";
    QByteArray rows;
    for (int r = 1; r <= 40000; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" s=\"1\"><v>0." + n + "</v></c>";
        if (r == badReference)
            rows += "<c r=\"B!" + n + "\"><v>1</v></c>";
        rows += "<c r=\"B" + n + "\" t=\"s\"><v>" + (r == badShared ? "7" : "0") + "</v></c></row>";
    }
    XlsxReader::Limits limits;
    limits.maxRows = maxRows;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    QVERIFY(TestFiles::write(path, TestZip::workbook(sheetXml(rows), shared, QStringLiteral("Sheet1"), styles())));
    XlsxReader::Sheet sheet;
    QString error;
    const bool ok = XlsxReader::read(path, &sheet, &error, QString(), limits);
    QCOMPARE(ok, message.isEmpty());
    QVERIFY2(error.startsWith(message), qPrintable(error));
    if (ok) {
        QCOMPARE(sheet.rowCount(), 40000);
        for (int r = 1; r <= 40000; r += 3999) {
            QCOMPARE(cellText(sheet, r, 0),
                     XlsxReader::shiftedDecimal(QStringLiteral("0.%1").arg(r).toDouble(), 2) + QLatin1Char('%'));
            QCOMPARE(cellText(sheet, r, 1), QStringLiteral("镇街"));
        }
    }
}

void TestCellsAsShown::damagedXmlGivesPosition()
{
    TempDatabase db;
    QVERIFY(db.open());
    QByteArray sheet = TestZip::sheet({{QStringLiteral("code"), QStringLiteral("year")}});
    sheet.replace("</row>", "</rowx>");
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("x.xlsx"), TestZip::workbook(sheet));
    QVERIFY2(p.problems.value(0).contains(
                 QStringLiteral("x.xlsx: part xl/worksheets/sheet1.xml is damaged (XML line 2, column")),
             qPrintable(p.problems.value(0)));
    const ValueFileImport::Preview cut = importBytes(db, QStringLiteral("cut.xlsx"),
                                                     TestZip::workbook(sheet).left(300));
    QVERIFY2(cut.problems.value(0).contains(QStringLiteral("cut.xlsx: the file is damaged")),
             qPrintable(cut.problems.value(0)));
    const ValueFileImport::Preview csv = importBytes(db, QStringLiteral("b.csv"),
                                                     QByteArray("code,year,value\nW01,2024,\x81\xFF\n"));
    QVERIFY2(csv.problems.value(0).contains(QStringLiteral("byte 25 (line 2, column 10)")),
             qPrintable(csv.problems.value(0)));
}

// What XML allows and spreadsheet programs (or hand-made files) write, read as
// the text it stands for: spaces alone, CDATA, character and predefined
// references in text and attributes, a prefixed main namespace, a byte-order
// mark, comments and processing instructions between cells.
void TestCellsAsShown::xmlAsWritten()
{
    const QByteArray shared = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:sst xmlns:x=\"" + kNs
        + "\" count=\"4\"><x:si><x:t xml:space=\"preserve\"> </x:t></x:si><x:si><x:t><![CDATA[a<b>&c]]></x:t></x:si>"
          "<x:si><x:t>&amp;&lt;&gt;&quot;&apos;&#x4E2D;&#25991;</x:t></x:si>"
          "<x:si><x:r><x:t>  two</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh><x:r><x:t>\n\tlines </x:t></x:r></x:si>"
          "</x:sst>";
    const QByteArray rows = kHeaderRow
        + "<!-- a comment --><row r=\"2\"><?pi data?><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v>"
          "</c><c r=\"&#x43;2\" t=\"s\"><v> 2 </v></c><c r=\"D2\" t=\"s\"><v>3</v></c></row>"
          "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">   </t></is></c>"
          "<c r=\"B3\" t=\"inlineStr\"><is><t><![CDATA[]]>x<![CDATA[<y>]]></t></is></c>"
          "<c r=\"C3\"><v>\n92.6\n</v></c><c r=\"D3\" t=\"str\"><v>&#x9;tab</v></c></row>";
    QByteArray sheet = sheetXml(rows);
    sheet.replace("<worksheet xmlns=", "<worksheet xmlns:r=\"urn:r\" xmlns=");
    // A shared index with spaces around it is not an index: the file is refused
    // at that cell (as with the expat reader before).
    QString error;
    readBytes(TestZip::workbook(sheet, shared), &error);
    QVERIFY2(error.contains(QStringLiteral("row 2, column C"))
                 && error.contains(QStringLiteral("shared string that does not exist")),
             qPrintable(error));
    sheet.replace("<v> 2 </v>", "<v>2</v>");
    const XlsxReader::Sheet read = readBytes(TestZip::workbook(sheet, shared), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cellText(read, 2, 0), QStringLiteral(" "));
    QCOMPARE(cellText(read, 2, 1), QStringLiteral("a<b>&c"));
    // The references in text decoded; C2's own reference is written &#x43;2.
    QCOMPARE(cellText(read, 2, 2), QStringLiteral("&<>\"'中文"));
    QCOMPARE(cellText(read, 2, 3), QStringLiteral("  two\n\tlines "));
    QCOMPARE(cellText(read, 3, 0), QStringLiteral("   "));
    QCOMPARE(cellText(read, 3, 1), QStringLiteral("x<y>"));
    QCOMPARE(cellText(read, 3, 2), QStringLiteral("\n92.6\n"));
    QCOMPARE(cellText(read, 3, 3), QStringLiteral("\ttab"));
    QVERIFY(read.problems.isEmpty());
}

void TestCellsAsShown::xmlRefused_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QByteArray>("shared");
    QTest::addColumn<QStringList>("expected"); // fragments of the message
    const QByteArray rows = kHeaderRow + dataRow(2, "W01", "<c r=\"C2\" t=\"s\"><v>0</v></c>");
    const QByteArray sheet = sheetXml(rows);
    const QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + kNs
        + "\"><si><t>98</t></si></sst>";
    const QString sheetPart = QStringLiteral("t.xlsx: part xl/worksheets/sheet1.xml");
    const QString sharedPart = QStringLiteral("t.xlsx: part xl/sharedStrings.xml");
    const QString doctype = QStringLiteral("a document type declaration (DOCTYPE or ENTITY) is not allowed");
    const QByteArray decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    QTest::newRow("DOCTYPE with entities in the shared strings")
        << sheet
        << QByteArray(shared)
               .replace(decl, decl + "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>")
               .replace("98", "&b;")
        << QStringList{sharedPart, doctype};
    QTest::newRow("external entity in the sheet")
        << QByteArray(sheet)
               .replace(decl, decl + "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
               .replace("<v>2024</v>", "<v>&x;</v>")
        << shared << QStringList{sheetPart, doctype};
    QTest::newRow("external DTD in the sheet")
        << QByteArray(sheet).replace(decl, decl + "<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:9/x.dtd\">") << shared
        << QStringList{sheetPart, doctype};
    QTest::newRow("undeclared entity in the sheet")
        << QByteArray(sheet).replace("<v>2024</v>", "<v>&nbsp;</v>") << shared
        << QStringList{sheetPart + QStringLiteral(" is damaged (XML line 2, column"), QStringLiteral("nbsp")};
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<r>";
    QTest::newRow("5,000 nested elements in a cell")
        << QByteArray(sheet).replace("<is><t>W01</t>", "<is>" + deep + "<t>W01</t>") << shared
        << QStringList{sheetPart + QStringLiteral(" is damaged (XML line 2, column"),
                       QStringLiteral("beyond what the XML parser takes from a file")};
    QTest::newRow("not UTF-8 in the shared strings")
        << sheet
        << QByteArray(shared).replace("98",
                                      "9\xFF"
                                      "8")
        << QStringList{sharedPart + QStringLiteral(" is damaged (XML line 2, column")};
    QTest::newRow("a NUL byte in the sheet")
        << QByteArray(sheet).replace("2024",
                                     QByteArray("20\0"
                                                "24",
                                                5))
        << shared << QStringList{sheetPart + QStringLiteral(" is damaged (XML line 2, column")};
    QTest::newRow("the sheet ends inside a cell")
        << sheet.left(sheet.indexOf("<v>2024")) << shared
        << QStringList{sheetPart + QStringLiteral(" is damaged (XML line 2, column")};
    QTest::newRow("text after the root") << sheet + "<extra/>" << shared
                                         << QStringList{sheetPart + QStringLiteral(" is damaged (XML line 2, column")};
    QTest::newRow("shared strings part of one space")
        << sheet << QByteArray(" ") << QStringList{sharedPart + QStringLiteral(" is damaged (XML line")};
}

// Each is refused with the part and what is wrong; nothing of an entity or DTD
// is fetched or expanded.
void TestCellsAsShown::xmlRefused()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QByteArray, shared);
    QFETCH(QStringList, expected);
    QString error;
    readBytes(TestZip::workbook(sheet, shared), &error);
    for (const QString &fragment : expected)
        QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("root:")), qPrintable(error));     // nothing of /etc/passwd
    QVERIFY2(!error.contains(QStringLiteral("XML_PARSE")), qPrintable(error)); // no hint for programmers
}

void TestCellsAsShown::odsCells()
{
    // As LibreOffice writes it: rows and columns padded with repeats to the
    // sheet's end, a covered cell after a spanned one, a formula with its value.
    const QByteArray table =
        "<table:table table:name=\"数据\"><table:table-column table:number-columns-repeated=\"16384\"/>"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>code</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>year</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>value</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"string\"><text:p>note</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>W01</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"float\" office:value=\"2024\"><text:p>2024</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"percentage\" office:value=\"0.683\"><text:p>68.30%</text:p>"
        "</table:table-cell><table:table-cell office:value-type=\"date\" office:date-value=\"2026-11-30T13:45:00\">"
        "<text:p>30/11/26</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16380\"/>"
        "</table:table-row>"
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"string\"><text:p>"
        "两行</text:p><text:p>a<text:s text:c=\"2\"/>b</text:p></table:table-cell><table:table-cell "
        "office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"float\" office:value=\"92.599999999999994\" table:formula=\"of:=1+1\">"
        "<text:p>92.6</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\">"
        "<text:p>merged</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
        "table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
    QString error;
    const XlsxReader::Sheet sheet = readBytes(TestZip::ods(table), &error, QStringLiteral("t.ods"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheet.name, QStringLiteral("数据"));
    QCOMPARE(sheet.rowNumbers, (QVector<int>{1, 2, 3, 4, 5}));
    QCOMPARE(sheet.row(1), (QStringList{"W01", "2024", "68.3%", "2026-11-30 13:45"}));
    QCOMPARE(sheet.row(2), (QStringList{"两行\na  b", "TRUE", "92.6"}));
    QCOMPARE(sheet.row(3), sheet.row(2));
    QCOMPARE(sheet.row(4), (QStringList{"merged"}));
    QCOMPARE(sheet.merged.size(), 1);
    QCOMPARE(sheet.merged.at(0).text, QStringLiteral("A5:B5"));
    QCOMPARE(sheet.problems.size(), 2); // the formula in C3 and its repeat in C4
    QVERIFY2(sheet.problems.at(0).message.contains(QStringLiteral("t.ods: sheet 数据: row 3, column C: formulas")),
             qPrintable(sheet.problems.at(0).message));
    QCOMPARE(sheet.problems.at(1).row, 4);
}

void TestCellsAsShown::odsImportsLikeXlsx()
{
    TempDatabase db;
    QVERIFY(db.open());
    auto cell = [](const QByteArray &type, const QByteArray &value) -> QByteArray {
        if (type == "string")
            return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value
            + "</text:p></table:table-cell>";
    };
    QByteArray rows = "<table:table-row>" + cell("string", "指标代码") + cell("string", "年度") + cell("string", "数值")
        + cell("string", "情况说明") + "</table:table-row>";
    const QStringList codes = {QStringLiteral("W01"), QStringLiteral("W02"), QStringLiteral("W03")};
    for (int i = 0; i < codes.size(); ++i)
        rows += "<table:table-row>" + cell("string", codes.at(i).toUtf8()) + cell("float", "2024")
            + cell("float", QByteArray::number(90 + i) + ".5") + cell("string", "说明") + "</table:table-row>";
    const QByteArray tables = "<table:table table:name=\"title\" table:style-name=\"ta2\"><table:table-row>"
                              "<table:table-cell/></table:table-row></table:table><table:table table:name=\"值\">"
        + rows + "</table:table>";
    const ValueFileImport::Preview p = importBytes(
        db, QStringLiteral("v.ods"),
        TestZip::ods(tables,
                     "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties "
                     "table:display=\"false\"/></style:style>"));
    QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.format, QStringLiteral("ods"));
    QCOMPARE(p.sheet, QStringLiteral("值"));
    QCOMPARE(p.records.size(), 3);
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(p.records.at(i).indicatorCode, codes.at(i));
        QCOMPARE(p.records.at(i).value, 90 + i + 0.5);
        QCOMPARE(p.records.at(i).note, QStringLiteral("说明"));
    }
}

void TestCellsAsShown::csvTemplateWithTitleRows()
{
    // Our return template, filled and saved as CSV by a spreadsheet program: the
    // title rows stay above the header. It reads like the .xlsx template.
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QString blank = db.filePath(QStringLiteral("blank.xlsx"));
    QVERIFY2(ReturnTemplate::write(db.connection(), QStringLiteral("区卫健委"), 2025, blank, &error),
             qPrintable(error));
    XlsxReader::Sheet sheet;
    QVERIFY2(XlsxReader::read(blank, &sheet, &error), qPrintable(error));
    int header = -1;
    int valueColumn = -1;
    int noteColumn = -1;
    for (int r = 0; r < sheet.rowCount() && header < 0; ++r) {
        const QStringList cells = sheet.row(r);
        if (cells.contains(ReturnTemplate::codeHeader())) {
            header = r;
            valueColumn = int(cells.indexOf(ReturnTemplate::valueHeader(2025)));
            noteColumn = int(cells.indexOf(QStringLiteral("情况说明")));
        }
    }
    QVERIFY(header > 0 && valueColumn > 0 && noteColumn > 0);
    // Every indicator row of the template is filled: each must come back.
    CsvWriter w;
    int filled = 0;
    QHash<QString, double> expected;
    for (int r = 0; r < sheet.rowCount(); ++r) {
        QStringList cells = sheet.row(r);
        // The indicator rows: below them come the paper copy's signature lines, without a code.
        if (r > header && !cells.value(0).isEmpty()) {
            while (cells.size() <= noteColumn)
                cells.append(QString());
            const double v = 50 + filled * 0.25;
            cells[valueColumn] = QString::number(v);
            cells[noteColumn] = QStringLiteral("第%1行").arg(r);
            expected.insert(cells.at(0), v);
            ++filled;
        }
        // A spreadsheet saves every row as wide as the widest, with empty fields.
        while (cells.size() < 14)
            cells.append(QString());
        w.addRow(cells);
    }
    QVERIFY(filled > 10);
    const ValueFileImport::Preview p = importBytes(db, QStringLiteral("return.csv"), w.toUtf8());
    QVERIFY2(p.ok(), qPrintable(p.problems.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(p.format, QStringLiteral("template"));
    QCOMPARE(p.templateYear, 2025);
    QCOMPARE(p.templateUnit, QStringLiteral("区卫健委"));
    QCOMPARE(p.records.size(), filled);
    for (const ValueRecord &r : p.records) {
        QCOMPARE(r.year, 2025);
        QCOMPARE(r.value, expected.value(r.indicatorCode));
    }

    // A value that is not a number points at the template's column, by its header.
    QByteArray bad = w.toUtf8();
    bad.replace(",50,", ",abc,");
    const ValueFileImport::Preview q = importBytes(db, QStringLiteral("bad.csv"), bad);
    QVERIFY(!q.ok());
    QVERIFY2(q.problems.value(0).contains(QStringLiteral("bad.csv: line %1, column %2 (2025年数值): abc")
                                              .arg(sheet.rowNumbers.at(header + 1))
                                              .arg(XlsxReader::columnName(valueColumn))),
             qPrintable(q.problems.value(0)));
}

QTEST_GUILESS_MAIN(TestCellsAsShown)
#include "tst_cellsasshown.moc"
