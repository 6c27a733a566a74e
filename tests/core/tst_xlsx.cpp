// XLSX exchange: our writer and reader agree (shared and inline strings, numbers,
// gaps); the return template is laid out, protected and validated as a liaison
// needs it, and once filled in by editing its sheet as a spreadsheet program
// would, it imports; value and assessment exports read back; no export of ours
// lets a text cell become a formula (CSV or XLSX).
#include "tempdatabase.h"
#include "testzip.h"

#include "exchange/assessmentexport.h"
#include "exchange/catalogexport.h"
#include "exchange/csvreader.h"
#include "exchange/returntemplate.h"
#include "exchange/valueexport.h"
#include "exchange/valuefileimport.h"
#include "exchange/xlsxdocument.h"
#include "exchange/xlsxreader.h"
#include "storage/catalogrepository.h"
#include "storage/settingsrepository.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"

#include <QtTest>

namespace {
const QString kHealth = QStringLiteral("区卫健委");

ValueRecord record(const QString &code, int year, double value, const QString &note = QString())
{
    ValueRecord r;
    r.indicatorCode = code;
    r.year = year;
    r.value = value;
    r.note = note;
    return r;
}

// With FUER_SCREENSHOT_DIR set, files are kept there for a person to open or print.
void keep(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(name));
        QFile::copy(path, QDir(dir).filePath(name));
    }
}

// Every row of a sheet, each from column A to its last text.
QVector<QStringList> allRows(const XlsxReader::Sheet &sheet)
{
    QVector<QStringList> rows;
    for (int r = 0; r < sheet.rowCount(); ++r)
        rows.append(sheet.row(r));
    return rows;
}

XlsxReader::Sheet readSheet(const QString &path)
{
    XlsxReader::Sheet sheet;
    QString error;
    if (!XlsxReader::read(path, &sheet, &error))
        qWarning() << error;
    return sheet;
}
} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void columnNames_data();
    void columnNames();
    void roundTrip_data();
    void roundTrip();
    void templateLayout_data();
    void templateLayout();
    void templateRefusesUnknownUnit();
    void filledTemplateImports_data();
    void filledTemplateImports();
    void valueExportReadsBack();
    void assessmentExport();
    void neutralised_data();
    void neutralised();
    void exportKeepsTexts_data();
    void exportKeepsTexts();
    void exportRefusesWhatXlsxCannotHold_data();
    void exportRefusesWhatXlsxCannotHold();
    void demoExportKeepsNotes();
    void percentTypedInTheTemplate_data();
    void percentTypedInTheTemplate();
};

void TestXlsx::columnNames_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::newRow("A") << 0 << "A";
    QTest::newRow("Z") << 25 << "Z";
    QTest::newRow("AA") << 26 << "AA";
    QTest::newRow("ZZ") << 701 << "ZZ";
    QTest::newRow("AAA") << 702 << "AAA";
}

void TestXlsx::columnNames()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    QCOMPARE(XlsxReader::columnName(column), name);
    int row = 0;
    int parsed = -1;
    QVERIFY(XlsxReader::parseCellReference(QString(name + QStringLiteral("12")), &row, &parsed));
    QCOMPARE(row, 12);
    QCOMPARE(parsed, column);
}

void TestXlsx::roundTrip_data()
{
    QTest::addColumn<bool>("streaming"); // inline strings instead of shared strings
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
}

