// The plenary summary PDF read back as text: every indicator of both plans with its
// status, the headline counts of AssessmentService, the demo marking, and fonts that
// are embedded and extract as the characters written.
#include "demofixture.h"
#include "tempdatabase.h"

#include "report/reportrenderer.h"
#include "report/reportstyle.h"
#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"

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
    void odt();

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

    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString &line : fontLines) {
        // name type [type] encoding emb sub uni object: "emb" is the fourth column from the end.
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(f.size() >= 7 && f.at(f.size() - 5) == QLatin1String("yes"), qPrintable(line));
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

QTEST_MAIN(TestReport)
#include "tst_report.moc"
