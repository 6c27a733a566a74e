// ReportData: the figures of the plenary summary equal AssessmentService's, per
// plan and per kind of report, and its lists follow the assessment fields.
#include "tempdatabase.h"

#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"
#include "workflow/reportdata.h"

#include <QtTest>

Q_DECLARE_METATYPE(ReportData::Kind)

class TestReportData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void kindKeys();

private:
    TempDatabase m_db;
};

void TestReportData::initTestCase()
{
    QVERIFY2(m_db.open(), qPrintable(m_db.errorString()));
    QString error;
    QVERIFY2(DemoData::populate(m_db.connection(), &error), qPrintable(error));
}

void TestReportData::figures_data()
{
    QTest::addColumn<ReportData::Kind>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("dataYear");
    QTest::newRow("annual 2025") << ReportData::Kind::Annual << 2025 << 2025;
    QTest::newRow("annual 2023") << ReportData::Kind::Annual << 2023 << 2023;
    QTest::newRow("mid-term 2026") << ReportData::Kind::MidTerm << 2026 << 2025;
    QTest::newRow("final 2031") << ReportData::Kind::Final << 2031 << 2030;
}

void TestReportData::figures()
{
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, dataYear);
    using Status = Assessment::Status;
    using Warning = Assessment::Warning;

    const ReportData d = ReportData::build(m_db.connection(), kind, year);
    QCOMPARE(d.dataYear, dataYear);
    QVERIFY(d.demo);
    QCOMPARE(d.valueYears, (QVector<int>{dataYear - 2, dataYear - 1, dataYear}));

    const QVector<IndicatorAssessment> expected = AssessmentService(m_db.connection()).assessAll(dataYear);
    QCOMPARE(d.assessments.size(), expected.size());
    QCOMPARE(d.summaries.size(), 2);
    for (const ReportData::PlanSummary &s : d.summaries) {
        int n = 0, met = 0, notMet = 0, red = 0, yellow = 0;
        for (const IndicatorAssessment &ia : expected) {
            if (ia.indicator.planCode != s.plan.code)
                continue;
            ++n;
            met += ia.assessment.status == Status::Met;
            notMet += ia.assessment.status == Status::NotMet;
            red += ia.assessment.warning == Warning::Red;
            yellow += ia.assessment.warning == Warning::Yellow;
        }
        QCOMPARE(s.indicators, n);
        QCOMPARE(s.met, met);
        QCOMPARE(s.assessed, met + notMet);
        QCOMPARE(s.byStatus[size_t(Status::NotMet)], notMet);
        QCOMPARE(s.byWarning[size_t(Warning::Red)], red);
        QCOMPARE(s.byWarning[size_t(Warning::Yellow)], yellow);
        QCOMPARE(s.metRate, met + notMet > 0 ? double(met) / (met + notMet) : 0.0);
    }
    QCOMPARE(d.total().indicators, expected.size());

    // Every indicator sits in exactly one category table.
    int rows = 0;
    for (const ReportData::CategorySection &c : d.categories)
        rows += c.rows.size();
    QCOMPARE(rows, expected.size());

    // Red first, then yellow, and all of them.
    bool seenYellow = false;
    int warned = 0;
    for (const ReportData::WarningItem &w : d.warnings) {
        const Warning level = d.assessments.at(w.row).assessment.warning;
        QVERIFY(level == Warning::Red || level == Warning::Yellow);
        if (level == Warning::Yellow)
            seenYellow = true;
        else
            QVERIFY2(!seenYellow, "a red warning after a yellow one");
    }
    for (const IndicatorAssessment &ia : expected)
        warned += ia.assessment.warning == Warning::Red || ia.assessment.warning == Warning::Yellow;
    QCOMPARE(d.warnings.size(), warned);

    for (int row : d.notExpected) {
        const auto outlook = d.assessments.at(row).assessment.outlook;
        QVERIFY(outlook == Assessment::Outlook::Unlikely || outlook == Assessment::Outlook::Diverging);
    }
    for (int row : d.metEarly) {
        QCOMPARE(d.assessments.at(row).assessment.status, Status::Met);
        QVERIFY(d.metSince.value(row) <= dataYear);
        QVERIFY(d.metSince.value(row) < 2030);
    }
    for (int row : d.midTermRows)
        QVERIFY(d.assessments.at(row).assessment.midterm != Assessment::MidTerm::NotApplicable);
    if (kind == ReportData::Kind::MidTerm)
        QVERIFY(!d.midTermRows.isEmpty());

    int units = 0;
    for (const UnitCompleteness &u : d.completeness)
        units += u.indicators;
    QCOMPARE(units, expected.size());
}

void TestReportData::kindKeys()
{
    for (ReportData::Kind k : {ReportData::Kind::Annual, ReportData::Kind::MidTerm, ReportData::Kind::Final}) {
        ReportData::Kind back = ReportData::Kind::Annual;
        QVERIFY(ReportData::kindFromKey(ReportData::kindKey(k), &back));
        QCOMPARE(back, k);
    }
    ReportData::Kind out;
    QVERIFY(!ReportData::kindFromKey(QStringLiteral("weekly"), &out));
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
