// ReportData: the figures of the plenary summary equal AssessmentService's, per
// plan and per kind of report, and its lists follow the assessment fields.
#include "tempdatabase.h"

#include "model/clock.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"
#include "workflow/deadlineservice.h"
#include "workflow/demodata.h"
#include "workflow/reportdata.h"
#include "workflow/reportservice.h"

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
    void opening_data();
    void opening();
    void unitReportsOfTheDemo_data();
    void unitReportsOfTheDemo();
    void unitReportsTimeliness();

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

void TestReportData::opening_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first sentence") << QStringLiteral("继续推进。再做一件事。") << QStringLiteral("继续推进。");
    QTest::newRow("blank first paragraph")
        << QStringLiteral("\n  \n  推进  指标\n第二段。") << QStringLiteral("推进 指标");
    QTest::newRow("long, cut") << QString(100, QChar(0x4e00)) << QString(79, QChar(0x4e00)) + QChar(0x2026);
    QTest::newRow("exactly the limit") << QString(80, QChar(0x4e00)) << QString(80, QChar(0x4e00));
    QTest::newRow("sentence beyond the limit")
        << QString(90, QChar(0x4e00)) + QStringLiteral("。") << QString(79, QChar(0x4e00)) + QChar(0x2026);
    QTest::newRow("empty") << QString() << QString();
    // A character outside the BMP is never cut in half.
    QTest::newRow("surrogate pair at the cut") << QString(78, QChar(0x4e00)) + QString::fromUcs4(U"\U00020000")
            + QString(10, QChar(0x4e00)) << QString(78, QChar(0x4e00)) + QChar(0x2026);
}

void TestReportData::opening()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReportData::opening(text), expected);
}

void TestReportData::unitReportsOfTheDemo_data()
{
    QTest::addColumn<ReportData::Kind>("kind");
    QTest::addColumn<int>("year");
    QTest::newRow("annual 2023") << ReportData::Kind::Annual << 2023;
    QTest::newRow("annual 2024") << ReportData::Kind::Annual << 2024;
    QTest::newRow("annual 2025") << ReportData::Kind::Annual << 2025;
    QTest::newRow("mid-term 2026") << ReportData::Kind::MidTerm << 2026;
    QTest::newRow("final 2031") << ReportData::Kind::Final << 2031;
}

void TestReportData::unitReportsOfTheDemo()
{
    // The demo's units delivered every report before the last year; the last one is
    // still to come. Every unit that leads an indicator is listed.
    QFETCH(ReportData::Kind, kind);
    QFETCH(int, year);
    const ReportData d = ReportData::build(m_db.connection(), kind, year);
    QSet<QString> leads;
    for (const IndicatorAssessment &ia : d.assessments)
        leads.insert(ia.indicator.leadUnit());
    QCOMPARE(d.completeness.size(), leads.size());
    for (const UnitCompleteness &u : d.completeness) {
        const bool past = d.dataYear < DemoData::LastYear - 1;
        QCOMPARE(u.reportDelivered(), past);
        QCOMPARE(d.nextYearPlans.contains(u.unit), past);
        if (past) {
            QCOMPARE(u.reportState, QStringLiteral("approved"));
            QVERIFY2(d.nextYearPlans.value(u.unit).startsWith(QStringLiteral("示例：%1年").arg(d.dataYear + 1)),
                     qPrintable(d.nextYearPlans.value(u.unit)));
            QVERIFY(u.reportTimeliness() != UnitCompleteness::Timeliness::Missing);
        } else {
            QVERIFY2(u.reportTimeliness() == UnitCompleteness::Timeliness::Missing, qPrintable(u.unit));
        }
    }
    if (kind == ReportData::Kind::Annual) {
        QVERIFY(d.reportYears.isEmpty());
        return;
    }
    QVector<int> years;
    for (int y = 2021; y <= d.dataYear; ++y)
        years << y;
    QCOMPARE(d.reportYears, years);
    QCOMPARE(d.completenessByYear.size(), years.size());
    int late = 0;
    for (int i = 0; i < years.size(); ++i) {
        QCOMPARE(d.completenessByYear.at(i).size(), d.completeness.size());
        for (const UnitCompleteness &u : d.completenessByYear.at(i)) {
            QCOMPARE(u.reportDelivered(), years.at(i) < DemoData::LastYear - 1);
            late += u.reportTimeliness() == UnitCompleteness::Timeliness::Late ? 1 : 0;
        }
    }
    QVERIFY2(late > 0, "the demo has some late reports");
}

