// The return template's report sheet and signature lines (issue #15 items 1, 4, 7):
// the template has them, prefilled with the stored report; importing a filled
// template stores the values and the report in one transaction, all or nothing,
// whatever fails (a value, a section's text, the report's state); an empty or
// unchanged sheet leaves the report alone; a LibreOffice-saved file imports the
// same (when soffice is installed).
#include "tempdatabase.h"
#include "testzip.h"

#include "exchange/reportsheet.h"
#include "exchange/returntemplate.h"
#include "exchange/xlsxreader.h"
#include "storage/reportrepository.h"
#include "storage/valuerepository.h"
#include "storage/writetransaction.h"
#include "workflow/changenotifier.h"
#include "workflow/reportservice.h"
#include "workflow/returnservice.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

namespace {
const QString kUnit = QStringLiteral("区卫健委");
const int kYear = 2025;
const QString kParagraphs = QStringLiteral(
    "第一段：全年开展妇女两癌筛查。\n第二段：孕产妇死亡率继续下降。\n\n第三段，空行之后。");

User liaison(const QString &unit = kUnit)
{
    User u;
    u.login = QStringLiteral("weijian");
    u.role = User::Role::Liaison;
    u.unit = unit;
    return u;
}

User reviewer()
{
    User u;
    u.login = QStringLiteral("fuergw");
    u.role = User::Role::Reviewer;
    return u;
}

// A written template's parts, filled cell by cell as Excel writes cells.
struct Workbook
{
    QMap<QString, QByteArray> parts;

    bool load(const QString &path)
    {
        QString error;
        parts = TestZip::readAll(path, &error);
        return error.isEmpty() && parts.contains(QStringLiteral("xl/worksheets/sheet2.xml"));
    }
    // sheet 1: values, 2: the report
    bool fill(int sheet, const QString &ref, const QString &text, bool number = false)
    {
        const QString part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet);
        QByteArray xml = parts.value(part);
        QByteArray shared = parts.value(QStringLiteral("xl/sharedStrings.xml"));
        if (!TestZip::fillCell(&xml, &shared, ref, text, number))
            return false;
        parts.insert(part, xml);
        parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
        return true;
    }
    bool save(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(TestZip::pack(parts)) > 0;
    }
};

QString progressRef(int index) // the text cell of the index-th section
{
    return QStringLiteral("B%1").arg(ReportSheet::FirstSectionRow + 1 + index);
}

QVector<QStringList> rowsOf(const XlsxReader::Sheet &sheet)
{
    QVector<QStringList> rows;
    for (int i = 0; i < sheet.rowCount(); ++i) {
        while (rows.size() < sheet.rowNumbers.at(i) - 1)
            rows.append(QStringList());
        rows.append(sheet.row(i));
    }
    return rows;
}

// Kept for a look in a spreadsheet program when FUER_SCREENSHOT_DIR is set.
void keep(const QString &path, const QString &name)
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(name));
        QFile::copy(path, QDir(dir).filePath(name));
    }
}

int reportVersion(QSqlDatabase db)
{
    QString error;
    const std::optional<UnitReport> r = ReportRepository(db).read(kUnit, kYear, &error);
    return r ? r->version : -1;
}
} // namespace

class TestReportSheet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void templateHasSignaturesAndReportSheet();
    void templatePrefillsTheStoredReport();
    void importsValuesAndReport_data();
    void importsValuesAndReport();
    void allOrNothing_data();
    void allOrNothing();
    void badSectionNames_data();
    void badSectionNames();
    void emptySheetKeepsTheReport();
    void stateRules_data();
    void stateRules();
    void sheetMissingImportsValuesOnly();
    void previewSaysTheSheetIsImported();
    void nestedTransactionRollsBackWithTheOuter();
    void libreOfficeRoundTrip();

private:
    // A template of kUnit with W01's value (H5) filled, saved at `path`.
    bool filledTemplate(const QString &path, Workbook *book);
    ReturnService::FileImport importAsAdmin(const QString &path);

    std::unique_ptr<TempDatabase> m_db;
    QStringList m_categories;
};

