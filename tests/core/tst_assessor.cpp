// Assessor: status at each family's boundaries, the outlook towards 2030 and the
// filled-in fields. Warnings, mid-term and reasons: tst_assessorwarning, tst_assessorreason.
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QtTest>

#include <cmath>

#include "assessortesting.h"

class TestAssessor : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void outlook_data();
    void outlook();
    void fields();
};

void TestAssessor::status_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("year");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("latestYear");
    QTest::addColumn<int>("baselineYear");

    auto one = [](const char *name, const QString &target, double value, Status status, double tol = 2.0) {
        QTest::newRow(name) << target << tol << Series{{2025, value}} << 2025 << status << 2025 << 2025;
    };
    auto two = [](const char *name, const QString &target, double base, double value, Status status) {
        QTest::newRow(name) << target << 2.0 << Series{{2020, base}, {2025, value}} << 2025 << status << 2025 << 2020;
    };
    // Below (strict) and at most.
    one("＜8 just below", QStringLiteral("＜8"), 7.99, Status::Met);
    one("＜8 at 8 (strict)", QStringLiteral("＜8"), 8, Status::NotMet);
    one("＜8 just above", QStringLiteral("＜8"), 8.01, Status::NotMet);
    one("≤5 at 5", QStringLiteral("≤5"), 5, Status::Met);
    one("≤5 just above", QStringLiteral("≤5"), 5.01, Status::NotMet);
    one("12/10万以下 at 12", QStringLiteral("12/10万以下"), 12, Status::Met);
    // Above (strict) and at least.
    one("＞98.5 at 98.5 (strict)", QStringLiteral("＞98.5"), 98.5, Status::NotMet);
    one("＞98.5 just above", QStringLiteral("＞98.5"), 98.51, Status::Met);
    one("≥94 at 94", QStringLiteral("≥94"), 94, Status::Met);
    one("≥94 just below", QStringLiteral("≥94"), 93.99, Status::NotMet);
    one("不低于90% at 90", QStringLiteral("不低于90%"), 90, Status::Met);
    // Exactly.
    one("100 at 100", QStringLiteral("100"), 100, Status::Met);
    one("100 at 99.9", QStringLiteral("100"), 99.9, Status::NotMet);
    // About: tolerance edges.
    one("45左右 at 43 (lower edge)", QStringLiteral("45左右"), 43, Status::Met);
    one("45左右 at 47 (upper edge)", QStringLiteral("45左右"), 47, Status::Met);
    one("45左右 at 42.99", QStringLiteral("45左右"), 42.99, Status::NotMet);
    one("45左右 at 47.01", QStringLiteral("45左右"), 47.01, Status::NotMet);
    one("45左右 tolerance 1 at 46.5", QStringLiteral("45左右"), 46.5, Status::NotMet, 1.0);
    one("45左右 tolerance 1 at 46", QStringLiteral("45左右"), 46, Status::Met, 1.0);
    // Ratio 2:3 means 1.5 per one.
    one("2:3 at 1:1.5", QStringLiteral("2:3"), 1.5, Status::Met);
    one("2:3 at 1:1.49", QStringLiteral("2:3"), 1.49, Status::NotMet);
    one("2:3 at 1:1.6", QStringLiteral("2:3"), 1.6, Status::Met);
    // Against the baseline.
    two("提高 above baseline", QStringLiteral("提高"), 30.9, 31, Status::Met);
    two("提高 equal to baseline", QStringLiteral("提高"), 30.9, 30.9, Status::NotMet);
    two("提高 below baseline", QStringLiteral("提高"), 30.9, 30, Status::NotMet);
    two("巩固提高 equal to baseline", QStringLiteral("巩固提高"), 99, 99, Status::Met);
    two("巩固提高 below baseline", QStringLiteral("巩固提高"), 99, 98.9, Status::NotMet);
    two("降低 below baseline", QStringLiteral("降低"), 5, 4.9, Status::Met);
    two("降低 equal to baseline", QStringLiteral("降低"), 5, 5, Status::NotMet);
    two("明显降低 exactly 10% less", QStringLiteral("明显降低"), 10, 9, Status::Met);
    two("明显降低 9.9% less", QStringLiteral("明显降低"), 10, 9.01, Status::NotMet);
    two("得到控制 equal to baseline", QStringLiteral("得到控制"), 120, 120, Status::Met);
    two("得到控制 above baseline", QStringLiteral("得到控制"), 120, 121, Status::NotMet);
    two("趋于平衡 at 103", QStringLiteral("趋于平衡"), 110, 103, Status::Met);
    two("趋于平衡 at 107", QStringLiteral("趋于平衡"), 110, 107, Status::Met);
    two("趋于平衡 at 107.1 (improving, still not met)", QStringLiteral("趋于平衡"), 110, 107.1, Status::NotMet);
    two("趋于平衡 at 102.9", QStringLiteral("趋于平衡"), 100, 102.9, Status::NotMet);
    // 逐年提高: every reported year above the one before, gaps allowed.
    QTest::newRow("逐年提高 rising") << QStringLiteral("逐年提高") << 2.0 << Series{{2020, 1}, {2021, 2}, {2022, 3}}
                                     << 2022 << Status::Met << 2022 << 2020;
    QTest::newRow("逐年提高 flat year") << QStringLiteral("逐年提高") << 2.0 << Series{{2020, 1}, {2021, 2}, {2022, 2}}
                                        << 2022 << Status::NotMet << 2022 << 2020;
    QTest::newRow("逐年提高 with gaps") << QStringLiteral("逐年提高") << 2.0 << Series{{2020, 1}, {2022, 2}, {2025, 3}}
                                        << 2025 << Status::Met << 2025 << 2020;
    QTest::newRow("逐年提高 dip in the middle")
        << QStringLiteral("逐年提高") << 2.0 << Series{{2020, 1}, {2021, 3}, {2022, 2}, {2023, 4}} << 2023
        << Status::NotMet << 2023 << 2020;
    // No data, only the baseline, no 2020 value.
    QTest::newRow("no data") << QStringLiteral("≥94") << 2.0 << Series() << 2025 << Status::NoData << 0 << 0;
    QTest::newRow("only later data") << QStringLiteral("≥94") << 2.0 << Series{{2026, 95}} << 2025 << Status::NoData
                                     << 0 << 0;
    QTest::newRow("提高 with only the baseline")
        << QStringLiteral("提高") << 2.0 << Series{{2020, 30}} << 2025 << Status::NoData << 2020 << 2020;
    QTest::newRow("明显降低 with only the baseline")
        << QStringLiteral("明显降低") << 2.0 << Series{{2020, 3}} << 2025 << Status::NoData << 2020 << 2020;
    QTest::newRow("趋于平衡 needs no comparison")
        << QStringLiteral("趋于平衡") << 2.0 << Series{{2020, 105}} << 2020 << Status::Met << 2020 << 2020;
    QTest::newRow("no 2020 value: first year is the baseline")
        << QStringLiteral("提高") << 2.0 << Series{{2022, 10}, {2024, 11}} << 2024 << Status::Met << 2024 << 2022;
    QTest::newRow("a year without a value is no data, on the latest value's word")
        << QStringLiteral("提高") << 2.0 << Series{{2022, 10}, {2024, 11}} << 2025 << Status::NoData << 2024 << 2022;
    QTest::newRow("points after the year are ignored")
        << QStringLiteral("≥94") << 2.0 << Series{{2024, 95}, {2025, 90}} << 2024 << Status::Met << 2024 << 2024;
    QTest::newRow("latest value counts, not the best")
        << QStringLiteral("≥94") << 2.0 << Series{{2023, 96}, {2025, 93}} << 2025 << Status::NotMet << 2025 << 2023;
}

