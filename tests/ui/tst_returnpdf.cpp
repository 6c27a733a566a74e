// The printable return (issue #15 item 4): for every unit that leads indicators in
// the demo database, the document the PDF is painted from holds each indicator's
// code, name, target, last years' values and this year's value, parts, source and
// state, the six signature labels and the unit's report; who may print which unit;
// the line that marks values not yet submitted; long notes that wrap instead of
// running out of their cell; the PDF read back with pdftotext; and the return
// page's button with its save dialog.
#include "demofixture.h"
#include "dialogtesting.h"
#include "tempdatabase.h"
#include "testdata.h"

#include "catalog/plandatabase.h"
#include "exchange/numberparser.h"
#include "mainwindow.h"
#include "report/reportstyle.h"
#include "report/returnpdf.h"
#include "return/returnpage.h"
#include "session/session.h"
#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"
#include "target/targetformat.h"
#include "workflow/reportservice.h"
#include "workflow/returnservice.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

namespace {
const int kYear = 2025;

User reviewer()
{
    User u;
    u.login = QStringLiteral("fuergw");
    u.role = User::Role::Reviewer;
    return u;
}

User liaison(const QString &unit, const QString &login)
{
    User u;
    u.login = login;
    u.role = User::Role::Liaison;
    u.unit = unit;
    return u;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Types `path` into the file dialog's name field and accepts (selectFile() alone
// changes the folder asynchronously and may lose the race with accept()).
void chooseFile(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// pdftotext reads a wrapped table cell line by line, so the text of the cell beside
// it can come between the lines ("高中阶段教育女性毛入学 % 率"): every character of
// `needle` in order, with at most `slack` others among them.
bool containsInOrder(const QString &haystack, const QString &needle, int slack)
{
    for (qsizetype start = haystack.indexOf(needle.at(0)); start >= 0;
         start = haystack.indexOf(needle.at(0), start + 1)) {
        qsizetype at = start;
        int i = 1;
        for (; i < needle.size(); ++i) {
            at = haystack.indexOf(needle.at(i), at + 1);
            if (at < 0 || at - start + 1 > needle.size() + slack)
                break;
        }
        if (i == needle.size())
            return true;
    }
    return false;
}
} // namespace

class TestReturnPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLeadingUnit();
    void reportText();
    void unsentValuesAreMarked();
    void whoMayPrint();
    void unknownUnitAndYear();
    void longNotesWrap();
    void rowsAreNeverSplit_data();
    void rowsAreNeverSplit();
    void pdfReadsBack();
    void returnPageButton();
    void reviewerPrintsFromTheMenu();
    void screenshots();

private:
    std::unique_ptr<QTextDocument> document(const QString &unit, int year);
    TempDatabase m_db;
};

void TestReturnPdf::initTestCase()
{
    QVERIFY2(!ReportStyle::installedFamily().isEmpty(), "no report font installed (fonts-wqy-zenhei)");
    QVERIFY(DemoFixture::copyTo(m_db.filePath(QStringLiteral("fuer.sqlite"))));
    QVERIFY2(m_db.open(), qPrintable(m_db.errorString()));
}

std::unique_ptr<QTextDocument> TestReturnPdf::document(const QString &unit, int year)
{
    QString error;
    const std::optional<PrintedReturn> data = PrintedReturn::build(m_db.connection(), reviewer(), unit, year, &error);
    if (!data) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return ReturnPdf(*data).document();
}

void TestReturnPdf::everyLeadingUnit()
{
    CatalogRepository catalog(m_db.connection());
    ValueRepository values(m_db.connection());
    const QVector<Indicator> indicators = catalog.indicators();
    const QStringList units = PrintedReturn::leadingUnits(m_db.connection());
    QVERIFY(units.size() >= 15);
    QVERIFY(units.contains(QStringLiteral("区卫健委")));
    int checkedValues = 0;
    for (const QString &unit : units) {
        QString error;
        const std::optional<PrintedReturn> data = PrintedReturn::build(m_db.connection(), reviewer(), unit, kYear,
                                                                       &error);
        QVERIFY2(data, qPrintable(error));
        const std::unique_ptr<QTextDocument> doc = ReturnPdf(*data).document();
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(ReturnPdf::title(*data)), qPrintable(unit));
        QVERIFY2(ReturnPdf::title(*data).contains(unit), qPrintable(unit));
        // Every indicator the unit leads, in catalog order, and no other.
        QStringList expectedCodes;
        for (const Indicator &ind : indicators) {
            if (ind.leadUnit() == unit)
                expectedCodes << ind.code;
        }
        QStringList rowCodes;
        for (const PrintedReturn::Row &row : data->rows)
            rowCodes << row.indicator.code;
        QCOMPARE(rowCodes, expectedCodes);
        for (const Indicator &ind : indicators) {
            if (ind.leadUnit() != unit)
                continue;
            const QString what = unit + QLatin1Char(' ') + ind.code;
            QVERIFY2(text.contains(ind.code), qPrintable(what));
            QVERIFY2(text.contains(ind.name), qPrintable(what));
            QVERIFY2(text.contains(ind.targetText), qPrintable(what + QStringLiteral(" target")));
            for (const ValueRecord &v : values.valuesOf(ind.code)) {
                if (v.year >= kYear - 3 && v.year < kYear) {
                    QVERIFY2(text.contains(TargetFormat::measured(v.value, ind)),
                             qPrintable(what + QStringLiteral(" %1").arg(v.year)));
                } else if (v.year == kYear) {
                    QVERIFY2(text.contains(NumberParser::format(v.value, 6)),
                             qPrintable(what + QStringLiteral(" value")));
                    if (v.numerator)
                        QVERIFY2(text.contains(NumberParser::format(*v.numerator, 6)), qPrintable(what));
                    if (v.denominator)
                        QVERIFY2(text.contains(NumberParser::format(*v.denominator, 6)), qPrintable(what));
                    QVERIFY2(text.contains(v.source), qPrintable(what));
                    if (!v.note.isEmpty())
                        QVERIFY2(text.contains(v.note), qPrintable(what));
                    QVERIFY2(text.contains(ValueStates::label(v.state)), qPrintable(what));
                    ++checkedValues;
                }
            }
        }
        // The row's cells as printed, state and all, each in the text.
        for (const PrintedReturn::Row &row : data->rows) {
            for (const QString &cell : ReturnPdf::cells(*data, row))
                QVERIFY2(text.contains(cell), qPrintable(unit + QLatin1Char(' ') + cell));
        }
        for (const QString &label : PrintedReturn::signatureLabels())
            QVERIFY2(text.contains(label), qPrintable(unit + QLatin1Char(' ') + label));
        QVERIFY2(text.contains(ReportService::problemsLabel()), qPrintable(unit));
        QVERIFY2(text.contains(ReportService::nextYearPlanLabel()), qPrintable(unit));
        // The PDF itself is written, whole.
        const QString path = m_db.filePath(QStringLiteral("%1.pdf").arg(unit));
        int pages = 0;
        QVERIFY2(ReturnPdf(*data).savePdf(path, &error, &pages), qPrintable(error));
        QVERIFY(pages >= 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    QVERIFY(checkedValues > 50);
}

void TestReturnPdf::reportText()
{
    const QString unit = QStringLiteral("区卫健委");
    const User weijian = liaison(unit, QStringLiteral("weijian"));
    ReportService service(m_db.connection());
    QString error;
    UnitReport r = *service.report(weijian, unit, kYear, &error);
    QVERIFY(r.categories.size() >= 2);
    r.progress.insert(r.categories.at(0),
                      QStringLiteral("第一段：全面落实妇女健康规划。\n第二段：孕产妇系统管理率达到94.5%。"));
    r.progress.insert(r.categories.at(1),
                      QStringLiteral("全区持续推进出生缺陷综合防治，新生儿疾病筛查覆盖全部助产机构，婴儿死亡率、"
                                     "5岁以下儿童死亡率保持在较低水平。儿童青少年近视防控、肥胖防控工作纳入"
                                     "年度重点任务，各街镇均建成儿童健康管理示范点。"));
    r.problems = QStringLiteral("基层人员不足。");
    r.nextYearPlan = QStringLiteral("继续推进两癌筛查。");
    QVERIFY2(service.saveDraft(weijian, r, &error), qPrintable(error));

    const std::unique_ptr<QTextDocument> doc = document(unit, kYear);
    QVERIFY(doc);
    const QString text = doc->toPlainText();
    for (const char *paragraph : {"第一段：全面落实妇女健康规划。", "第二段：孕产妇系统管理率达到94.5%。",
                                  "基层人员不足。", "继续推进两癌筛查。"})
        QVERIFY2(text.contains(QString::fromUtf8(paragraph)), paragraph);
    for (const QString &category : r.categories)
        QVERIFY2(text.contains(ReportService::progressLabel(category)), qPrintable(category));
    // The two paragraphs stay two paragraphs, and the report's state is named.
    QVERIFY(text.contains(QStringLiteral("第一段：全面落实妇女健康规划。\n第二段")));
    QVERIFY(text.contains(ValueStates::label(ValueState::Draft)));
}

void TestReturnPdf::unsentValuesAreMarked()
{
    QString error;
    // 2025: every value of 区卫健委 in the demo is submitted or approved.
    const std::optional<PrintedReturn> sent = PrintedReturn::build(m_db.connection(), reviewer(),
                                                                   QStringLiteral("区卫健委"), kYear, &error);
    QVERIFY2(sent, qPrintable(error));
    QVERIFY(sent->isComplete());
    QVERIFY(ReturnPdf::unsentLine(*sent).isEmpty());
    // 2026: nothing is filled yet; then one draft.
    const User weijian = liaison(QStringLiteral("区卫健委"), QStringLiteral("weijian"));
    const Indicator w01 = TestData::indicator(m_db.connection(), QStringLiteral("W01"));
    QVERIFY2(ReturnService(m_db.connection())
                 .saveDraft(weijian, w01, 2026, TestData::entry(QStringLiteral("80.5")), QStringLiteral("区卫健委统计"),
                            &error),
             qPrintable(error));
    const std::optional<PrintedReturn> open = PrintedReturn::build(m_db.connection(), reviewer(),
                                                                   QStringLiteral("区卫健委"), 2026, &error);
    QVERIFY2(open, qPrintable(error));
    QVERIFY(!open->isComplete());
    QCOMPARE(open->counts().draft, 1);
    QCOMPARE(open->counts().missing, open->rows.size() - 1);
    const QString line = ReturnPdf::unsentLine(*open);
    QVERIFY(!line.isEmpty());
    const QString text = ReturnPdf(*open).document()->toPlainText();
    QVERIFY(text.contains(line));
    QVERIFY(text.contains(QStringLiteral("80.5")));
    QVERIFY(text.contains(QStringLiteral("区卫健委统计")));
    QVERIFY(text.contains(PrintedReturn::tr("Not filled")));
    // The last years of 2026 are 2023 to 2025.
    QCOMPARE(open->previousYears, QVector<int>({2023, 2024, 2025}));
}

void TestReturnPdf::whoMayPrint()
{
    QString error;
    const QSqlDatabase db = m_db.connection();
    QVERIFY(PrintedReturn::build(db, liaison(QStringLiteral("区卫健委"), QStringLiteral("weijian")),
                                 QStringLiteral("区卫健委"), kYear, &error));
    QVERIFY(!PrintedReturn::build(db, liaison(QStringLiteral("区卫健委"), QStringLiteral("weijian")),
                                  QStringLiteral("区教委"), kYear, &error));
    QVERIFY2(error.contains(QStringLiteral("weijian")) && error.contains(QStringLiteral("区教委")), qPrintable(error));
    QVERIFY(PrintedReturn::build(db, reviewer(), QStringLiteral("区教委"), kYear, &error));
    QVERIFY(PrintedReturn::build(db, User::localAdministrator(), QStringLiteral("区教委"), kYear, &error));
    User disabled = liaison(QStringLiteral("区卫健委"), QStringLiteral("weijian"));
    disabled.disabled = true;
    QVERIFY(!PrintedReturn::build(db, disabled, QStringLiteral("区卫健委"), kYear, &error));
    QVERIFY2(error.contains(QStringLiteral("weijian")), qPrintable(error));
}

void TestReturnPdf::unknownUnitAndYear()
{
    QString error;
    QVERIFY(!PrintedReturn::build(m_db.connection(), reviewer(), QStringLiteral("区不存在局"), kYear, &error));
    QVERIFY2(error.contains(QStringLiteral("区不存在局")) && error.contains(QStringLiteral("区卫健委")),
             qPrintable(error));
    QVERIFY(!PrintedReturn::build(m_db.connection(), reviewer(), QStringLiteral("区卫健委"), 1999, &error));
    QVERIFY2(error.contains(QStringLiteral("1999")), qPrintable(error));
    // The review offices lead no indicator.
    QVERIFY(!PrintedReturn::build(m_db.connection(), reviewer(), QStringLiteral("区统计局"), kYear, &error));
    const QString path = m_db.filePath(QStringLiteral("never.pdf"));
    QVERIFY(!ReturnPdf::writePdf(m_db.connection(), reviewer(), QStringLiteral("区不存在局"), kYear, path, &error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReturnPdf::longNotesWrap()
{
    // A long note, and one word longer than its column: both wrap inside the cell.
    const User weijian = liaison(QStringLiteral("区卫健委"), QStringLiteral("weijian"));
    const Indicator w04 = TestData::indicator(m_db.connection(), QStringLiteral("W04"));
    const QString token = QStringLiteral("https://example.org/") + QString(120, QLatin1Char('x'))
        + QStringLiteral("/end");
    const QString note = QString(300, QChar(0x4E2D)) + QLatin1Char(' ') + token;
    QString error;
    QVERIFY2(ReturnService(m_db.connection())
                 .saveDraft(weijian, w04, 2026, TestData::entry(QStringLiteral("94.8"), note), QStringLiteral("统计"),
                            &error),
             qPrintable(error));
    const std::unique_ptr<QTextDocument> doc = document(QStringLiteral("区卫健委"), 2026);
    QVERIFY(doc);
    QVERIFY(doc->toPlainText().contains(note));
    // Laid out on the page's width: every line of the note fits the width it was given.
    doc->setPageSize(QSizeF(1000, 700));
    doc->documentLayout()->documentSize();
    bool found = false;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!b.text().contains(QStringLiteral("/end")))
            continue;
        found = true;
        QTextLayout *layout = b.layout();
        QVERIFY(layout->lineCount() > 5);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            QVERIFY2(
                line.naturalTextWidth() <= line.width() + 0.5,
                qPrintable(QStringLiteral("line %1: %2 > %3").arg(i).arg(line.naturalTextWidth()).arg(line.width())));
        }
    }
    QVERIFY(found);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_db.filePath(QStringLiteral("long.pdf"));
    QVERIFY2(ReturnPdf::writePdf(m_db.connection(), reviewer(), QStringLiteral("区卫健委"), 2026, path, &error),
             qPrintable(error));
    // Nothing of the note is lost on paper: all of it comes back, in order.
    QVERIFY2(withoutSpace(pdfText(path)).contains(withoutSpace(token)), "the long word is cut");
    QVERIFY(containsInOrder(withoutSpace(pdfText(path)), QString(300, QChar(0x4E2D)), 24));
}

void TestReturnPdf::rowsAreNeverSplit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("year");
    QTest::addColumn<qreal>("pageHeight");
    for (const QString &unit : PrintedReturn::leadingUnits(m_db.connection())) {
        for (qreal height : {330.0, 470.0, 610.0})
            QTest::addRow("%s %d", qPrintable(unit), int(height)) << unit << kYear << height;
    }
    // With the long note of longNotesWrap and the drafts of 2026.
    QTest::newRow("区卫健委 2026") << QStringLiteral("区卫健委") << 2026 << 520.0;
}

void TestReturnPdf::rowsAreNeverSplit()
{
    QFETCH(QString, unit);
    QFETCH(int, year);
    QFETCH(qreal, pageHeight);
    const std::unique_ptr<QTextDocument> doc = document(unit, year);
    QVERIFY(doc);
    doc->setDocumentMargin(0);
    doc->setPageSize(QSizeF(1100, pageHeight));
    ReturnPdf::keepTogether(doc.get());
    const auto page = [&](qreal y) { return int(y / pageHeight); };
    QTextTable *table = ReturnPdf::dataTable(doc.get());
    QVERIFY(table);
    QCOMPARE(table->format().headerRowCount(), 1); // repeated on every page
    int pages = 0;
    for (int r = 1; r < table->rows(); ++r) {
        const ReturnPdf::RowSpan span = ReturnPdf::rowSpan(doc.get(), table, r);
        if (span.bottom - span.top >= pageHeight * 0.9)
            continue; // taller than a page: it has to be split
        QVERIFY2(page(span.top) == page(span.bottom - 1),
                 qPrintable(QStringLiteral("row %1 (%2) runs from %3 to %4")
                                .arg(r)
                                .arg(table->cellAt(r, 0).firstCursorPosition().block().text())
                                .arg(span.top)
                                .arg(span.bottom)));
        pages = std::max(pages, page(span.top));
    }
    // Headings keep the text that follows them on their page.
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0 && b.next().isValid())
            QVERIFY2(page(layout->blockBoundingRect(b).top()) == page(layout->blockBoundingRect(b.next()).bottom() - 1),
                     qPrintable(b.text()));
    }
    // And the signature block stays on one page with the confirmation above it.
    QTextBlock confirmation;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text() == ReturnPdf::confirmation())
            confirmation = b;
    }
    QVERIFY(confirmation.isValid());
    const qreal bottom = layout->frameBoundingRect(doc->rootFrame()->childFrames().last()).bottom();
    QCOMPARE(page(layout->blockBoundingRect(confirmation).top()), page(bottom - 1));
}

