// Assessor: relative targets (W21 follows W20), judged and unparsed targets, and the
// numbers the reason sentence carries.
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QtTest>

#include <cmath>

#include "assessortesting.h"

class TestAssessorReason : public QObject
{
    Q_OBJECT

private slots:
    void relative_data();
    void relative();
    void judged_data();
    void judged();
    void reason_data();
    void reason();
};

void TestAssessorReason::relative_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Series>("series");
    QTest::addColumn<Series>("reference");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Outlook>("outlook");

    const QString w21 = QStringLiteral("不低于本区党员总数中女性比例");
    const QString w29 = QStringLiteral("与女职工比例相适应");
    QTest::newRow("W21 above W20") << w21 << Series{{2025, 30}} << Series{{2025, 28}} << Status::Met << Outlook::None;
    QTest::newRow("W21 equal to W20") << w21 << Series{{2025, 28}} << Series{{2025, 28}} << Status::Met
                                      << Outlook::None;
    QTest::newRow("W21 just below W20") << w21 << Series{{2025, 27.9}} << Series{{2025, 28}} << Status::NotMet
                                        << Outlook::None;
    QTest::newRow("W21 uses the same year of W20")
        << w21 << Series{{2024, 27}} << Series{{2024, 26}, {2025, 40}} << Status::Met << Outlook::None;
    QTest::newRow("W21 closing the gap") << w21 << Series{{2020, 25}, {2025, 27}} << Series{{2020, 28}, {2025, 28}}
                                         << Status::NotMet << Outlook::OnTrack;
    QTest::newRow("W21 falling behind") << w21 << Series{{2020, 27}, {2025, 26}} << Series{{2020, 28}, {2025, 29}}
                                        << Status::NotMet << Outlook::Diverging;
    QTest::newRow("相适应 within tolerance")
        << w29 << Series{{2025, 27}} << Series{{2025, 28}} << Status::Met << Outlook::None;
    QTest::newRow("相适应 at the tolerance edge")
        << w29 << Series{{2025, 26}} << Series{{2025, 28}} << Status::Met << Outlook::None;
    QTest::newRow("相适应 beyond tolerance")
        << w29 << Series{{2025, 25.9}} << Series{{2025, 28}} << Status::NotMet << Outlook::None;
    QTest::newRow("reference missing for the year")
        << w21 << Series{{2020, 25}, {2025, 30}} << Series{{2020, 28}} << Status::NeedsJudgement << Outlook::None;
    QTest::newRow("no reference at all") << w21 << Series{{2025, 30}} << Series() << Status::NeedsJudgement
                                         << Outlook::None;
}

void TestAssessorReason::relative()
{
    QFETCH(QString, target);
    QFETCH(Series, series);
    QFETCH(Series, reference);
    QFETCH(Status, status);
    QFETCH(Outlook, outlook);

    Indicator ind = indicator(target);
    ind.params.referenceCode = QStringLiteral("W20");
    // The series' last year: W21's 2024 value against W20's 2024 value, not its 2025 one.
    const Assessment a = run(ind, series, series.lastKey(), reference);
    QVERIFY2(a.status == status, qPrintable(a.reason));
    QVERIFY2(a.outlook == outlook, qPrintable(Assessment::outlookKey(a.outlook) + QLatin1Char(' ') + a.reason));
    QVERIFY2(a.reason.contains(QLatin1String("W20")), qPrintable(a.reason));
    QVERIFY2(a.reason.contains(QString::number(a.latestYear)), qPrintable(a.reason));
    if (status == Status::NeedsJudgement) {
        QCOMPARE(a.warning, Warning::Grey);
        QVERIFY2(a.reason.contains(QLatin1String("has no value for")), qPrintable(a.reason));
    }
}

