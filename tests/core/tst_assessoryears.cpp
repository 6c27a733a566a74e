// What a judgement rests on: a year without a value is NoData and says which year's
// value the rest rests on; reviewers' verdicts carry over while the value stands;
// the reading of 左右 (band, about or above, about or below) is per indicator and named.
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QtTest>

using Series = QMap<int, double>;
using Status = Assessment::Status;
using Outlook = Assessment::Outlook;
using Warning = Assessment::Warning;
using Reading = RuleParams::AboutReading;
Q_DECLARE_METATYPE(Assessment::Status)
Q_DECLARE_METATYPE(RuleParams::AboutReading)

class TestAssessorYears : public QObject
{
    Q_OBJECT

private slots:
    void yearWithoutValue();
    void yearWithValue();
    void carriedVerdicts();
    void carriedVerdictInAssessment();
    void aboutReadings_data();
    void aboutReadings();
    void aboutOrAboveIsNoRedDivergence();
};

namespace {
Indicator make(const QString &code, const QString &target, const QString &unit, bool binding = false)
{
    Indicator ind;
    ind.code = code;
    ind.targetText = target;
    ind.measureUnit = unit;
    ind.attribute = binding ? Indicator::Attribute::Binding : Indicator::Attribute::Expected;
    return ind;
}

Assessment run(const Indicator &ind, const Series &s, int year, const std::optional<Judgement> &j = {})
{
    return Assessor::assess(ind, TargetParser::parse(ind.targetText), s, year, {}, j);
}

Judgement verdict(bool met, const QString &reason = QStringLiteral("结构合理"))
{
    Judgement j;
    j.met = met;
    j.reason = reason;
    j.user = QStringLiteral("reviewer");
    j.at = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return j;
}
} // namespace

void TestAssessorYears::yearWithoutValue()
{
    // C01 in the 2026 review: values up to 2025 only.
    const Indicator c01 = make(QStringLiteral("C01"), QStringLiteral("<4.5"), QStringLiteral("‰"), true);
    const Series s{{2020, 4.0}, {2023, 4.6}, {2025, 5.0}};
    const Assessment a = run(c01, s, 2026);
    QCOMPARE(a.year, 2026);
    QCOMPARE(a.latestYear, 2025);
    QVERIFY(a.restsOnEarlierYear());
    QCOMPARE(a.status, Status::NoData);
    QCOMPARE(a.valueStatus, Status::NotMet);
    QVERIFY2(a.reason.startsWith(QStringLiteral(
                 "No value for 2026, the assessment rests on the 2025 value; In 2025 the value was 5.00‰")),
             qPrintable(a.reason));
    // The warning looks to 2030 from the latest value, as it says.
    QCOMPARE(a.warning, Warning::Red);

    // The same for every family with values before the year.
    for (const QString &target :
         {QStringLiteral("≥94"), QStringLiteral("提高"), QStringLiteral("逐年降低"), QStringLiteral("45左右"),
          QStringLiteral("趋于平衡"), QStringLiteral("明显提高"), QStringLiteral("100"), QStringLiteral("2:3"),
          QStringLiteral("保持合理比例"), QStringLiteral("保持在95%")}) {
        const Indicator ind = make(QStringLiteral("X01"), target, QStringLiteral("%"));
        const Assessment b = run(ind, Series{{2020, 100}, {2024, 104}}, 2025);
        QVERIFY2(b.status == Status::NoData, qPrintable(target));
        QVERIFY2(b.reason.startsWith(QStringLiteral("No value for 2025, the assessment rests on the 2024 value")),
                 qPrintable(b.reason));
    }
    // No value at all: NoData, nothing to rest on.
    const Assessment none = run(c01, Series{}, 2026);
    QCOMPARE(none.status, Status::NoData);
    QVERIFY(!none.restsOnEarlierYear());
    QCOMPARE(none.reason, QStringLiteral("No value up to 2026"));
}

