// Assessor: warning precedence (红 > 黄 > 绿 > 灰) and the mid-term check.
#include "target/assessor.h"
#include "target/targetparser.h"

#include <QtTest>

#include <cmath>

#include "assessortesting.h"

class TestAssessorWarning : public QObject
{
    Q_OBJECT

private slots:
    void warning_data();
    void warning();
    void midterm_data();
    void midterm();
};

void TestAssessorWarning::warning_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("binding");
    QTest::addColumn<Series>("series");
    QTest::addColumn<Warning>("warning");
    QTest::addColumn<Outlook>("outlook");
    QTest::addColumn<bool>("fluctuation");

    QTest::newRow("binding not met beats on track") << QStringLiteral("＜8") << true << Series{{2020, 10}, {2025, 8.5}}
                                                    << Warning::Red << Outlook::OnTrack << false;
    QTest::newRow("expected not met but on track") << QStringLiteral("＜8") << false << Series{{2020, 10}, {2025, 8.5}}
                                                   << Warning::Green << Outlook::OnTrack << false;
    QTest::newRow("diverging expected") << QStringLiteral("≥94") << false << Series{{2020, 93}, {2025, 92}}
                                        << Warning::Red << Outlook::Diverging << false;
    QTest::newRow("binding met but diverging") << QStringLiteral("≥94") << true << Series{{2020, 97}, {2025, 95}}
                                               << Warning::Red << Outlook::Diverging << false;
    QTest::newRow("unlikely") << QStringLiteral("≥94") << false << Series{{2020, 92}, {2025, 92}} << Warning::Yellow
                              << Outlook::Unlikely << false;
    QTest::newRow("needs acceleration") << QStringLiteral("≥100") << false << Series{{2021, 60}, {2022, 65}, {2023, 70},
                                                                                     {2024, 75}, {2025, 78}, {2026, 80}}
                                        << Warning::Yellow << Outlook::NeedsAcceleration << false;
    QTest::newRow("met but fluctuating") << QStringLiteral("≥94") << false << Series{{2023, 96}, {2024, 76}, {2025, 96}}
                                         << Warning::Yellow << Outlook::OnTrack << true;
    QTest::newRow("binding not met and fluctuating is red")
        << QStringLiteral("≥94") << true << Series{{2023, 90}, {2024, 70}, {2025, 93}} << Warning::Red
        << Outlook::OnTrack << true;
    QTest::newRow("met and on track") << QStringLiteral("≥94") << true << Series{{2020, 95}, {2025, 96}}
                                      << Warning::Green << Outlook::OnTrack << false;
    QTest::newRow("met, single point") << QStringLiteral("≥94") << false << Series{{2025, 96}} << Warning::Green
                                       << Outlook::None << false;
    QTest::newRow("expected not met, no projection")
        << QStringLiteral("≥94") << false << Series{{2025, 90}} << Warning::Yellow << Outlook::None << false;
    QTest::newRow("binding not met, no projection")
        << QStringLiteral("≥94") << true << Series{{2025, 90}} << Warning::Red << Outlook::None << false;
    QTest::newRow("no data, binding") << QStringLiteral("≥94") << true << Series() << Warning::Grey << Outlook::None
                                      << false;
    QTest::newRow("awaiting judgement") << QStringLiteral("保持合理比例") << false << Series{{2020, 30}, {2025, 31}}
                                        << Warning::Grey << Outlook::None << false;
    QTest::newRow("awaiting judgement but fluctuating")
        << QStringLiteral("保持合理比例") << false << Series{{2024, 30}, {2025, 40}} << Warning::Yellow << Outlook::None
        << true;
    QTest::newRow("unparsed, binding") << QStringLiteral("大幅改善") << true << Series{{2025, 31}} << Warning::Grey
                                       << Outlook::None << false;
}

void TestAssessorWarning::warning()
{
    QFETCH(QString, target);
    QFETCH(bool, binding);
    QFETCH(Series, series);
    QFETCH(Warning, warning);
    QFETCH(Outlook, outlook);
    QFETCH(bool, fluctuation);

    // The series' own last year: a later year has no value and is NoData (tst_assessoryears).
    const Assessment a = run(indicator(target, QStringLiteral("%"), binding), series,
                             series.isEmpty() ? 2026 : series.lastKey());
    QVERIFY2(a.outlook == outlook, qPrintable(Assessment::outlookKey(a.outlook) + QLatin1Char(' ') + a.reason));
    QCOMPARE(a.fluctuation, fluctuation);
    QVERIFY2(a.warning == warning, qPrintable(Assessment::warningKey(a.warning) + QLatin1Char(' ') + a.reason));
    QCOMPARE(Assessor::warningFor(a, binding), warning);
}

void TestAssessorWarning::midterm_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("year");
    QTest::addColumn<MidTerm>("midterm");

    QTest::newRow("exactly half way") << QStringLiteral("≥94") << Series{{2020, 90}, {2025, 92}} << 2025
                                      << MidTerm::Covered;
    QTest::newRow("just short of half") << QStringLiteral("≥94") << Series{{2020, 90}, {2025, 91.9}} << 2025
                                        << MidTerm::NotCovered;
    QTest::newRow("lowering target covered")
        << QStringLiteral("＜8") << Series{{2020, 12}, {2025, 10}} << 2025 << MidTerm::Covered;
    QTest::newRow("lowering target not covered")
        << QStringLiteral("＜8") << Series{{2020, 12}, {2025, 10.5}} << 2025 << MidTerm::NotCovered;
    QTest::newRow("baseline met, still met")
        << QStringLiteral("≥94") << Series{{2020, 95}, {2025, 94}} << 2025 << MidTerm::Covered;
    QTest::newRow("baseline met, lost") << QStringLiteral("≥94") << Series{{2020, 95}, {2025, 93}} << 2025
                                        << MidTerm::NotCovered;
    QTest::newRow("later year still uses 2025")
        << QStringLiteral("≥94") << Series{{2020, 90}, {2025, 93}, {2027, 91}} << 2027 << MidTerm::Covered;
    QTest::newRow("明显降低 with its derived threshold")
        << QStringLiteral("明显降低") << Series{{2020, 10}, {2025, 9.5}} << 2025 << MidTerm::Covered;
    QTest::newRow("before 2025") << QStringLiteral("≥94") << Series{{2020, 90}, {2024, 93}} << 2024
                                 << MidTerm::NotApplicable;
    QTest::newRow("no 2025 value") << QStringLiteral("≥94") << Series{{2020, 90}, {2026, 93}} << 2026
                                   << MidTerm::NotApplicable;
    QTest::newRow("baseline is 2025 itself")
        << QStringLiteral("≥94") << Series{{2025, 90}} << 2025 << MidTerm::NotApplicable;
    QTest::newRow("direction target") << QStringLiteral("提高") << Series{{2020, 30}, {2025, 31}} << 2025
                                      << MidTerm::NotApplicable;
}

void TestAssessorWarning::midterm()
{
    QFETCH(QString, target);
    QFETCH(Series, series);
    QFETCH(int, year);
    QFETCH(MidTerm, midterm);

    const Assessment a = run(indicator(target), series, year);
    QCOMPARE(Assessment::midTermKey(a.midterm), Assessment::midTermKey(midterm));
}

QTEST_GUILESS_MAIN(TestAssessorWarning)
#include "tst_assessorwarning.moc"