void TestAssessor::status()
{
    QFETCH(QString, target);
    QFETCH(double, tolerance);
    QFETCH(Series, series);
    QFETCH(int, year);
    QFETCH(Status, status);
    QFETCH(int, latestYear);
    QFETCH(int, baselineYear);

    const Assessment a = run(indicator(target, QStringLiteral("%"), false, tolerance), series, year);
    QVERIFY2(a.status == status, qPrintable(a.reason));
    QCOMPARE(a.latestYear, latestYear);
    QCOMPARE(a.baselineYear, baselineYear);
    QCOMPARE(a.latestValue.has_value(), latestYear != 0);
    QVERIFY(!a.reason.isEmpty());
}

void TestAssessor::outlook_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Series>("series");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Outlook>("outlook");

    auto row = [](const char *name, const QString &target, const Series &s, Status st, Outlook o) {
        QTest::newRow(name) << target << s << st << o;
    };
    row("DESIGN example: projected to reach", QStringLiteral("≥94"), {{2020, 91.1}, {2025, 92.6}}, Status::NotMet,
        Outlook::OnTrack);
    // Gap = projected miss / way to go (20 from 80 to 100), four years to 2030.
    row("gap 2.5%", QStringLiteral("≥100"), {{2021, 55.625}, {2026, 80}}, Status::NotMet, Outlook::OnTrack);
    row("gap exactly 5%", QStringLiteral("≥100"), {{2021, 56.25}, {2026, 80}}, Status::NotMet,
        Outlook::NeedsAcceleration);
    row("gap exactly 20%", QStringLiteral("≥100"), {{2021, 60}, {2026, 80}}, Status::NotMet,
        Outlook::NeedsAcceleration);
    row("gap 22.5%, right way", QStringLiteral("≥100"), {{2021, 60.625}, {2026, 80}}, Status::NotMet,
        Outlook::Unlikely);
    row("wrong way", QStringLiteral("≥94"), {{2020, 93}, {2025, 92}}, Status::NotMet, Outlook::Diverging);
    row("flat and not met", QStringLiteral("≥94"), {{2020, 92}, {2025, 92}}, Status::NotMet, Outlook::Unlikely);
    row("met and staying", QStringLiteral("≥94"), {{2020, 95}, {2025, 96}}, Status::Met, Outlook::OnTrack);
    row("met but leaving", QStringLiteral("≥94"), {{2020, 97}, {2025, 95}}, Status::Met, Outlook::Diverging);
    row("＜8 coming down", QStringLiteral("＜8"), {{2020, 12}, {2025, 9}}, Status::NotMet, Outlook::OnTrack);
    row("＜8 flat on the strict edge", QStringLiteral("＜8"), {{2020, 8}, {2025, 8}}, Status::NotMet,
        Outlook::Unlikely);
    row("100 reached with a rising trend", QStringLiteral("100"), {{2020, 90}, {2025, 100}}, Status::Met,
        Outlook::OnTrack);
    row("100 overshot by the line", QStringLiteral("100"), {{2020, 80}, {2025, 95}}, Status::NotMet, Outlook::OnTrack);
    row("45左右 overshooting the band", QStringLiteral("45左右"), {{2020, 39}, {2025, 44}}, Status::Met,
        Outlook::Unlikely);
    row("40左右 moving into the band", QStringLiteral("40左右"), {{2020, 30}, {2025, 35}}, Status::NotMet,
        Outlook::OnTrack);
    row("2:3 reaching 1.5", QStringLiteral("2:3"), {{2020, 1.25}, {2025, 1.375}}, Status::NotMet, Outlook::OnTrack);
    row("明显降低 on the way", QStringLiteral("明显降低"), {{2020, 20}, {2025, 18.5}}, Status::NotMet,
        Outlook::OnTrack);
    row("趋于平衡 improving into the band", QStringLiteral("趋于平衡"), {{2020, 112}, {2025, 109.5}}, Status::NotMet,
        Outlook::OnTrack);
    row("趋于平衡 worsening", QStringLiteral("趋于平衡"), {{2020, 108}, {2025, 110}}, Status::NotMet,
        Outlook::Diverging);
    row("提高 rising", QStringLiteral("提高"), {{2020, 30}, {2025, 31}}, Status::Met, Outlook::OnTrack);
    row("提高 flat", QStringLiteral("提高"), {{2020, 30}, {2025, 30}}, Status::NotMet, Outlook::NeedsAcceleration);
    row("提高 falling", QStringLiteral("提高"), {{2020, 30}, {2025, 29}}, Status::NotMet, Outlook::Diverging);
    row("降低 falling", QStringLiteral("降低"), {{2020, 5}, {2025, 4}}, Status::Met, Outlook::OnTrack);
    row("降低 flat", QStringLiteral("降低"), {{2020, 5}, {2025, 5}}, Status::NotMet, Outlook::NeedsAcceleration);
    row("降低 rising", QStringLiteral("降低"), {{2020, 5}, {2025, 6}}, Status::NotMet, Outlook::Diverging);
    row("巩固提高 holding", QStringLiteral("巩固提高"), {{2020, 99}, {2025, 99}}, Status::Met, Outlook::OnTrack);
    row("得到控制 holding", QStringLiteral("得到控制"), {{2020, 50}, {2025, 50}}, Status::Met, Outlook::OnTrack);
    row("逐年提高 rising", QStringLiteral("逐年提高"), {{2020, 1}, {2021, 2}}, Status::Met, Outlook::OnTrack);
    row("逐年提高 broken earlier, rising now", QStringLiteral("逐年提高"),
        {{2020, 10}, {2021, 10.5}, {2022, 10.4}, {2023, 11}}, Status::NotMet, Outlook::Unlikely);
    row("逐年提高 falling", QStringLiteral("逐年提高"), {{2020, 10}, {2021, 9.9}}, Status::NotMet, Outlook::Diverging);
    row("single point", QStringLiteral("≥94"), {{2025, 92}}, Status::NotMet, Outlook::None);
    row("older point outside the window", QStringLiteral("≥94"), {{2015, 50}, {2025, 92}}, Status::NotMet,
        Outlook::None);
}

