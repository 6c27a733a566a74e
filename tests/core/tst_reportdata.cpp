// ReportData: the figures of the plenary summary equal AssessmentService's, per
// plan and per kind of report, and its lists follow the assessment fields.
#include "tempdatabase.h"

#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"
#include "workflow/reportdata.h"

#include "workflow/permissions.h"

#include <QSet>
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
    void dataBasisOfTheDemo_data();
    void dataBasisOfTheDemo();
    void dataBasisByState();
    void issuingBody();

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

void TestReportData::dataBasisOfTheDemo_data()
{
    figures_data();
}

void TestReportData::dataBasisOfTheDemo()
{
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, dataYear);
    const ReportData d = ReportData::build(m_db.connection(), kind, year);
    int approved = 0, submitted = 0, other = 0;
    QSet<QString> withValue;
    for (const ValueRecord &r : ValueRepository(m_db.connection()).values(dataYear)) {
        if (!r.area.isEmpty())
            continue;
        withValue.insert(r.indicatorCode);
        approved += r.state == ValueState::Approved;
        submitted += r.state == ValueState::Submitted;
        other += r.state == ValueState::Draft || r.state == ValueState::Returned;
    }
    QCOMPARE(d.basis.indicators, 89);
    QCOMPARE(d.basis.approved, approved);
    QCOMPARE(d.basis.submitted, submitted);
    QCOMPARE(d.basis.draftOrReturned, other);
    QCOMPARE(d.basis.missing, 89 - int(withValue.size()));
    QCOMPARE(d.basis.approved + d.basis.submitted + d.basis.draftOrReturned + d.basis.missing, 89);
}

void TestReportData::dataBasisByState()
{
    // A value in each state, the rest of the catalog without one.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QString header = QStringLiteral("code,year,value,numerator,denominator,source,note,area");
    const auto import = [&](const QStringList &rows, ValueState state) {
        ValueImport::Options options;
        options.state = state;
        const TempDatabase::ImportOutcome o = t.importCsv(TestFiles::csv(QStringList{header} + rows), options,
                                                          QStringLiteral("admin"));
        return o.stored;
    };
    QVERIFY(import(
        {QStringLiteral("W01,2025,80,,,,,"), QStringLiteral("W02,2025,83.1,,,,,"), QStringLiteral("C01,2024,1.2,,,,,")},
        ValueState::Approved));
    QVERIFY(import({QStringLiteral("W04,2025,93,,,,,")}, ValueState::Submitted));
    QVERIFY(import({QStringLiteral("C02,2025,2.1,,,,,"), QStringLiteral("C03,2025,3,,,,,")}, ValueState::Draft));
    const ReportData d = ReportData::build(t.connection(), ReportData::Kind::Annual, 2025);
    QCOMPARE(d.basis.indicators, 89);
    QCOMPARE(d.basis.approved, 2); // C01's 2024 value is not one of 2025
    QCOMPARE(d.basis.submitted, 1);
    QCOMPARE(d.basis.draftOrReturned, 2);
    QCOMPARE(d.basis.missing, 84);
}

void TestReportData::issuingBody()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QCOMPARE(ReportData::defaultIssuingBody(), QStringLiteral("江北区妇女儿童工作委员会办公室"));
    QCOMPARE(ReportData::build(t.connection(), ReportData::Kind::Annual, 2025).issuingBody,
             ReportData::defaultIssuingBody());

    QString error;
    QVERIFY2(ReportData::setIssuingBody(t.connection(), User::localAdministrator(),
                                        QStringLiteral("  江北区妇儿工委办  "), &error),
             qPrintable(error));
    QCOMPARE(ReportData::storedIssuingBody(t.connection()), QStringLiteral("江北区妇儿工委办"));
    QCOMPARE(ReportData::build(t.connection(), ReportData::Kind::Final, 2031).issuingBody,
             QStringLiteral("江北区妇儿工委办"));

    // Bad names are refused with the field, the value and what is expected; the
    // stored name stays.
    QVERIFY(!ReportData::setIssuingBody(t.connection(), User::localAdministrator(), QStringLiteral("   "), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Issuing body: ")) && error.contains(QStringLiteral("empty")),
             qPrintable(error));
    QVERIFY(!ReportData::setIssuingBody(t.connection(), User::localAdministrator(), QStringLiteral("甲\n乙"), &error));
    QVERIFY2(error.contains(QStringLiteral("line break")), qPrintable(error));
    const QString tooLong(61, QChar(0x533A));
    QVERIFY(!ReportData::setIssuingBody(t.connection(), User::localAdministrator(), tooLong, &error));
    QVERIFY2(error.contains(QStringLiteral("61 characters")) && error.contains(QStringLiteral("at most 60")),
             qPrintable(error));
    QCOMPARE(ReportData::storedIssuingBody(t.connection()), QStringLiteral("江北区妇儿工委办"));

    // Only those who issue reports: a reviewer or the administrator.
    User liaison;
    liaison.login = QStringLiteral("liaison");
    liaison.role = User::Role::Liaison;
    QVERIFY(!ReportData::setIssuingBody(t.connection(), liaison, QStringLiteral("别的办公室"), &error));
    QCOMPARE(error, Permissions::refusal(Permissions::Act::Review));
    QCOMPARE(ReportData::storedIssuingBody(t.connection()), QStringLiteral("江北区妇儿工委办"));
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