void TestAssessorYears::yearWithValue()
{
    const Indicator w04 = make(QStringLiteral("W04"), QStringLiteral("≥94"), QStringLiteral("%"));
    const Assessment a = run(w04, Series{{2020, 92.6}, {2025, 94.5}}, 2025);
    QVERIFY(!a.restsOnEarlierYear());
    QCOMPARE(a.status, Status::Met);
    QCOMPARE(a.valueStatus, Status::Met);
    QVERIFY2(a.reason.startsWith(QStringLiteral("In 2025 the value was 94.5%")), qPrintable(a.reason));
    // A later value is ignored for an earlier year.
    const Assessment earlier = run(w04, Series{{2020, 92.6}, {2024, 93}, {2025, 94.5}}, 2024);
    QCOMPARE(earlier.latestYear, 2024);
    QCOMPARE(earlier.status, Status::NotMet);
}

void TestAssessorYears::carriedVerdicts()
{
    QMap<int, Judgement> verdicts;
    verdicts.insert(2025, verdict(true));
    // The year's own verdict.
    QCOMPARE(Assessor::verdictFor(verdicts, Series{{2025, 40}}, 2025)->carriedFrom, 0);
    // No value since: carried.
    const auto noValue = Assessor::verdictFor(verdicts, Series{{2024, 41}, {2025, 40}}, 2026);
    QVERIFY(noValue);
    QCOMPARE(noValue->carriedFrom, 2025);
    QVERIFY(noValue->met);
    // The same value again: carried.
    const auto same = Assessor::verdictFor(verdicts, Series{{2025, 40}, {2026, 40}}, 2026);
    QVERIFY(same);
    QCOMPARE(same->carriedFrom, 2025);
    QCOMPARE(Assessor::verdictFor(verdicts, Series{{2025, 40}, {2026, 40}, {2027, 40}}, 2027)->carriedFrom, 2025);
    // A changed value: a new verdict is needed.
    QVERIFY(!Assessor::verdictFor(verdicts, Series{{2025, 40}, {2026, 41}}, 2026));
    QVERIFY(!Assessor::verdictFor(verdicts, Series{{2025, 40}, {2026, 41}, {2027, 40}}, 2027));
    // Never backwards.
    QVERIFY(!Assessor::verdictFor(verdicts, Series{{2024, 40}, {2025, 40}}, 2024));
    // A qualitative target without any values keeps its latest verdict.
    QCOMPARE(Assessor::verdictFor(verdicts, Series{}, 2027)->carriedFrom, 2025);
    // The latest earlier verdict wins.
    verdicts.insert(2023, verdict(false));
    QVERIFY(Assessor::verdictFor(verdicts, Series{{2025, 40}}, 2026)->met);
    QCOMPARE(Assessor::verdictFor(verdicts, Series{{2023, 40}, {2024, 40}}, 2024)->carriedFrom, 2023);
}

void TestAssessorYears::carriedVerdictInAssessment()
{
    const Indicator w24 = make(QStringLiteral("W24"), QStringLiteral("保持合理比例"), QStringLiteral("%"));
    QMap<int, Judgement> verdicts;
    verdicts.insert(2025, verdict(true));
    const Series unchanged{{2024, 40}, {2025, 40}, {2026, 40}};
    const Assessment a = run(w24, unchanged, 2026, Assessor::verdictFor(verdicts, unchanged, 2026));
    QCOMPARE(a.status, Status::Met);
    QVERIFY2(a.reason.contains(QStringLiteral("reviewer judged it Met on 2026-03-01: 结构合理, a verdict recorded for "
                                              "2025 that still applies: the value has not changed since")),
             qPrintable(a.reason));
    // Resting on 2025's value in 2026: NoData for 2026, the verdict is what that value had.
    const Series upTo2025{{2024, 40}, {2025, 40}};
    const Assessment b = run(w24, upTo2025, 2026, Assessor::verdictFor(verdicts, upTo2025, 2026));
    QCOMPARE(b.status, Status::NoData);
    QCOMPARE(b.valueStatus, Status::Met);
    // A changed value awaits a new verdict.
    const Series changed{{2025, 40}, {2026, 43}};
    const Assessment c = run(w24, changed, 2026, Assessor::verdictFor(verdicts, changed, 2026));
    QCOMPARE(c.status, Status::NeedsJudgement);
}