void TestReportSheet::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    m_categories = ReportRepository(m_db->connection()).categoriesServed(kUnit);
    QVERIFY(m_categories.size() >= 2);
}

bool TestReportSheet::filledTemplate(const QString &path, Workbook *book)
{
    const QString blank = path + QStringLiteral(".blank.xlsx");
    QString error;
    if (!ReturnTemplate::write(m_db->connection(), kUnit, kYear, blank, &error)) {
        qWarning() << error;
        return false;
    }
    return book->load(blank) && book->fill(1, QStringLiteral("H5"), QStringLiteral("98.2"), true);
}

ReturnService::FileImport TestReportSheet::importAsAdmin(const QString &path)
{
    ValueFileImport::Options options;
    return ReturnService(m_db->connection()).importFile(User::localAdministrator(), path, options);
}

void TestReportSheet::templateHasSignaturesAndReportSheet()
{
    const QString path = m_db->filePath(QStringLiteral("t.xlsx"));
    QString error;
    QVERIFY2(ReturnTemplate::write(m_db->connection(), kUnit, kYear, path, &error), qPrintable(error));

    XlsxReader::Sheet values;
    QVERIFY2(XlsxReader::read(path, &values, &error), qPrintable(error));
    QCOMPARE(values.sheetNames.size(), 2);
    QCOMPARE(values.sheetNames.at(1), QStringLiteral("年度报告"));
    // Every signature label once, below the table, the seal's caption beside them.
    const QVector<QStringList> rows = rowsOf(values);
    int signatureRow = -1;
    QStringList found;
    int stampRow = -1;
    for (int r = ReturnTemplate::FirstDataRow; r < rows.size(); ++r) {
        for (const QString &cell : rows.at(r)) {
            if (ReturnTemplate::signatureLabels().contains(cell))
                found.append(cell);
            if (cell == QStringLiteral("（单位盖章）"))
                stampRow = r;
            if (cell == QStringLiteral("填报人"))
                signatureRow = r;
        }
    }
    found.sort();
    QStringList expected = {QStringLiteral("填报人"), QStringLiteral("联系电话"), QStringLiteral("审核人"),
                            QStringLiteral("单位负责人（签字）"), QStringLiteral("填报日期")};
    expected.sort();
    QCOMPARE(found, expected);
    QVERIFY(signatureRow > ReturnTemplate::FirstDataRow);
    QCOMPARE(stampRow, signatureRow);
    QVERIFY2(rows.at(signatureRow - 1).join(QString()).isEmpty(), "a blank row between the table and the signatures");

    // The input cells are unlocked and yellow; the seal's area is merged and locked.
    Workbook book;
    QVERIFY(book.load(path));
    const QByteArray sheet1 = book.parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString line = QString::number(signatureRow + 1);
    QVERIFY2(sheet1.contains(QStringLiteral("ref=\"C%1:D%1\"").arg(line).toUtf8()), sheet1.right(800).constData());
    QVERIFY(sheet1.contains(QStringLiteral("ref=\"K%1:L%2\"").arg(line).arg(signatureRow + 3).toUtf8()));
    QVERIFY(book.fill(1, QStringLiteral("C") + line, QStringLiteral("张三")));

    // The report sheet: a header, one row per section in order, protected.
    XlsxReader::Sheet report;
    QVERIFY2(XlsxReader::read(path, &report, &error, QStringLiteral("年度报告")), qPrintable(error));
    const QVector<QStringList> reportRows = rowsOf(report);
    QVERIFY(reportRows.value(0).value(0).contains(kUnit));
    QCOMPARE(reportRows.value(ReportSheet::HeaderRow).mid(0, 2),
             (QStringList{QStringLiteral("部分"), QStringLiteral("内容")}));
    QStringList labels;
    for (int r = ReportSheet::FirstSectionRow; r < reportRows.size(); ++r)
        labels.append(reportRows.at(r).value(0));
    QStringList expectedLabels;
    for (const QString &c : m_categories)
        expectedLabels.append(QStringLiteral("规划落实情况：") + c);
    expectedLabels << QStringLiteral("存在问题") << QStringLiteral("下一年工作安排");
    QCOMPARE(labels, expectedLabels);
    const QByteArray sheet2 = book.parts.value(QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(sheet2.contains("<sheetProtection"));
    QVERIFY(sheet2.contains("customHeight=\"1\""));
    // Every text cell can be filled (it is an empty cell of its own style).
    for (int i = 0; i < expectedLabels.size(); ++i)
        QVERIFY2(book.fill(2, progressRef(i), QStringLiteral("x")), qPrintable(progressRef(i)));
}

void TestReportSheet::templatePrefillsTheStoredReport()
{
    ReportService reports(m_db->connection());
    QString error;
    std::optional<UnitReport> r = reports.report(liaison(), kUnit, kYear, &error);
    QVERIFY(r);
    r->progress.insert(m_categories.at(1), kParagraphs);
    r->problems = QStringLiteral("- 基层人员不足\n- 数据口径不一");
    r->nextYearPlan = QStringLiteral("继续推进。");
    QVERIFY2(reports.saveDraft(liaison(), *r, &error), qPrintable(error));

    const QString path = m_db->filePath(QStringLiteral("t.xlsx"));
    QVERIFY2(ReturnTemplate::write(m_db->connection(), kUnit, kYear, path, &error), qPrintable(error));
    keep(path, QStringLiteral("return-template-with-report.xlsx"));
    XlsxReader::Sheet values;
    QVERIFY(XlsxReader::read(path, &values, &error));
    const ReportSheet::Reading reading = ReportSheet::read(path, values.sheetNames);
    QVERIFY(reading.present);
    QVERIFY2(reading.problems.isEmpty(), qPrintable(reading.problems.join('\n')));
    QCOMPARE(reading.sections.size(), m_categories.size() + 2);
    QCOMPARE(reading.sections.at(0).text, QString());
    QCOMPARE(reading.sections.at(1).text, kParagraphs);
    QCOMPARE(reading.sections.at(m_categories.size()).text, r->problems); // "-" read back without the apostrophe
    QCOMPARE(reading.sections.at(m_categories.size() + 1).text, r->nextYearPlan);
    QVERIFY(reading.matches(*reports.report(liaison(), kUnit, kYear, &error)));
}

void TestReportSheet::importsValuesAndReport_data()
{
    QTest::addColumn<bool>("asLiaison");
    QTest::newRow("administrator (the command line)") << false;
    QTest::newRow("liaison (the window)") << true;
}

void TestReportSheet::importsValuesAndReport()
{
    QFETCH(bool, asLiaison);
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    QVERIFY(book.fill(2, progressRef(0), kParagraphs));
    QVERIFY(book.fill(2, progressRef(m_categories.size()), QStringLiteral("问题一\n问题二")));
    QVERIFY(book.save(path));

    ChangeNotifier notifier;
    QSignalSpy reportsChanged(&notifier, &ChangeNotifier::reportsChanged);
    QSignalSpy valuesChanged(&notifier, &ChangeNotifier::valuesChanged);
    ReturnService returns(m_db->connection(), &notifier);
    if (asLiaison) {
        ValueFileImport::Options options;
        options.values.state = ValueState::Draft;
        options.values.restrictToUnit = kUnit;
        ValueFileImport::Preview preview = ValueFileImport::previewFile(m_db->connection(), path, options);
        ReportService(m_db->connection()).checkSheet(&preview);
        QVERIFY2(preview.ok(), qPrintable(preview.problems.join('\n')));
        QCOMPARE(preview.report.outcome, ReportSheet::Outcome::Save);
        QString error;
        ReportSheet::Outcome outcome = ReportSheet::Outcome::Absent;
        QVERIFY2(returns.importReturn(liaison(), preview, false, &error, &outcome), qPrintable(error));
        QCOMPARE(outcome, ReportSheet::Outcome::Save);
    } else {
        const ReturnService::FileImport done = returns.importFile(User::localAdministrator(), path,
                                                                  ValueFileImport::Options());
        QVERIFY2(done.ok, qPrintable(done.problems.join('\n') + done.error));
        QCOMPARE(done.report, ReportSheet::Outcome::Save);
        QCOMPARE(done.reportUnit, kUnit);
        QCOMPARE(done.reportYear, kYear);
    }
    QCOMPARE(reportsChanged.size(), 1);
    QCOMPARE(valuesChanged.size(), 1);
    const std::optional<ValueRecord> w01 = ValueRepository(m_db->connection()).value(QStringLiteral("W01"), {}, kYear);
    QVERIFY(w01);
    QCOMPARE(w01->value, 98.2);
    QString error;
    const std::optional<UnitReport> r = ReportRepository(m_db->connection()).read(kUnit, kYear, &error);
    QVERIFY(r && r->isStored());
    QCOMPARE(r->state, ValueState::Draft);
    QCOMPARE(r->progress.value(m_categories.at(0)), kParagraphs);
    QCOMPARE(r->progress.value(m_categories.at(1)), QString());
    QCOMPARE(r->problems, QStringLiteral("问题一\n问题二"));
    QCOMPARE(r->nextYearPlan, QString());
    QCOMPARE(r->updatedBy, asLiaison ? liaison().login : User::localAdministrator().login);
}

void TestReportSheet::allOrNothing_data()
{
    QTest::addColumn<QString>("valueCell"); // H5's text
    QTest::addColumn<QString>("section");   // the first section's text
    QTest::addColumn<QString>("expected");  // in the refusal
    QTest::newRow("control character") << "98.2" << QStringLiteral("第一段_x0001_第二段") << QStringLiteral("U+0001");
    QTest::newRow("escape character") << "98.2" << QStringLiteral("a\nb_x001B_") << QStringLiteral("U+001B");
    QTest::newRow("too long") << "98.2" << QString(ReportService::kMaxSectionLength + 1, QLatin1Char('x'))
                              << QStringLiteral("20001");
    QTest::newRow("bad value, good report") << "abc" << kParagraphs << QStringLiteral("row 5, column H");
    QTest::newRow("value out of range, good report") << "960" << kParagraphs << QStringLiteral("row 5, column H");
}

void TestReportSheet::allOrNothing()
{
    QFETCH(QString, valueCell);
    QFETCH(QString, section);
    QFETCH(QString, expected);
    const QString blank = m_db->filePath(QStringLiteral("blank.xlsx"));
    QString error;
    QVERIFY(ReturnTemplate::write(m_db->connection(), kUnit, kYear, blank, &error));
    Workbook book;
    QVERIFY(book.load(blank));
    const bool number = valueCell != QLatin1String("abc");
    QVERIFY(book.fill(1, QStringLiteral("H5"), valueCell, number));
    QVERIFY(book.fill(1, QStringLiteral("H8"), QStringLiteral("95.3"), true));
    QVERIFY(book.fill(2, progressRef(0), section));
    const QString path = m_db->filePath(QStringLiteral("bad.xlsx"));
    QVERIFY(book.save(path));
    const int values = m_db->valueCount();
    const int audits = m_db->auditCount();

    // The command line's path.
    const ReturnService::FileImport done = importAsAdmin(path);
    QVERIFY(!done.ok);
    const QString all = done.problems.join('\n') + done.error;
    QVERIFY2(all.contains(expected), qPrintable(all));
    if (!expected.startsWith(QLatin1String("row"))) {
        // The message names the file, the sheet, the cell and the section.
        QVERIFY2(all.contains(QStringLiteral("bad.xlsx")) && all.contains(QStringLiteral("年度报告"))
                     && all.contains(QStringLiteral("column B"))
                     && all.contains(QStringLiteral("规划落实情况：") + m_categories.at(0)),
                 qPrintable(all));
    }
    // The window's path: the preview refuses; importReturn refuses too.
    ValueFileImport::Options options;
    options.values.restrictToUnit = kUnit;
    options.values.state = ValueState::Draft;
    ValueFileImport::Preview preview = ValueFileImport::previewFile(m_db->connection(), path, options);
    ReportService(m_db->connection()).checkSheet(&preview);
    QVERIFY(!preview.ok());
    QVERIFY(preview.problems.join('\n').contains(expected));
    QVERIFY(!ReturnService(m_db->connection()).importReturn(liaison(), preview, false, &error));

    QCOMPARE(m_db->valueCount(), values);
    QCOMPARE(m_db->auditCount(), audits);
    QCOMPARE(m_db->rowCount(QStringLiteral("unit_reports")), 0);
}

void TestReportSheet::badSectionNames_data()
{
    QTest::addColumn<QString>("from"); // a section name as the template has it (-1: the first category's)
    QTest::addColumn<QString>("to");   // typed over it
    QTest::addColumn<QString>("expected");
    QTest::newRow("a category the unit does not serve")
        << "" << QStringLiteral("规划落实情况：不存在的类别") << QStringLiteral("不存在的类别");
    QTest::newRow("not a section") << QStringLiteral("存在问题") << QStringLiteral("其他事项")
                                   << QStringLiteral("row %1, column A: 其他事项").arg(0);
    QTest::newRow("a section twice") << QStringLiteral("存在问题") << QStringLiteral("下一年工作安排")
                                     << QStringLiteral("each section once");
}

// The names are locked cells, but a sheet can be unprotected and typed over.
void TestReportSheet::badSectionNames()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    if (from.isEmpty())
        from = QStringLiteral("规划落实情况：") + m_categories.at(0);
    if (expected.contains(QStringLiteral("row 0")))
        expected =
            QStringLiteral("row %1, column A: 其他事项").arg(ReportSheet::FirstSectionRow + 1 + m_categories.size());
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    QVERIFY(book.fill(2, progressRef(0), kParagraphs));
    QByteArray shared = book.parts.value(QStringLiteral("xl/sharedStrings.xml"));
    const QByteArray old = "<t>" + from.toUtf8() + "</t>";
    QCOMPARE(shared.count(old), 1);
    shared.replace(old, "<t>" + to.toUtf8() + "</t>");
    book.parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
    QVERIFY(book.save(path));
    const int values = m_db->valueCount();
    const ReturnService::FileImport done = importAsAdmin(path);
    QVERIFY(!done.ok);
    const QString all = done.problems.join('\n') + done.error;
    QVERIFY2(all.contains(expected) && all.contains(QStringLiteral("年度报告")), qPrintable(all));
    QCOMPARE(m_db->valueCount(), values);
    QCOMPARE(m_db->rowCount(QStringLiteral("unit_reports")), 0);
}