void TestAssessor::outlook()
{
    QFETCH(QString, target);
    QFETCH(Series, series);
    QFETCH(Status, status);
    QFETCH(Outlook, outlook);

    const Assessment a = run(indicator(target), series, series.lastKey());
    QVERIFY2(a.status == status, qPrintable(a.reason));
    QVERIFY2(a.outlook == outlook, qPrintable(Assessment::outlookKey(a.outlook) + QLatin1Char(' ') + a.reason));
    QCOMPARE(a.projected2030.has_value(), outlook != Outlook::None);
}

void TestAssessor::fields()
{
    const Assessment a = run(indicator(QStringLiteral("≥94")), Series{{2019, 90}, {2020, 91.1}, {2025, 92.6}}, 2025);
    QCOMPARE(a.latestYear, 2025);
    QCOMPARE(*a.latestValue, 92.6);
    QCOMPARE(a.baselineYear, 2020);
    QCOMPARE(*a.baselineValue, 91.1);
    QVERIFY(std::abs(a.averageAnnualChange - 0.3) < 1e-9);
    QVERIFY(std::abs(*a.projected2030 - 94.1) < 1e-9);
    QCOMPARE(a.formula,
             QStringLiteral("average annual change = (92.6 − 91.1) ÷ (2025 − 2020) = 0.3; "
                            "projected 2030 = 92.6 + 0.3 × (2030 − 2025) = 94.1"));
    QCOMPARE(a.midterm, MidTerm::Covered); // 1.4 still to go, at most half of the 2.9 in 2020
    QCOMPARE(a.warning, Warning::Green);

    const Assessment none = run(indicator(QStringLiteral("≥94")), Series(), 2025);
    QCOMPARE(none.latestYear, 0);
    QVERIFY(!none.latestValue);
    QVERIFY(!none.baselineValue);
    QVERIFY(!none.projected2030);
    QCOMPARE(none.averageAnnualChange, 0.0);
    QVERIFY(none.formula.isEmpty());
}

QTEST_GUILESS_MAIN(TestAssessor)
#include "tst_assessor.moc"
