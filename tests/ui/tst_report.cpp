// The plenary summary PDF read back as text: every indicator of both plans with its
// status, the headline counts of AssessmentService, the demo marking, and fonts that
// are embedded and extract as the characters written.
#include "demofixture.h"
#include "tempdatabase.h"

#include "testzip.h"

#include "model/clock.h"
#include "model/displayformat.h"
#include "report/reportchartset.h"
#include "report/reporthtml.h"
#include "report/reportrenderer.h"
#include "report/reportstyle.h"
#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"

#include <QXmlStreamReader>

#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

Q_DECLARE_METATYPE(ReportData::Kind)

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdf_data();
    void pdf();
    void chartsArePlayedIntoTheirPlace_data();
    void chartsArePlayedIntoTheirPlace();
    void printPreview();
    void odt();
    void docx_data();
    void docx();
    void docxOpensInLibreOffice();
    void issuingBodyOnTheCover();

private:
    static QString run(const QString &program, const QStringList &args);
    TempDatabase m_db;
};

namespace {
// The cells of a `pdftotext -layout` line: separated by two or more spaces.
QStringList cells(const QString &line)
{
    return line.trimmed().split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
}
} // namespace

QString TestReport::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("pdftotext/pdffonts (poppler-utils) are not installed");
    QVERIFY2(!ReportStyle::installedFamily().isEmpty(), "no report font installed (fonts-wqy-zenhei)");
    QVERIFY(DemoFixture::copyTo(m_db.filePath(QStringLiteral("fuer.sqlite"))));
    QVERIFY2(m_db.open(), qPrintable(m_db.errorString()));
}

void TestReport::pdf_data()
{
    QTest::addColumn<ReportData::Kind>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("dataYear");
    QTest::newRow("annual") << ReportData::Kind::Annual << 2025 << 2025;
    QTest::newRow("mid-term") << ReportData::Kind::MidTerm << 2026 << 2025;
    QTest::newRow("final") << ReportData::Kind::Final << 2031 << 2030;
}