void TestXlsx::roundTrip()
{
    QFETCH(bool, streaming);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.xlsx"));
    XlsxDocument doc(path, streaming);
    doc.addSheet(QStringLiteral("数据"));
    doc.writeText(0, 0, QStringLiteral("指标代码"), XlsxDocument::Style::Header);
    doc.writeText(0, 2, QStringLiteral("情况说明"));
    doc.writeText(1, 0, QStringLiteral("W04"));
    doc.writeNumber(1, 1, 92.6);
    doc.writeText(1, 2, QStringLiteral("两行\n说明 & <标记>"));
    doc.writeNumber(2, 1, 1234567.0);
    doc.writeNumber(2, 27, 0.0001); // column AB: the gap is filled
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));

    XlsxReader::Sheet sheet;
    QVERIFY2(XlsxReader::read(path, &sheet, &error), qPrintable(error));
    QCOMPARE(sheet.name, QStringLiteral("数据"));
    QCOMPARE(sheet.rowNumbers, (QVector<int>{1, 2, 3}));
    QCOMPARE(allRows(sheet).at(0), (QStringList{QStringLiteral("指标代码"), QString(), QStringLiteral("情况说明")}));
    QCOMPARE(allRows(sheet).at(1),
             (QStringList{QStringLiteral("W04"), QStringLiteral("92.6"), QStringLiteral("两行\n说明 & <标记>")}));
    QCOMPARE(allRows(sheet).at(2).size(), 28);
    QCOMPARE(allRows(sheet).at(2).at(1), QStringLiteral("1234567"));
    QCOMPARE(allRows(sheet).at(2).at(27), QStringLiteral("0.0001"));
    QVERIFY(allRows(sheet).at(2).at(5).isEmpty());
}

void TestXlsx::templateLayout_data()
{
    QTest::addColumn<bool>("demo");
    QTest::newRow("real data") << false;
    QTest::newRow("demo data") << true;
}

void TestXlsx::templateLayout()
{
    QFETCH(bool, demo);
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    if (demo)
        QVERIFY(SettingsRepository(db.connection()).setValue(QStringLiteral("demo"), QStringLiteral("1"), &error));
    QVERIFY(ValueRepository(db.connection())
                .store({record(QStringLiteral("W04"), 2022, 93.1), record(QStringLiteral("W04"), 2024, 94.5)},
                       QStringLiteral("t"), QStringLiteral("import"), false, &error));
    const QString path = db.filePath(QStringLiteral("return.xlsx"));
    QVERIFY2(ReturnTemplate::write(db.connection(), kHealth, 2025, path, &error), qPrintable(error));
    keep(path, demo ? QStringLiteral("return-template-demo.xlsx") : QStringLiteral("return-template.xlsx"));

    const XlsxReader::Sheet sheet = readSheet(path);
    QVERIFY(allRows(sheet).size() > ReturnTemplate::FirstDataRow);
    const QString title = allRows(sheet).at(0).at(0);
    QVERIFY2(title.contains(kHealth) && title.contains(QStringLiteral("2025")), qPrintable(title));
    QCOMPARE(title.contains(QStringLiteral("示例数据")), demo);
    QCOMPARE(allRows(sheet).at(1).mid(0, 4),
             (QStringList{QStringLiteral("填报单位"), kHealth, QStringLiteral("填报年度"), QStringLiteral("2025")}));
    const QStringList header = allRows(sheet).at(ReturnTemplate::HeaderRow);
    QCOMPARE(header.value(ReturnTemplate::Code), QStringLiteral("指标代码"));
    QCOMPARE(header.value(ReturnTemplate::Previous1), QStringLiteral("2022年"));
    QCOMPARE(header.value(ReturnTemplate::Value), QStringLiteral("2025年数值"));
    QCOMPARE(header.value(ReturnTemplate::Note), QStringLiteral("情况说明"));

    QStringList expected; // the unit's indicators, in catalog order
    for (const Indicator &ind : CatalogRepository(db.connection()).indicators()) {
        if (ind.leadUnit() == kHealth)
            expected.append(ind.code);
    }
    QStringList codes;
    // The table ends where the signature lines begin (nothing in column A).
    for (int r = ReturnTemplate::FirstDataRow; r < allRows(sheet).size() && !allRows(sheet).at(r).value(0).isEmpty();
         ++r)
        codes.append(allRows(sheet).at(r).at(0));
    QCOMPARE(codes, expected);
    const QStringList w04 = allRows(sheet).at(ReturnTemplate::FirstDataRow + expected.indexOf(QStringLiteral("W04")));
    QCOMPARE(w04.value(ReturnTemplate::MeasureUnit), QStringLiteral("%"));
    QCOMPARE(w04.value(ReturnTemplate::Previous1), QStringLiteral("93.1"));
    QCOMPARE(w04.value(ReturnTemplate::Previous2), QString());
    QCOMPARE(w04.value(ReturnTemplate::Previous3), QStringLiteral("94.5"));

    // Protection, validation and print setup as a spreadsheet program reads them.
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, &error);
    const QByteArray xml = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(xml.contains("<sheetProtection"));
    QVERIFY(xml.contains("type=\"decimal\""));
    QVERIFY(xml.contains("paperSize=\"9\"") && xml.contains("orientation=\"landscape\""));
    QVERIFY(xml.contains("fitToHeight=\"0\""));
    QVERIFY(parts.value(QStringLiteral("xl/workbook.xml")).contains("_xlnm.Print_Titles"));
    QVERIFY(parts.value(QStringLiteral("xl/styles.xml")).contains("locked=\"0\""));
    QVERIFY(!xml.contains("<f>"));
}