void TestReturnPdf::pdfReadsBack()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString error;
    const QString unit = QStringLiteral("区教委");
    const std::optional<PrintedReturn> data = PrintedReturn::build(m_db.connection(), reviewer(), unit, kYear, &error);
    QVERIFY2(data, qPrintable(error));
    const QString path = m_db.filePath(QStringLiteral("jiaowei.pdf"));
    int pages = 0;
    QVERIFY2(ReturnPdf(*data).savePdf(path, &error, &pages), qPrintable(error));
    const QString text = pdfText(path);
    const QString flat = withoutSpace(text);
    QVERIFY2(flat.contains(withoutSpace(ReturnPdf::title(*data))), qPrintable(text.left(500)));
    for (const PrintedReturn::Row &row : data->rows) {
        QVERIFY2(text.contains(row.indicator.code), qPrintable(row.indicator.code));
        QVERIFY2(containsInOrder(flat, withoutSpace(row.indicator.name), 12), qPrintable(row.indicator.name));
    }
    for (const QString &label : PrintedReturn::signatureLabels())
        QVERIFY2(flat.contains(withoutSpace(label)), qPrintable(label));
    // 第 1 页 共 N 页 on every page.
    for (int p = 1; p <= pages; ++p)
        QVERIFY2(flat.contains(withoutSpace(ReturnPdf::tr("Page %1 of %2").arg(p).arg(pages))), qPrintable(text));
    // The watermark is outlines, not text: a complete return has none anyway, and
    // the text never carries it.
    QVERIFY(!text.contains(ReturnPdf::watermark()));
}