void TestReport::pdf()
{
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, dataYear);
    const QString path = m_db.filePath(ReportData::kindKey(kind) + QStringLiteral(".pdf"));
    QString error;
    int lastPercent = -1;
    bool monotonic = true;
    QVERIFY2(ReportRenderer::writePdf(m_db.connection(), kind, year, path, &error,
                                      [&](int percent, const QString &) {
                                          monotonic = monotonic && percent >= lastPercent;
                                          lastPercent = percent;
                                      }),
             qPrintable(error));
    QVERIFY(monotonic);
    QCOMPARE(lastPercent, 100);

    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("示例数据")));
    QVERIFY(text.contains(QStringLiteral("妇女发展规划")));
    QVERIFY(text.contains(QStringLiteral("儿童发展规划")));
    // No Kangxi radicals or CJK radical supplements instead of ideographs (女 not ⼥).
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))),
             "radical look-alikes in the extracted text");

    // Official-document numbering (GB/T 9704): 一、 （一） 1. — never "4.1" or "1.".
    const bool annual = kind == ReportData::Kind::Annual;
    QStringList first{QStringLiteral("Headline figures for %1").arg(dataYear), QStringLiteral("Status by category")};
    if (!annual)
        first << QStringLiteral("Evaluation of the plan period");
    first << QStringLiteral("Early warnings") << QStringLiteral("Indicators by category")
          << QStringLiteral("Returns by responsible unit, %1").arg(dataYear)
          << (annual ? QStringLiteral("Units' annual reports, %1").arg(dataYear)
                     : QStringLiteral("Units' annual reports"));
    int at = 0;
    for (int i = 0; i < first.size(); ++i) {
        const QString heading = QStringLiteral("%1、%2").arg(QStringLiteral("一二三四五六七八").at(i)).arg(first.at(i));
        const int found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("heading %1, in order").arg(heading)));
        at = found;
    }
    if (!annual) {
        QVERIFY(text.contains(QStringLiteral("（一）Half time, half the task")));
        QVERIFY(text.contains(QStringLiteral("（三）Targets not expected to be met by 2030")));
    }
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("(^|\\n) {0,3}\\d+\\.\\d+ [\\x{4e00}-\\x{9fff}A-Za-z]"))),
             "a heading numbered like 4.1");
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("(^|\\n)\\s*\\d\\. (Headline|Status by|Early)"))),
             "a first-level heading numbered like 1.");

    // The cover: the issuing body and the date as 2026年12月1日, no weekday.
    const QString cover = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               path, QStringLiteral("-")});
    QVERIFY2(cover.contains(ReportData::defaultIssuingBody()), qPrintable(cover));
    const QString date = DisplayFormat::documentDate(Clock::today());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$")).match(date).hasMatch(),
             qPrintable(date));
    QVERIFY2(cover.contains(date), qPrintable(cover));
    QVERIFY2(!cover.contains(QStringLiteral("星期")) && !cover.contains(QStringLiteral("Issued on")),
             qPrintable(cover));

    // What the figures rest on, with the counts of the year.
    const ReportData data = ReportData::build(m_db.connection(), kind, year);
    QVERIFY2(text.simplified().contains(ReportHtml::dataBasis(data).simplified()),
             qPrintable(ReportHtml::dataBasis(data)));
    // Second level: the plans in the category tables, third level: the categories.
    QVERIFY(text.contains(QStringLiteral("（一）") + data.plans.value(0).title));
    QVERIFY(text.contains(QStringLiteral("（二）") + data.plans.value(1).title));
    QVERIFY(text.contains(QStringLiteral("1.") + data.categories.value(0).name));

    const QStringList lines = text.split(QLatin1Char('\n'));
    const int tables = text.indexOf(QStringLiteral("Indicators by category"));
    QVERIFY(tables > 0);
    const QStringList tableLines = text.mid(tables).split(QLatin1Char('\n'));
    const QVector<IndicatorAssessment> expected = AssessmentService(m_db.connection()).assessAll(dataYear);
    QCOMPARE(expected.size(), 89);
    for (const IndicatorAssessment &ia : expected) {
        const QString label = Assessment::statusLabel(ia.assessment.status);
        // The row starts with the code; the status is a whole word on the same line
        // (the layout may leave a single space after the right-aligned value).
        const QRegularExpression status(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(label)));
        bool found = false;
        for (const QString &line : tableLines) {
            if (line.simplified().section(QLatin1Char(' '), 0, 0) == ia.indicator.code && line.contains(status)) {
                found = true;
                break;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 with status %2").arg(ia.indicator.code, label)));
    }

    // The headline table: per plan, then both, in the order of the plans.
    const auto row = [&](const QString &label) {
        for (const QString &line : lines) {
            const QStringList c = cells(line);
            if (c.size() == 4 && c.first() == label)
                return c.mid(1);
        }
        return QStringList();
    };
    for (const QString &planCode : {QStringLiteral("W"), QStringLiteral("C")}) {
        const int column = planCode == QLatin1String("W") ? 0 : 1;
        int n = 0, met = 0, assessed = 0, red = 0;
        for (const IndicatorAssessment &ia : expected) {
            if (ia.indicator.planCode != planCode)
                continue;
            ++n;
            met += ia.assessment.status == Assessment::Status::Met;
            assessed += ia.assessment.status == Assessment::Status::Met
                || ia.assessment.status == Assessment::Status::NotMet;
            red += ia.assessment.warning == Assessment::Warning::Red;
        }
        QCOMPARE(row(QStringLiteral("Indicators")).value(column), QString::number(n));
        QCOMPARE(row(QStringLiteral("Assessed")).value(column), QString::number(assessed));
        QCOMPARE(row(Assessment::statusLabel(Assessment::Status::Met)).value(column), QString::number(met));
        QCOMPARE(
            row(QStringLiteral("Warning: %1").arg(Assessment::warningLabel(Assessment::Warning::Red))).value(column),
            QString::number(red));
    }
    QVERIFY(text.contains(QStringLiteral("Page 2 of")));

    // The charts are vector drawings played into the page (ReportChartSet): no image
    // is embedded, and the status chart's title and every category it names are text.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(images.size() == 2, qPrintable(images.join(QLatin1Char('\n')))); // the two heading lines
    }
    QVERIFY(text.contains(QStringLiteral("Indicators by status and category, %1").arg(dataYear)));
    for (const ReportData::CategorySection &c : data.categories)
        QVERIFY2(text.count(c.name) >= 2, qPrintable(c.name)); // the chart's label and the table's heading

    // The units' reports: every unit that leads an indicator, with its report's
    // timeliness and, when delivered, the opening of its plan for the next year.
    const int unitsAt = text.indexOf(annual ? QStringLiteral("Units' annual reports, %1").arg(dataYear)
                                            : QStringLiteral("Units' annual reports"),
                                     tables);
    QVERIFY(unitsAt > 0);
    const QString unitsText = text.mid(unitsAt);
    const int historyAt = unitsText.indexOf(QStringLiteral("（二）Units' annual reports 2021–%1").arg(dataYear));
    QCOMPARE(historyAt > 0, !annual);
    // The table's rows, read from the HTML the PDF is drawn from (its narrow columns wrap).
    const auto htmlRows = [](const QString &html) {
        QVector<QStringList> rows;
        const QRegularExpression tr(QStringLiteral("<tr>(.*?)</tr>"));
        const QRegularExpression td(QStringLiteral("<td[^>]*>(.*?)</td>"));
        for (auto m = tr.globalMatch(html); m.hasNext();) {
            QStringList cellsOfRow;
            for (auto c = td.globalMatch(m.next().captured(1)); c.hasNext();)
                cellsOfRow << c.next().captured(1).remove(QRegularExpression(QStringLiteral("<[^>]*>"))).trimmed();
            rows << cellsOfRow;
        }
        return rows;
    };
    const QString html = ReportHtml::build(data);
    const int htmlUnitsAt = html.indexOf(annual ? QStringLiteral("Units' annual reports, %1").arg(dataYear)
                                                : QStringLiteral("The reports for %1").arg(dataYear));
    const int htmlHistoryAt = html.indexOf(QStringLiteral("Units' annual reports 2021–%1").arg(dataYear));
    QVERIFY(htmlUnitsAt > 0);
    const QVector<QStringList> unitRows = htmlRows(
        html.mid(htmlUnitsAt, htmlHistoryAt > 0 ? htmlHistoryAt - htmlUnitsAt : -1));
    QVERIFY(!data.completeness.isEmpty());
    for (const UnitCompleteness &u : data.completeness) {
        bool found = false;
        for (const QStringList &unitRow : unitRows) {
            if (unitRow.size() == 6 && unitRow.at(0) == u.unit) {
                found = true;
                QCOMPARE(unitRow.at(4), ReportHtml::reportTimelinessText(u).toHtmlEscaped());
                QCOMPARE(unitRow.at(5), data.nextYearPlans.value(u.unit, QStringLiteral("–")).toHtmlEscaped());
            }
        }
        QVERIFY2(found, qPrintable(u.unit));
        // And in the PDF: the opening of the plan, wrapped as it may be.
        if (data.nextYearPlans.contains(u.unit))
            QVERIFY2(
                unitsText.simplified().remove(QLatin1Char(' ')).contains(data.nextYearPlans.value(u.unit).left(12)),
                qPrintable(data.nextYearPlans.value(u.unit)));
    }
    if (!annual) {
        // One row per unit, a column per year, the report's timeliness in each: read
        // from the HTML the PDF is drawn from (the PDF's narrow columns wrap).
        const QVector<QStringList> rows = htmlRows(html.mid(htmlHistoryAt));
        for (const UnitCompleteness &u : data.completeness) {
            QStringList byYear{u.unit};
            for (int i = 0; i < data.reportYears.size(); ++i) {
                for (const UnitCompleteness &inYear : data.completenessByYear.at(i)) {
                    if (inYear.unit == u.unit)
                        byYear << ReportHtml::reportTimelinessText(inYear).toHtmlEscaped();
                }
            }
            QCOMPARE(byYear.size(), data.reportYears.size() + 1);
            QVERIFY2(rows.contains(byYear), qPrintable(byYear.join(QLatin1Char('|'))));
        }
        QVERIFY2(text.contains(QStringLiteral("（二）Units' annual reports 2021–%1").arg(dataYear)), "history heading");
    }

    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines) {
        // name type [type] encoding emb sub uni object: "emb" is the fourth column from the end.
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(f.size() >= 7 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Noto")), qPrintable(line));
    }
    // One face per role: the title's Song, the Hei of first-level headings, the Kai
    // of second-level headings and the body's Ming (tst_reportfonts checks them).
    for (const QString &name : {QStringLiteral("BousungEG-Light-GB"), QStringLiteral("WenQuanYiZenHei"),
                                QStringLiteral("GBZenKai-Medium"), QStringLiteral("UMingCN")})
        QVERIFY2(fonts.contains(name), qPrintable(name + QStringLiteral(" not in\n") + fonts));
}