void TestXlsx::templateRefusesUnknownUnit()
{
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QString path = db.filePath(QStringLiteral("x.xlsx"));
    QVERIFY(!ReturnTemplate::write(db.connection(), QStringLiteral("区不存在局"), 2025, path, &error));
    QVERIFY2(error.contains(QStringLiteral("区不存在局")) && error.contains(kHealth), qPrintable(error));
    QVERIFY(!ReturnTemplate::write(db.connection(), QStringLiteral("区妇儿工委办"), 2025, path, &error));
    QVERIFY(!ReturnTemplate::write(db.connection(), kHealth, 2040, path, &error));
    QVERIFY(!QFile::exists(path));
}

void TestXlsx::filledTemplateImports_data()
{
    QTest::addColumn<QString>("restrictToUnit");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("administrator") << QString() << true;
    QTest::newRow("liaison of the lead unit") << kHealth << true;
    QTest::newRow("liaison of another unit") << QStringLiteral("区教委") << false;
}

void TestXlsx::filledTemplateImports()
{
    QFETCH(QString, restrictToUnit);
    QFETCH(bool, accepted);
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QString blank = db.filePath(QStringLiteral("blank.xlsx"));
    QVERIFY2(ReturnTemplate::write(db.connection(), kHealth, 2025, blank, &error), qPrintable(error));

    // Rows 5.. hold W01, W02, W03, W04; columns H value, I numerator, J denominator,
    // K source, L note. W02 stays empty: not reported yet.
    QMap<QString, QByteArray> parts = TestZip::readAll(blank, &error);
    QByteArray sheet = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray shared = parts.value(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(!sheet.isEmpty() && !shared.isEmpty());
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("H5"), QStringLiteral("98.2"), true));
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("K5"), QStringLiteral("区卫健委年报"), false));
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("I7"), QStringLiteral("0"), true));
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("J7"), QStringLiteral("2150"), true));
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("H8"), QStringLiteral("95.30000000000001"), true));
    QVERIFY(TestZip::fillCell(&sheet, &shared, QStringLiteral("L8"), QStringLiteral("含流动人口"), false));
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
    const QString filled = db.filePath(QStringLiteral("filled.xlsx"));
    QVERIFY(TestFiles::write(filled, TestZip::pack(parts)));

    ValueFileImport::Options options;
    options.values.state = ValueState::Draft;
    options.values.restrictToUnit = restrictToUnit;
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), filled, options);
    QCOMPARE(preview.format, QStringLiteral("template"));
    QCOMPARE(preview.templateYear, 2025);
    QCOMPARE(preview.templateUnit, kHealth);
    QCOMPARE(preview.rows.size(), 3);
    QCOMPARE(preview.ok(), accepted);
    if (!accepted) {
        QVERIFY(preview.records.isEmpty());
        QVERIFY2(preview.problems.value(0).contains(QStringLiteral("filled.xlsx: sheet"))
                     && preview.problems.value(0).contains(QStringLiteral("row 5, column A"))
                     && preview.problems.value(0).contains(kHealth),
                 qPrintable(preview.problems.value(0)));
        return;
    }
    QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
    const int before = db.valueCount();
    QVERIFY2(ValueRepository(db.connection())
                 .store(preview.records, QStringLiteral("liaison"), QStringLiteral("import"), false, &error),
             qPrintable(error));
    QCOMPARE(db.valueCount(), before + 3);
    const auto w01 = ValueRepository(db.connection()).value(QStringLiteral("W01"), QString(), 2025);
    QVERIFY(w01);
    QCOMPARE(w01->value, 98.2);
    QCOMPARE(w01->source, QStringLiteral("区卫健委年报"));
    QCOMPARE(w01->state, ValueState::Draft);
    const auto w03 = ValueRepository(db.connection()).value(QStringLiteral("W03"), QString(), 2025);
    QVERIFY(w03 && w03->value == 0.0 && w03->denominator == 2150.0);
    const auto w04 = ValueRepository(db.connection()).value(QStringLiteral("W04"), QString(), 2025);
    QVERIFY(w04 && qFuzzyCompare(w04->value, 95.3));
    QCOMPARE(w04->note, QStringLiteral("含流动人口"));
}