void TestReturnPdf::returnPageButton()
{
    // The liaison's page: the button, its save dialog, the PDF of the page's year.
    Database db;
    QVERIFY2(PlanDatabase::open(db, m_db.path()), qPrintable(db.errorString()));
    Session session(&db);
    session.setUser(TestData::signIn(db.connection(), QStringLiteral("jiaowei")));
    ReturnPage page(&session);
    page.setYear(kYear);
    page.resize(1400, 800);
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("printReturnButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    const QString path = m_db.filePath(QStringLiteral("from-the-page.pdf"));
    QVERIFY(onDialog<QFileDialog>([&] { button->click(); },
                                  [&](QFileDialog *d) {
                                      QVERIFY(d->selectedFiles().value(0).endsWith(
                                          ReturnPdf::suggestedFileName(QStringLiteral("区教委"), kYear)));
                                      chooseFile(d, path);
                                  }));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(page.messageText()));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    QVERIFY2(page.messageText().contains(path), qPrintable(page.messageText()));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QVERIFY(withoutSpace(pdfText(path)).contains(QStringLiteral("区教委")));
    QString error;
    QVERIFY2(page.printReturn(m_db.filePath(QStringLiteral("direct.pdf")), &error), qPrintable(error));
}

namespace {
// Runs `act` on the next modal dialog of type T, whenever it comes (dialogs that
// open one after the other, each from the previous one's return).
template <typename T> void whenModal(const std::function<void(T *)> &act, int triesLeft = 250)
{
    QTimer::singleShot(20, qApp, [act, triesLeft] {
        if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            act(dialog);
        else if (triesLeft > 0)
            whenModal<T>(act, triesLeft - 1);
    });
}
} // namespace