void TestReportSheet::emptySheetKeepsTheReport()
{
    // The template is written before the report exists: its sheet is empty.
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    QVERIFY(book.save(path));
    ReportService reports(m_db->connection());
    QString error;
    std::optional<UnitReport> r = reports.report(liaison(), kUnit, kYear, &error);
    r->problems = QStringLiteral("已写的问题");
    QVERIFY(reports.saveDraft(liaison(), *r, &error));
    const int version = reportVersion(m_db->connection());

    const ReturnService::FileImport done = importAsAdmin(path);
    QVERIFY2(done.ok, qPrintable(done.problems.join('\n') + done.error));
    QCOMPARE(done.report, ReportSheet::Outcome::Blank);
    QCOMPARE(done.count, 1);
    QCOMPARE(reportVersion(m_db->connection()), version);
    QCOMPARE(reports.report(liaison(), kUnit, kYear, &error)->problems, QStringLiteral("已写的问题"));
}

void TestReportSheet::stateRules_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("changed"); // the sheet differs from the stored report
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("outcome");
    QTest::newRow("draft, changed: saved") << "draft" << true << true << int(ReportSheet::Outcome::Save);
    QTest::newRow("returned, changed: saved as a draft")
        << "returned" << true << true << int(ReportSheet::Outcome::Save);
    QTest::newRow("submitted, changed: refused") << "submitted" << true << false << 0;
    QTest::newRow("approved, changed: refused") << "approved" << true << false << 0;
    QTest::newRow("submitted, as exported: values only")
        << "submitted" << false << true << int(ReportSheet::Outcome::Unchanged);
    QTest::newRow("approved, as exported: values only")
        << "approved" << false << true << int(ReportSheet::Outcome::Unchanged);
}