void TestXlsx::valueExportReadsBack()
{
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    ValueRecord r = record(QStringLiteral("W03"), 2024, 8.5, QStringLiteral("说明，含逗号"));
    r.numerator = 2;
    r.denominator = 23500;
    r.source = QStringLiteral("妇幼年报");
    QVERIFY(ValueRepository(db.connection())
                .store({r, record(QStringLiteral("C19"), 2024, 100)}, QStringLiteral("t"), QStringLiteral("import"),
                       false, &error));
    const QVector<ValueRecord> before = ValueRepository(db.connection()).values(2024);
    const QString path = db.filePath(QStringLiteral("values.xlsx"));
    QVERIFY2(ValueExport::toXlsx(path, before, db.defaultAreaName(), false, &error), qPrintable(error));

    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, {});
    QVERIFY2(preview.ok(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
    QCOMPARE(preview.format, QStringLiteral("xlsx"));
    auto fields = [](const QVector<ValueRecord> &records) {
        QStringList out;
        for (const ValueRecord &v : records)
            out.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                           .arg(v.indicatorCode)
                           .arg(v.year)
                           .arg(v.value)
                           .arg(v.numerator.value_or(-1))
                           .arg(v.denominator.value_or(-1))
                           .arg(v.source, v.note, v.area));
        return out;
    };
    QCOMPARE(fields(preview.records), fields(before));
}

void TestXlsx::assessmentExport()
{
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QVector<IndicatorAssessment> all = AssessmentService(db.connection()).assessAll(2025);
    const QString path = db.filePath(QStringLiteral("assessment.xlsx"));
    QVERIFY2(AssessmentExport::toXlsx(path, all, 2025, true, &error), qPrintable(error));
    keep(path, QStringLiteral("assessment-2025.xlsx"));
    const XlsxReader::Sheet sheet = readSheet(path);
    QVERIFY(allRows(sheet).at(0).at(0).contains(QStringLiteral("2025")));
    QVERIFY(allRows(sheet).at(0).at(0).contains(QStringLiteral("示例数据")));
    QCOMPARE(allRows(sheet).at(2), AssessmentExport::labels());
    QCOMPARE(allRows(sheet).size(), 3 + all.size());
    QCOMPARE(allRows(sheet).last().at(0), all.last().indicator.code);
}