void TestReportData::unitReportsTimeliness()
{
    // On time, late, late but within an extension, and missing, with a fixed clock.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    User reviewer;
    reviewer.login = QStringLiteral("fuergw");
    reviewer.role = User::Role::Reviewer;
    const auto liaison = [](const QString &unit) {
        User u;
        u.login = QStringLiteral("l") + QString::number(qHash(unit));
        u.role = User::Role::Liaison;
        u.unit = unit;
        return u;
    };
    ReportService reports(t.connection());
    QString error;
    const auto deliver = [&](const QString &unit, const QDateTime &at, const QString &plan) {
        Clock::Override clock(at);
        auto r = reports.report(liaison(unit), unit, 2025, &error);
        if (!r)
            return false;
        r->nextYearPlan = plan;
        int version = 0;
        return reports.saveDraft(liaison(unit), *r, &error, &version)
            && reports.submit(liaison(unit), unit, 2025, version, &error);
    };
    const QDateTime march20(QDate(2026, 3, 20), QTime(9, 0));
    const QDateTime april5(QDate(2026, 4, 5), QTime(9, 0));
    QVERIFY2(deliver(QStringLiteral("区卫健委"), march20, QStringLiteral("\n一、做好妇幼健康服务。二、其余。\n第二段")),
             qPrintable(error));
    QVERIFY2(deliver(QStringLiteral("区教委"), april5, QStringLiteral("落实学前教育行动计划")), qPrintable(error));
    QVERIFY2(deliver(QStringLiteral("区体育局"), april5, QStringLiteral("全民健身")), qPrintable(error));
    {
        Clock::Override clock(QDateTime(QDate(2026, 3, 25), QTime(9, 0)));
        QVERIFY2(DeadlineService(t.connection())
                     .extend(reviewer, 2025, QStringLiteral("区体育局"), QDate(2026, 4, 10), QStringLiteral("机构调整"),
                             &error),
                 qPrintable(error));
    }
    const ReportData d = ReportData::build(t.connection(), ReportData::Kind::Annual, 2025);
    int missing = 0;
    for (const UnitCompleteness &u : d.completeness) {
        if (u.unit == QStringLiteral("区卫健委")) {
            QCOMPARE(u.reportTimeliness(), UnitCompleteness::Timeliness::OnTime);
            QCOMPARE(d.nextYearPlans.value(u.unit), QStringLiteral("一、做好妇幼健康服务。"));
        } else if (u.unit == QStringLiteral("区教委")) {
            QCOMPARE(u.reportTimeliness(), UnitCompleteness::Timeliness::Late);
            QCOMPARE(u.reportDaysLate(), 5);
            QCOMPARE(d.nextYearPlans.value(u.unit), QStringLiteral("落实学前教育行动计划"));
        } else if (u.unit == QStringLiteral("区体育局")) {
            QCOMPARE(u.reportTimeliness(), UnitCompleteness::Timeliness::OnTime);
            QVERIFY(u.extended);
        } else {
            QVERIFY2(u.reportTimeliness() == UnitCompleteness::Timeliness::Missing, qPrintable(u.unit));
            QVERIFY(!d.nextYearPlans.contains(u.unit));
            ++missing;
        }
    }
    QCOMPARE(missing, d.completeness.size() - 3);
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