void TestAssessorYears::aboutReadings_data()
{
    QTest::addColumn<Reading>("reading");
    QTest::addColumn<double>("value");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("clause");

    const QString band = QStringLiteral("read as a band of ±2% on both sides: 43% to 47%");
    const QString above = QStringLiteral("read as about 45% or above: at least 43%");
    const QString below = QStringLiteral("read as about 45% or below: at most 47%");
    QTest::newRow("band 45") << Reading::Band << 45.0 << Status::Met << band;
    QTest::newRow("band 47.5") << Reading::Band << 47.5 << Status::NotMet << band;
    QTest::newRow("band 42.5") << Reading::Band << 42.5 << Status::NotMet << band;
    QTest::newRow("above 47.5") << Reading::AboutOrAbove << 47.5 << Status::Met << above;
    QTest::newRow("above 60") << Reading::AboutOrAbove << 60.0 << Status::Met << above;
    QTest::newRow("above 43") << Reading::AboutOrAbove << 43.0 << Status::Met << above;
    QTest::newRow("above 42.9") << Reading::AboutOrAbove << 42.9 << Status::NotMet << above;
    QTest::newRow("below 30") << Reading::AboutOrBelow << 30.0 << Status::Met << below;
    QTest::newRow("below 47") << Reading::AboutOrBelow << 47.0 << Status::Met << below;
    QTest::newRow("below 47.5") << Reading::AboutOrBelow << 47.5 << Status::NotMet << below;
}

void TestAssessorYears::aboutReadings()
{
    QFETCH(Reading, reading);
    QFETCH(double, value);
    QFETCH(Status, status);
    QFETCH(QString, clause);
    Indicator w15 = make(QStringLiteral("W15"), QStringLiteral("45左右"), QStringLiteral("%"));
    w15.params.aboutReading = reading;
    const Assessment a = run(w15, Series{{2020, 44}, {2025, value}}, 2025);
    QCOMPARE(a.status, status);
    QVERIFY2(a.reason.contains(clause), qPrintable(a.reason));
    QVERIFY2(TargetParser::parse(w15.targetText)
                 .describe(w15.params, w15.measureUnit)
                 .startsWith(QStringLiteral("about 45%")),
             "describe");
}

void TestAssessorYears::aboutOrAboveIsNoRedDivergence()
{
    // 就业人员中女性比例 45左右 at 47.5% and rising: met, on track, green.
    Indicator w15 = make(QStringLiteral("W15"), QStringLiteral("45左右"), QStringLiteral("%"));
    w15.params.aboutReading = Reading::AboutOrAbove;
    const Series s{{2020, 44}, {2021, 45}, {2022, 45.8}, {2023, 46.5}, {2024, 47}, {2025, 47.5}};
    const Assessment a = run(w15, s, 2025);
    QCOMPARE(a.status, Status::Met);
    QCOMPARE(a.outlook, Outlook::OnTrack);
    QCOMPARE(a.warning, Warning::Green);
    // As a band the same series leaves the band and moves away from it.
    w15.params.aboutReading = Reading::Band;
    const Assessment b = run(w15, s, 2025);
    QCOMPARE(b.status, Status::NotMet);
    QCOMPARE(b.outlook, Outlook::Diverging);
    QCOMPARE(b.warning, Warning::Red);
}

QTEST_GUILESS_MAIN(TestAssessorYears)
#include "tst_assessoryears.moc"