void TestXlsx::neutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=1+1"
                            << "'=1+1";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("plus") << "+cmd"
                          << "'+cmd";
    QTest::newRow("minus expression") << "-2+3"
                                      << "'-2+3";
    QTest::newRow("tab") << "\t=x"
                         << "'\t=x";
    QTest::newRow("negative number stays") << "-1.5"
                                           << "-1.5";
    QTest::newRow("plain text stays") << "年报"
                                      << "年报";
}

void TestXlsx::neutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QTemporaryDir dir;
    QString error;
    ValueRecord r = record(QStringLiteral("W01"), 2024, 1, text);
    r.source = text;
    Indicator ind;
    ind.code = QStringLiteral("W01");
    ind.name = text;
    ind.targetText = text;
    IndicatorAssessment ia;
    ia.indicator = ind;
    ia.assessment.reason = text;

    // CSV: values, assessment, catalog.
    auto csvCell = [](const QByteArray &bytes, int column) {
        QVector<CsvReader::Record> rows;
        QString e;
        bool valid = false;
        CsvReader::parse(CsvReader::decodeUtf8(bytes, &valid), &rows, &e);
        return rows.value(1).fields.value(column);
    };
    QCOMPARE(csvCell(ValueExport::toCsv({r}, QStringLiteral("区"), false), 6), written);
    QCOMPARE(csvCell(ValueExport::toCsv({r}, QStringLiteral("区"), false), 5), written);
    QCOMPARE(csvCell(AssessmentExport::toCsv({ia}), 1), written);
    QCOMPARE(csvCell(AssessmentExport::toCsv({ia}), 11), written);
    QCOMPARE(csvCell(CatalogExport::toCsv({ind}), 4), written);

    // XLSX: values and assessment; read back, so no cell is a formula (the reader
    // refuses formulas) and each text is the neutralised string.
    const QString values = dir.filePath(QStringLiteral("v.xlsx"));
    QVERIFY2(ValueExport::toXlsx(values, {r}, QStringLiteral("区"), false, &error), qPrintable(error));
    XlsxReader::Sheet sheet = readSheet(values);
    QCOMPARE(allRows(sheet).value(2).value(5), written);
    QCOMPARE(allRows(sheet).value(2).value(6), written);
    const QString assessment = dir.filePath(QStringLiteral("a.xlsx"));
    QVERIFY2(AssessmentExport::toXlsx(assessment, {ia}, 2025, false, &error), qPrintable(error));
    sheet = readSheet(assessment);
    QCOMPARE(allRows(sheet).value(3).value(1), written);
    QCOMPARE(allRows(sheet).value(3).value(11), written);
}

void TestXlsx::exportKeepsTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("control characters") << QStringLiteral("a\u0001b\u0008c\u001Fd\te\nf");
    QTest::newRow("literal escape") << QStringLiteral("_x0041_");
    QTest::newRow("literal escaped underscore") << QStringLiteral("_x005F_x0041_ and _x005f_");
    QTest::newRow("escape next to a control character") << QStringLiteral("\u0002_x0002_");
    QTest::newRow("not an escape") << QStringLiteral("_x12_ _xZZZZ_ x0041_ _x0041");
    QTest::newRow("carriage return") << QStringLiteral("一\r二");
    QTest::newRow("at the cell limit") << QString(32767, QLatin1Char('x'));
}

void TestXlsx::exportKeepsTexts()
{
    QFETCH(QString, text);
    TempDatabase db;
    QVERIFY(db.open());
    ValueRecord r = record(QStringLiteral("W03"), 2024, 8.5, text);
    r.source = text;
    const QString path = db.filePath(QStringLiteral("texts.xlsx"));
    QString error;
    QVERIFY2(ValueExport::toXlsx(path, {r}, db.defaultAreaName(), false, &error), qPrintable(error));
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, {});
    QCOMPARE(preview.rows.size(), 1);
    QCOMPARE(preview.rows.at(0).record.note, text);
    QCOMPARE(preview.rows.at(0).record.source, text);
}