void TestReportSheet::stateRules()
{
    QFETCH(QString, state);
    QFETCH(bool, changed);
    QFETCH(bool, accepted);
    QFETCH(int, outcome);
    ReportService reports(m_db->connection());
    QString error;
    std::optional<UnitReport> r = reports.report(liaison(), kUnit, kYear, &error);
    r->progress.insert(m_categories.at(0), QStringLiteral("原有的文字"));
    int version = 0;
    QVERIFY(reports.saveDraft(liaison(), *r, &error, &version));
    if (state != QLatin1String("draft")) {
        QVERIFY2(reports.submit(liaison(), kUnit, kYear, version++, &error), qPrintable(error));
        if (state == QLatin1String("returned"))
            QVERIFY(reports.returnReport(reviewer(), kUnit, kYear, version++, QStringLiteral("补充"), &error));
        if (state == QLatin1String("approved"))
            QVERIFY(reports.approve(reviewer(), kUnit, kYear, version++, &error));
    }
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book)); // prefilled with 原有的文字 in the first section
    if (changed)
        QVERIFY(book.fill(2, progressRef(1), QStringLiteral("新写的一段")));
    QVERIFY(book.save(path));
    const int values = m_db->valueCount();

    const ReturnService::FileImport done = importAsAdmin(path);
    QCOMPARE(done.ok, accepted);
    const std::optional<UnitReport> after = reports.report(liaison(), kUnit, kYear, &error);
    if (!accepted) {
        const QString all = done.problems.join('\n');
        QVERIFY2(all.contains(ValueStates::label(after->state)) && all.contains(QStringLiteral("年度报告")),
                 qPrintable(all));
        QCOMPARE(m_db->valueCount(), values);
        QCOMPARE(after->version, version);
        return;
    }
    QCOMPARE(int(done.report), outcome);
    QCOMPARE(m_db->valueCount(), values + 1);
    QCOMPARE(after->progress.value(m_categories.at(0)), QStringLiteral("原有的文字"));
    if (outcome == int(ReportSheet::Outcome::Save)) {
        QCOMPARE(after->state, ValueState::Draft);
        QCOMPARE(after->progress.value(m_categories.at(1)), QStringLiteral("新写的一段"));
        QCOMPARE(after->version, version + 1);
    } else {
        QCOMPARE(after->version, version);
        QCOMPARE(ValueStates::key(after->state), state);
    }
}