void TestReturnPdf::reviewerPrintsFromTheMenu()
{
    // A reviewer has no return page: Reports → Printable return asks for the unit
    // and the year, then for the file.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_db.filePath(QStringLiteral("settings")));
    const QString copy = m_db.filePath(QStringLiteral("window.sqlite"));
    QVERIFY(DemoFixture::copyTo(copy));
    MainWindow window;
    QVERIFY2(window.openDatabase(copy), qPrintable(window.lastError()));
    window.setUser(TestData::signIn(window.session()->database()->connection(), QStringLiteral("tongji")));
    auto *action = window.findChild<QAction *>(QStringLiteral("printReturnAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString path = m_db.filePath(QStringLiteral("menu.pdf"));
    QStringList offered;
    whenModal<QInputDialog>([&](QInputDialog *units) {
        offered = units->comboBoxItems();
        units->setTextValue(QStringLiteral("区妇联"));
        whenModal<QInputDialog>([&](QInputDialog *years) {
            years->setTextValue(QStringLiteral("2024"));
            whenModal<QFileDialog>([&](QFileDialog *file) { chooseFile(file, path); });
            years->accept();
        });
        units->accept();
    });
    action->trigger();
    QCOMPARE(offered, PrintedReturn::leadingUnits(m_db.connection()));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(f.readAll().startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString flat = withoutSpace(pdfText(path));
    QVERIFY2(flat.contains(QStringLiteral("区妇联")), qPrintable(flat.left(300)));
    QVERIFY2(flat.contains(QStringLiteral("2024")), qPrintable(flat.left(300)));
    QVERIFY(window.statusBar()->currentMessage().contains(path));
}

void TestReturnPdf::screenshots()
{
    // With FUER_SCREENSHOT_DIR: every page of three returns as PNG (pdftoppm -r 70):
    // 区卫健委 2025 with its report (all sent), 区教委 2025, and 区卫健委 2026 with
    // drafts, a long note and values not filled (the unsent line and watermark).
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("FUER_SCREENSHOT_DIR is not set");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QDir().mkpath(dir);
    // In the program's default language, as a unit prints it.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/fuer_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });
    const QVector<QPair<QString, int>> returns = {
        {QStringLiteral("区卫健委"), kYear}, {QStringLiteral("区教委"), kYear}, {QStringLiteral("区卫健委"), 2026}};
    const QStringList names = {QStringLiteral("weijian-2025"), QStringLiteral("jiaowei-2025"),
                               QStringLiteral("weijian-2026")};
    for (int i = 0; i < returns.size(); ++i) {
        const QString pdf = m_db.filePath(names.at(i) + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(
            ReturnPdf::writePdf(m_db.connection(), reviewer(), returns.at(i).first, returns.at(i).second, pdf, &error),
            qPrintable(error));
        QProcess p;
        p.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"), pdf,
                 QDir(dir).filePath(QStringLiteral("printreturn-") + names.at(i))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }
}

QTEST_MAIN(TestReturnPdf)
#include "tst_returnpdf.moc"