void TestXlsx::exportRefusesWhatXlsxCannotHold_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NUL in the note") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QString()
                                     << QStringLiteral("W03 2024 (district), note: the text holds a NUL character");
    QTest::newRow("NUL in the source") << QString() << QString(QChar(0))
                                       << QStringLiteral("W03 2024 (district), source: the text holds a NUL");
    QTest::newRow("over the cell limit") << QString(32768, QLatin1Char('x')) << QString()
                                         << QStringLiteral("W03 2024 (district), note: the text has 32768 characters, "
                                                           "more than the 32767 an Excel cell holds");
    // Escaping a literal _x0041_ makes it longer: that counts.
    QTest::newRow("over the limit once escaped") << QString(32760, QLatin1Char('x')) + QStringLiteral("_x0041_")
                                                 << QString() << QStringLiteral("note: the text has 32767 characters");
}

void TestXlsx::exportRefusesWhatXlsxCannotHold()
{
    QFETCH(QString, note);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.xlsx"));
    ValueRecord r = record(QStringLiteral("W03"), 2024, 8.5, note);
    r.source = source;
    QString error;
    QVERIFY(
        !ValueExport::toXlsx(path, {record(QStringLiteral("W01"), 2024, 1), r}, QStringLiteral("区"), false, &error));
    QVERIFY2(error.contains(expected), qPrintable(error.left(300)));
    QVERIFY(!QFile::exists(path)); // nothing half-written
}

void TestXlsx::demoExportKeepsNotes()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QVector<ValueRecord> records = {
        record(QStringLiteral("W01"), 2024, 98.25, QStringLiteral("本年统计口径有调整")),
        record(QStringLiteral("W04"), 2024, 0.1 + 0.2)};
    QString error;
    const QString path = db.filePath(QStringLiteral("demo.xlsx"));
    QVERIFY2(ValueExport::toXlsx(path, records, db.defaultAreaName(), true, &error), qPrintable(error));
    const XlsxReader::Sheet sheet = readSheet(path);
    QCOMPARE(allRows(sheet).value(0).value(0), ValueExport::demoMark());
    const QString csvPath = db.filePath(QStringLiteral("demo.csv"));
    QVERIFY(TestFiles::write(csvPath, ValueExport::toCsv(records, db.defaultAreaName(), true)));
    QVERIFY(TestFiles::read(csvPath).startsWith("\xEF\xBB\xBF" + ValueExport::demoMark().toUtf8()
                                                + "\r\n")); // BOM, then the mark
    for (const QString &file : {path, csvPath}) {
        const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), file, {});
        QVERIFY2(preview.ok(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
        QCOMPARE(preview.records.size(), 2);
        QCOMPARE(preview.records.at(0).note, QStringLiteral("本年统计口径有调整"));
        QCOMPARE(preview.records.at(1).note, QString());
        QCOMPARE(preview.records.at(1).value, 0.1 + 0.2);
    }
}

void TestXlsx::percentTypedInTheTemplate_data()
{
    QTest::addColumn<QString>("unit");
    const QStringList units = {kHealth, QStringLiteral("区教委"), QStringLiteral("区民政局")};
    for (const QString &u : units)
        QTest::newRow(qPrintable(u)) << u;
}