void TestAssessorReason::judged_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("binding");
    QTest::addColumn<bool>("hasJudgement");
    QTest::addColumn<bool>("met");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Warning>("warning");

    QTest::newRow("judgement: met") << QStringLiteral("保持合理比例") << false << true << true << Status::Met
                                    << Warning::Green;
    QTest::newRow("judgement: not met, expected")
        << QStringLiteral("保持合理比例") << false << true << false << Status::NotMet << Warning::Yellow;
    QTest::newRow("judgement: not met, binding")
        << QStringLiteral("保持合理比例") << true << true << false << Status::NotMet << Warning::Red;
    QTest::newRow("judgement: none") << QStringLiteral("保持合理比例") << false << false << false
                                     << Status::NeedsJudgement << Warning::Grey;
    QTest::newRow("unparsed: none") << QStringLiteral("大幅改善") << false << false << false << Status::NeedsJudgement
                                    << Warning::Grey;
    QTest::newRow("unparsed: judged met")
        << QStringLiteral("大幅改善") << false << true << true << Status::Met << Warning::Green;
}

void TestAssessorReason::judged()
{
    QFETCH(QString, target);
    QFETCH(bool, binding);
    QFETCH(bool, hasJudgement);
    QFETCH(bool, met);
    QFETCH(Status, status);
    QFETCH(Warning, warning);

    std::optional<Judgement> judgement;
    if (hasJudgement)
        judgement = Judgement{met, QStringLiteral("比例合理"), QStringLiteral("reviewer1"),
                              QDateTime(QDate(2026, 3, 1), QTime(9, 0))};
    const Assessment a = run(indicator(target, QStringLiteral("%"), binding), Series{{2025, 31.5}}, 2025, {},
                             judgement);
    QVERIFY2(a.status == status, qPrintable(a.reason));
    QCOMPARE(a.warning, warning);
    QCOMPARE(a.outlook, Outlook::None);
    QVERIFY2(a.reason.contains(QLatin1String("31.5%")), qPrintable(a.reason));
    if (hasJudgement) {
        QVERIFY2(a.reason.contains(QLatin1String("reviewer1")), qPrintable(a.reason));
        QVERIFY2(a.reason.contains(QLatin1String("2026-03-01")), qPrintable(a.reason));
        QVERIFY2(a.reason.contains(QStringLiteral("比例合理")), qPrintable(a.reason));
    } else {
        QVERIFY2(a.reason.contains(target), qPrintable(a.reason));
    }
}