void TestReport::chartsArePlayedIntoTheirPlace_data()
{
    QTest::addColumn<ReportData::Kind>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("dpi");
    for (const int dpi : {96, 300, 1200}) {
        const QByteArray at = " at " + QByteArray::number(dpi) + " dpi";
        QTest::newRow(("annual" + at).constData()) << ReportData::Kind::Annual << 2025 << dpi;
        QTest::newRow(("final" + at).constData()) << ReportData::Kind::Final << 2031 << dpi;
    }
}

// Every chart of a report, played into a rectangle of a device of any resolution,
// covers that rectangle and nothing outside it; played onto an image (the ODT and
// DOCX copies), it is the image the chart draws itself.
void TestReport::chartsArePlayedIntoTheirPlace()
{
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, dpi);
    const ReportData data = ReportData::build(m_db.connection(), kind, year);
    const ReportChartSet charts = ReportChartSet::render(data);
    QCOMPARE(charts.trends.size(), data.warnings.size());
    QVERIFY(!data.warnings.isEmpty());
    QList<std::pair<QString, QPicture>> all{{QStringLiteral("status"), charts.statusByCategory}};
    for (auto it = charts.trends.cbegin(); it != charts.trends.cend(); ++it)
        all.append({it.key(), it.value()});
    const qreal scale = dpi / 96.0;
    const int margin = 7;
    for (const auto &[name, picture] : all) {
        const bool status = name == QLatin1String("status");
        const QSizeF placed = QSizeF(status ? ReportChartSet::StatusWidth : ReportChartSet::TrendWidth,
                                     status ? ReportChartSet::StatusHeight : ReportChartSet::TrendHeight)
            * (dpi == 1200 ? 1.0 : scale); // 1200 dpi: the chart at its 96 dpi size, on a fine device
        QImage page((placed + QSizeF(2 * margin, 2 * margin)).toSize(), QImage::Format_ARGB32);
        page.setDotsPerMeterX(qRound(dpi / 0.0254));
        page.setDotsPerMeterY(qRound(dpi / 0.0254));
        page.fill(Qt::transparent);
        QPainter painter(&page);
        ReportChartSet::play(&painter, picture, QRectF(QPointF(margin, margin), placed));
        painter.end();
        // The painted area is the target: the chart's paper fills it to its edges.
        QRect painted;
        for (int y = 0; y < page.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
            for (int x = 0; x < page.width(); ++x) {
                if (qAlpha(line[x]) > 0)
                    painted |= QRect(x, y, 1, 1);
            }
        }
        const QRect target = QRectF(QPointF(margin, margin), placed).toAlignedRect();
        QVERIFY2(std::abs(painted.left() - target.left()) <= 1 && std::abs(painted.top() - target.top()) <= 1
                     && std::abs(painted.right() - target.right()) <= 1
                     && std::abs(painted.bottom() - target.bottom()) <= 1,
                 qPrintable(QStringLiteral("%1 at %2 dpi painted %3,%4 %5x%6, placed at %7,%8 %9x%10")
                                .arg(name)
                                .arg(dpi)
                                .arg(painted.x())
                                .arg(painted.y())
                                .arg(painted.width())
                                .arg(painted.height())
                                .arg(target.x())
                                .arg(target.y())
                                .arg(target.width())
                                .arg(target.height())));
        // Something besides the paper: the chart's ink reaches across the target.
        int inked = 0;
        for (int y = 0; y < page.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(page.constScanLine(y));
            for (int x = 0; x < page.width(); ++x)
                inked += qAlpha(line[x]) > 0 && qGray(line[x]) < 128;
        }
        QVERIFY2(inked > placed.width() * placed.height() / 200, qPrintable(name));

        const QImage image = ReportChartSet::toImage(picture);
        QCOMPARE(image.size(), picture.boundingRect().size());
        QCOMPARE(image.devicePixelRatio(), qreal(ReportChartSet::Scale));
    }
}