// Typing 68.3% into a cell of our template, Excel and LibreOffice store 0.683 with a
// percent format. Every row of a unit's template is filled that way: a % indicator
// takes 68.3; any other is refused naming the cell and the unit it is measured in.
void TestXlsx::percentTypedInTheTemplate()
{
    QFETCH(QString, unit);
    TempDatabase db;
    QVERIFY(db.open());
    QString error;
    const QString blank = db.filePath(QStringLiteral("blank.xlsx"));
    QVERIFY2(ReturnTemplate::write(db.connection(), unit, 2025, blank, &error), qPrintable(error));
    XlsxReader::Sheet read;
    QVERIFY2(XlsxReader::read(blank, &read, &error), qPrintable(error));
    QHash<QString, Indicator> byCode;
    for (const Indicator &i : CatalogRepository(db.connection()).indicators())
        byCode.insert(i.code, i);

    QMap<QString, QByteArray> parts = TestZip::readAll(blank, &error);
    QByteArray sheet = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray shared = parts.value(QStringLiteral("xl/sharedStrings.xml"));
    QByteArray styles = parts.value(QStringLiteral("xl/styles.xml"));
    // One more cell format: numFmtId 176 "0.0%", as LibreOffice adds it.
    const QRegularExpression xfs(QStringLiteral("<cellXfs count=\"(\\d+)\""));
    const QRegularExpressionMatch m = xfs.match(QString::fromUtf8(styles));
    QVERIFY(m.hasMatch());
    const int percentStyle = m.captured(1).toInt();
    styles.replace("</cellXfs>",
                   "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/></cellXfs>");
    styles.replace(QByteArray("<cellXfs count=\"") + QByteArray::number(percentStyle),
                   QByteArray("<cellXfs count=\"") + QByteArray::number(percentStyle + 1));
    if (styles.contains("<numFmts"))
        styles.replace("</numFmts>", "<numFmt numFmtId=\"176\" formatCode=\"0.0%\"/></numFmts>");
    else
        styles.replace("<fonts", "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"0.0%\"/></numFmts><fonts");

    QMap<int, QString> codeOfRow;
    for (int i = 0; i < read.rowCount(); ++i) {
        const QString code = read.row(i).value(ReturnTemplate::Code);
        if (byCode.contains(code))
            codeOfRow.insert(read.rowNumbers.at(i), code);
    }
    QVERIFY(codeOfRow.size() >= 3);
    QString sheetText = QString::fromUtf8(sheet);
    for (auto it = codeOfRow.cbegin(); it != codeOfRow.cend(); ++it) {
        const QString ref = XlsxReader::columnName(ReturnTemplate::Value) + QString::number(it.key());
        const QRegularExpression cell(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
        QVERIFY2(sheetText.contains(cell), qPrintable(ref));
        sheetText.replace(
            cell, QStringLiteral("<c r=\"%1\" s=\"%2\"><v>0.68300000000000005</v></c>").arg(ref).arg(percentStyle));
    }
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), sheetText.toUtf8());
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
    parts.insert(QStringLiteral("xl/styles.xml"), styles);
    const QString filled = db.filePath(QStringLiteral("filled.xlsx"));
    QVERIFY(TestFiles::write(filled, TestZip::pack(parts)));

    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), filled, {});
    QCOMPARE(preview.format, QStringLiteral("template"));
    QCOMPARE(preview.rows.size(), codeOfRow.size());
    int refused = 0;
    for (const ValueFileImport::PreviewRow &row : preview.rows) {
        const Indicator &ind = byCode.value(codeOfRow.value(row.line));
        const QString where = QStringLiteral("row %1, column H").arg(row.line);
        if (ind.measureUnit == QStringLiteral("%")) {
            QVERIFY2(row.ok(), qPrintable(ind.code + QLatin1Char(' ') + row.problems.join(' ')));
            QCOMPARE(row.record.value, 68.3);
        } else {
            ++refused;
            QCOMPARE(row.problems.size(), 1);
            QVERIFY2(row.problems.first().contains(where) && row.problems.first().contains(QStringLiteral("68.3%"))
                         && row.problems.first().contains(QStringLiteral("without a % sign")),
                     qPrintable(row.problems.first()));
        }
    }
    QCOMPARE(preview.ok(), refused == 0);
    if (unit == kHealth)
        QVERIFY(refused >= 3); // 岁, 1/10万 and ‰ rows among them
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