void TestReportSheet::sheetMissingImportsValuesOnly()
{
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    // The values sheet alone in a workbook of its own, as a copy of just that sheet would be.
    const QByteArray one = TestZip::workbook(book.parts.value(QStringLiteral("xl/worksheets/sheet1.xml")),
                                             book.parts.value(QStringLiteral("xl/sharedStrings.xml")),
                                             QStringLiteral("填报表"),
                                             book.parts.value(QStringLiteral("xl/styles.xml")));
    const QString single = m_db->filePath(QStringLiteral("single.xlsx"));
    QFile f(single);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(one) > 0);
    f.close();
    const ReturnService::FileImport done = importAsAdmin(single);
    QVERIFY2(done.ok, qPrintable(done.problems.join('\n') + done.error));
    QCOMPARE(done.report, ReportSheet::Outcome::Absent);
    QCOMPARE(done.count, 1);
    QCOMPARE(m_db->rowCount(QStringLiteral("unit_reports")), 0);
}

void TestReportSheet::previewSaysTheSheetIsImported()
{
    const QString path = m_db->filePath(QStringLiteral("filled.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    QVERIFY(book.fill(2, progressRef(0), kParagraphs));
    QVERIFY(book.save(path));
    const int values = m_db->valueCount();
    QString error;
    ValueFileImport::Preview preview = ValueFileImport::previewFile(m_db->connection(), path, {});
    ReportService(m_db->connection()).checkSheet(&preview);
    QVERIFY2(preview.ok(), qPrintable(preview.problems.join('\n')));
    QCOMPARE(preview.report.outcome, ReportSheet::Outcome::Save);
    QCOMPARE(preview.report.sections.size(), m_categories.size() + 2);
    QCOMPARE(preview.report.sections.at(0).where,
             QStringLiteral("filled.xlsx: sheet 年度报告: row 5, column B (规划落实情况：%1)").arg(m_categories.at(0)));

    // A liaison of another unit may not store this unit's report.
    QVERIFY(!ReturnService(m_db->connection()).importReturn(liaison(QStringLiteral("区教委")), preview, false, &error));
    QCOMPARE(m_db->rowCount(QStringLiteral("unit_reports")), 0);
    QCOMPARE(m_db->valueCount(), values);
}

void TestReportSheet::nestedTransactionRollsBackWithTheOuter()
{
    QSqlDatabase db = m_db->connection();
    auto count = [&] {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'nested%'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    auto insert = [&](const char *key) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', '1')").arg(QLatin1String(key)));
    };
    {
        WriteTransaction outer(db);
        QVERIFY(outer.isActive() && !outer.isNested());
        {
            WriteTransaction inner(db);
            QVERIFY(inner.isActive() && inner.isNested());
            QVERIFY(insert("nested1"));
            QVERIFY(inner.commit());
        }
        {
            WriteTransaction failed(db);
            QVERIFY(insert("nested2"));
        } // rolled back to its savepoint only
        QCOMPARE(count(), 1);
    } // the outer rolls back: the inner's commit goes with it
    QCOMPARE(count(), 0);
    {
        WriteTransaction outer(db);
        {
            WriteTransaction inner(db);
            QVERIFY(insert("nested3"));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(count(), 1);
    WriteTransaction again(db); // the depth went back to 0
    QVERIFY(again.isActive() && !again.isNested());
}

// The template filled, then opened and saved by LibreOffice (so the file is
// LibreOffice's own .xlsx), then imported: the values and the paragraphs arrive
// exactly. Skipped where soffice is not installed.
void TestReportSheet::libreOfficeRoundTrip()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("soffice (LibreOffice) is not installed");
    const QString path = m_db->filePath(QStringLiteral("ours.xlsx"));
    Workbook book;
    QVERIFY(filledTemplate(path, &book));
    QVERIFY(book.fill(1, QStringLiteral("H8"), QStringLiteral("95.3"), true));
    QVERIFY(book.fill(2, progressRef(0), kParagraphs));
    QVERIFY(book.fill(2, progressRef(m_categories.size() + 1), QStringLiteral("一、继续推进\n二、加强考核")));
    QVERIFY(book.save(path));

    const QString outDir = m_db->filePath(QStringLiteral("lo"));
    QVERIFY(QDir().mkpath(outDir));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + m_db->filePath(QStringLiteral("profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"),
             QStringLiteral("xlsx:Calc MS Excel 2007 XML"), QStringLiteral("--outdir"), outDir, path});
    QVERIFY(p.waitForFinished(180000));
    const QString converted = QDir(outDir).filePath(QStringLiteral("ours.xlsx"));
    QVERIFY2(QFile::exists(converted), p.readAll().constData());
    // Really LibreOffice's file now.
    QString error;
    const QMap<QString, QByteArray> parts = TestZip::readAll(converted, &error);
    QVERIFY2(parts.value(QStringLiteral("docProps/app.xml")).contains("LibreOffice"),
             parts.value(QStringLiteral("docProps/app.xml")).constData());

    const ReturnService::FileImport done = importAsAdmin(converted);
    QVERIFY2(done.ok, qPrintable(done.problems.join('\n') + done.error));
    QCOMPARE(done.count, 2);
    QCOMPARE(done.report, ReportSheet::Outcome::Save);
    const ValueRepository values(m_db->connection());
    QCOMPARE(values.value(QStringLiteral("W01"), {}, kYear)->value, 98.2);
    QCOMPARE(values.value(QStringLiteral("W04"), {}, kYear)->value, 95.3);
    const std::optional<UnitReport> r = ReportRepository(m_db->connection()).read(kUnit, kYear, &error);
    QVERIFY(r);
    QCOMPARE(r->progress.value(m_categories.at(0)), kParagraphs);
    QCOMPARE(r->nextYearPlan, QStringLiteral("一、继续推进\n二、加强考核"));
    QCOMPARE(r->problems, QString());
}

QTEST_GUILESS_MAIN(TestReportSheet)
#include "tst_reportsheet.moc"