// The print preview (报告 → Print preview) plays the same vector charts into the
// preview's pages: as many pages as the PDF, none of them failing.
void TestReport::printPreview()
{
    const ReportRenderer renderer(ReportData::build(m_db.connection(), ReportData::Kind::Final, 2031));
    const QString path = m_db.filePath(QStringLiteral("preview.pdf"));
    QString error;
    int pdfPages = 0;
    QVERIFY2(renderer.savePdf(path, &error, {}, &pdfPages), qPrintable(error));
    QVERIFY(pdfPages > 10);

    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    bool printed = false;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this,
            [&](QPrinter *p) { printed = renderer.print(p, &error); });
    preview.resize(900, 1200);
    preview.setViewMode(QPrintPreviewWidget::SinglePageView);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.updatePreview();
    QVERIFY2(printed, qPrintable(error));
    QCOMPARE(preview.pageCount(), pdfPages);

    // FUER_SCREENSHOTS=DIR: the page with the status chart, to look at.
    if (qEnvironmentVariableIsSet("FUER_SCREENSHOTS")) {
        preview.setCurrentPage(2);
        preview.fitInView();
        QTest::qWait(200);
        preview.grab().save(qEnvironmentVariable("FUER_SCREENSHOTS") + QStringLiteral("/report-preview.png"));
    }
}