void TestAssessorReason::reason_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Series>("series");
    QTest::addColumn<QStringList>("parts");

    QTest::newRow("DESIGN example")
        << QStringLiteral("≥94") << QStringLiteral("%") << Series{{2020, 91.1}, {2025, 92.6}}
        << QStringList{QStringLiteral("In 2025 the value was 92.6%, 1.4 percentage points short of the target ≥94; "
                                      "over the last 5 years it rose by 0.3 percentage points a year on average, "
                                      "projected 94.1% in 2030")};
    QTest::newRow("years, unit kept") << QStringLiteral("≥82.3") << QStringLiteral("岁")
                                      << Series{{2022, 81.5}, {2025, 81.8}}
                                      << QStringList{QStringLiteral("81.80岁"), QStringLiteral("0.50岁 short"),
                                                     QStringLiteral("last 3 years"), QStringLiteral("0.10岁 a year"),
                                                     QStringLiteral("82.30岁 in 2030")};
    QTest::newRow("per 100 000") << QStringLiteral("＜8") << QStringLiteral("1/10万") << Series{{2025, 9}}
                                 << QStringList{QStringLiteral("9.0/10万"),
                                                QStringLiteral("1.0/10万 short of the target ＜8"),
                                                QStringLiteral("too few years")};
    QTest::newRow("ratio") << QStringLiteral("2:3") << QString() << Series{{2025, 1.4}}
                           << QStringList{QStringLiteral("1:1.40"), QStringLiteral("0.10 short of the target 2:3")};
    QTest::newRow("met") << QStringLiteral("≥94") << QStringLiteral("%") << Series{{2025, 95}}
                         << QStringList{QStringLiteral("In 2025 the value was 95.0%, meeting the target ≥94")};
    QTest::newRow("strict edge") << QStringLiteral("＜8") << QStringLiteral("‰") << Series{{2025, 8}}
                                 << QStringList{QStringLiteral("8.00‰, not meeting the target ＜8")};
    QTest::newRow("about") << QStringLiteral("45左右") << QStringLiteral("%") << Series{{2025, 40}}
                           << QStringList{
                                  QStringLiteral("3.0 percentage points outside the range of the target 45左右 (±2%)")};
    QTest::newRow("increase") << QStringLiteral("提高") << QStringLiteral("%") << Series{{2020, 30.9}, {2025, 32}}
                              << QStringList{
                                     QStringLiteral("1.1 percentage points higher than the 2020 baseline of 30.9%"),
                                     QStringLiteral("meeting the target “提高”")};
    QTest::newRow("decrease, unchanged") << QStringLiteral("降低") << QStringLiteral("件")
                                         << Series{{2020, 12}, {2025, 12}}
                                         << QStringList{QStringLiteral("unchanged from the 2020 baseline of 12件"),
                                                        QStringLiteral("not meeting the target “降低”"),
                                                        QStringLiteral("did not change")};
    QTest::newRow("every year, failed") << QStringLiteral("逐年提高") << QStringLiteral("%")
                                        << Series{{2020, 1}, {2021, 3}, {2022, 2}, {2023, 4}}
                                        << QStringList{QStringLiteral("2022 (2.0%) was not higher than 2021 (3.0%)")};
    QTest::newRow("clear decrease")
        << QStringLiteral("明显降低") << QStringLiteral("%") << Series{{2020, 10}, {2025, 9.5}}
        << QStringList{QStringLiteral("0.5 percentage points lower than the 2020 baseline of 10.0%"),
                       QStringLiteral("0.5 percentage points short of the target “明显降低”"),
                       QStringLiteral("at least 10% below the baseline, at most 9.0%")};
    QTest::newRow("balance improving")
        << QStringLiteral("趋于平衡") << QString() << Series{{2020, 112}, {2025, 109.5}}
        << QStringList{
               QStringLiteral("outside the normal range 103–107 but closer to 105 than the 2020 baseline of 112.0")};
    QTest::newRow("only the baseline") << QStringLiteral("提高") << QStringLiteral("%") << Series{{2020, 30}}
                                       << QStringList{QStringLiteral("only the baseline year 2020 has a value")};
    QTest::newRow("no data") << QStringLiteral("≥94") << QStringLiteral("%") << Series()
                             << QStringList{QStringLiteral("No value up to 2025")};
    QTest::newRow("unparsed") << QStringLiteral("大幅改善") << QStringLiteral("%") << Series()
                              << QStringList{QStringLiteral("the target text “大幅改善” cannot be read as a rule")};
    QTest::newRow("fluctuation") << QStringLiteral("≥94") << QStringLiteral("%")
                                 << Series{{2023, 96}, {2024, 76}, {2025, 96}}
                                 << QStringList{QStringLiteral(
                                        "from 2023 (96.0%) to 2024 (76.0%) it changed by -20.0 percentage points, more "
                                        "than 20% of the value before and at least 1.0 percentage points")};
    QTest::newRow("fluctuation: swings") << QStringLiteral("≥95") << QStringLiteral("%")
                                         << Series{{2020, 86}, {2021, 92}, {2022, 83},
                                                   {2023, 94}, {2024, 86}, {2025, 96.8}}
                                         << QStringList{QStringLiteral("reverse direction 4 times between changes of "
                                                                       "at least 4.5 percentage points (5% of its "
                                                                       "mean level 89.6%)")};
    QTest::newRow("year without a value")
        << QStringLiteral("≥95") << QStringLiteral("%") << Series{{2020, 86}, {2024, 92}}
        << QStringList{QStringLiteral("No value for 2025, the assessment rests on the "
                                      "2024 value; In 2024 the value was 92.0%")};
}

void TestAssessorReason::reason()
{
    QFETCH(QString, target);
    QFETCH(QString, unit);
    QFETCH(Series, series);
    QFETCH(QStringList, parts);

    const Assessment a = run(indicator(target, unit), series, 2025);
    for (const QString &part : parts)
        QVERIFY2(a.reason.contains(part), qPrintable(a.reason));
}

QTEST_GUILESS_MAIN(TestAssessorReason)
#include "tst_assessorreason.moc"