void TestReport::odt()
{
    const QString path = m_db.filePath(QStringLiteral("annual.odt"));
    QString error;
    QVERIFY2(ReportRenderer::writeOdt(m_db.connection(), ReportData::Kind::Annual, 2025, path, &error),
             qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(2) == "PK"); // a zip container
    QVERIFY(f.size() > 10000);
}

void TestReport::docx_data()
{
    pdf_data();
}

void TestReport::docx()
{
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, dataYear);
    const QString path = m_db.filePath(ReportData::kindKey(kind) + QStringLiteral(".docx"));
    QString error;
    QVERIFY2(ReportRenderer::writeDocx(m_db.connection(), kind, year, path, &error), qPrintable(error));
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, &error);
    QVERIFY2(!parts.isEmpty(), qPrintable(error));
    for (const QString &name :
         {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"), QStringLiteral("word/document.xml"),
          QStringLiteral("word/styles.xml"), QStringLiteral("word/_rels/document.xml.rels"),
          QStringLiteral("docProps/core.xml"), QStringLiteral("word/footer1.xml"), QStringLiteral("word/header1.xml")})
        QVERIFY2(parts.contains(name), qPrintable(name));

    // Every XML part is well-formed.
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(it.key() + QStringLiteral(": ") + xml.errorString()));
    }
    const QString types = QString::fromUtf8(parts.value(QStringLiteral("[Content_Types].xml")));
    QVERIFY(types.contains(QStringLiteral("wordprocessingml.document.main+xml")));
    QVERIFY(types.contains(QStringLiteral("Extension=\"png\"")));

    // The styles: Normal and Heading 1–4 with their outline levels.
    const QString styles = QString::fromUtf8(parts.value(QStringLiteral("word/styles.xml")));
    for (int level = 1; level <= 4; ++level) {
        QVERIFY2(styles.contains(QStringLiteral("w:styleId=\"Heading%1\"").arg(level)), qPrintable(styles));
        QVERIFY(styles.contains(QStringLiteral("<w:outlineLvl w:val=\"%1\"/>").arg(level - 1)));
    }
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"仿宋\"")));
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"黑体\"")));
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"楷体\"")));

    // The document: headings by level with their numbers, the text, tables, images.
    QXmlStreamReader xml(parts.value(QStringLiteral("word/document.xml")));
    QStringList headings[5];
    QString allText;
    QString paragraphText;
    int headingLevel = 0;
    int tables = 0;
    QStringList embedded;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("p")) {
                paragraphText.clear();
                headingLevel = 0;
            } else if (xml.name() == QLatin1String("pStyle")) {
                const QString style = xml.attributes().value(QStringLiteral("w:val")).toString();
                if (style.startsWith(QLatin1String("Heading")))
                    headingLevel = style.mid(7).toInt();
            } else if (xml.name() == QLatin1String("t")) {
                const QString t = xml.readElementText();
                paragraphText += t;
                allText += t;
            } else if (xml.name() == QLatin1String("tbl")) {
                ++tables;
            } else if (xml.name() == QLatin1String("blip")) {
                embedded << xml.attributes().value(QStringLiteral("r:embed")).toString();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("p")) {
            if (headingLevel >= 1 && headingLevel <= 4)
                headings[headingLevel] << paragraphText;
            allText += QLatin1Char('\n');
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const bool annual = kind == ReportData::Kind::Annual;
    QCOMPARE(headings[1].size(), annual ? 6 : 7);
    QCOMPARE(headings[1].value(0), QStringLiteral("一、Headline figures for %1").arg(dataYear));
    QVERIFY2(headings[1].last().startsWith(annual ? QStringLiteral("六、") : QStringLiteral("七、")),
             qPrintable(headings[1].join(QLatin1Char('|'))));
    QVERIFY2(!headings[2].isEmpty() && headings[2].first().startsWith(QStringLiteral("（一）")),
             qPrintable(headings[2].join(QLatin1Char('|'))));
    QVERIFY2(!headings[3].isEmpty() && headings[3].first().startsWith(QStringLiteral("1.")),
             qPrintable(headings[3].join(QLatin1Char('|'))));

    const ReportData data = ReportData::build(m_db.connection(), kind, year);
    QVERIFY(allText.contains(ReportData::defaultIssuingBody()));
    QVERIFY(allText.contains(DisplayFormat::documentDate(Clock::today())));
    QVERIFY(allText.contains(ReportHtml::dataBasis(data)));
    for (const IndicatorAssessment &ia : data.assessments)
        QVERIFY2(allText.contains(ia.indicator.code + QLatin1Char('\n')), qPrintable(ia.indicator.code));
    // Headline, categories and completeness tables, one layout table per warning.
    QVERIFY2(tables >= 2 + data.categories.size() + data.warnings.size(), qPrintable(QString::number(tables)));

    // The charts: the status chart and one per warning, each a PNG the relations name.
    QCOMPARE(embedded.size(), 1 + data.warnings.size());
    const QString rels = QString::fromUtf8(parts.value(QStringLiteral("word/_rels/document.xml.rels")));
    for (int i = 0; i < embedded.size(); ++i) {
        QVERIFY2(rels.contains(QStringLiteral("Id=\"%1\"").arg(embedded.at(i))), qPrintable(embedded.at(i)));
        const QByteArray png = parts.value(QStringLiteral("word/media/image%1.png").arg(i + 1));
        QVERIFY2(png.startsWith("\x89PNG"), qPrintable(QString::number(i + 1)));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 300);
    }
}

void TestReport::docxOpensInLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("soffice (LibreOffice) is not installed: the DOCX was not opened in LibreOffice");
    // LibreOffice installed for its spreadsheets alone (libreoffice-calc-nogui)
    // cannot open a DOCX: Writer is a package of its own.
    const QString program = QFileInfo(soffice).canonicalFilePath();
    if (!QFileInfo::exists(QFileInfo(program).absolutePath() + QStringLiteral("/libswlo.so")))
        QSKIP("LibreOffice Writer is not installed (libreoffice-writer-nogui): the DOCX was not opened in LibreOffice");
    const QString docx = m_db.filePath(QStringLiteral("lo-annual.docx"));
    QString error;
    QVERIFY2(ReportRenderer::writeDocx(m_db.connection(), ReportData::Kind::Annual, 2025, docx, &error),
             qPrintable(error));
    const QString outDir = m_db.filePath(QStringLiteral("lo"));
    QVERIFY(QDir().mkpath(outDir));
    QProcess p;
    // A profile of its own, so a running LibreOffice of the user is not asked.
    p.start(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + m_db.filePath(QStringLiteral("lo-profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), outDir, docx});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    const QString pdf = outDir + QStringLiteral("/lo-annual.pdf");
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(ReportData::defaultIssuingBody()));
    QVERIFY(text.contains(QStringLiteral("一、Headline figures for 2025")));
    for (const IndicatorAssessment &ia : AssessmentService(m_db.connection()).assessAll(2025))
        QVERIFY2(text.contains(ia.indicator.code), qPrintable(ia.indicator.code));
}

void TestReport::issuingBodyOnTheCover()
{
    TempDatabase db;
    QVERIFY(DemoFixture::copyTo(db.filePath(QStringLiteral("fuer.sqlite"))));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const QString office = QStringLiteral("江北区妇儿工委办公室（测试）");
    QString error;
    QVERIFY2(ReportData::setIssuingBody(db.connection(), User::localAdministrator(), office, &error),
             qPrintable(error));
    const QString path = db.filePath(QStringLiteral("cover.pdf"));
    QVERIFY2(ReportRenderer::writePdf(db.connection(), ReportData::Kind::Annual, 2025, path, &error),
             qPrintable(error));
    const QString cover = run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                               path, QStringLiteral("-")});
    QVERIFY2(cover.contains(office), qPrintable(cover));
    QVERIFY(!cover.contains(ReportData::defaultIssuingBody()));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
