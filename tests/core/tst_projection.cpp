// Projection: the average annual change over the last up to five years, its linear
// extrapolation, the displayed formula (fluctuation: tst_fluctuation).
#include "target/projection.h"

#include <QtTest>

#include <cmath>

using Series = QMap<int, double>;

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void trend_data();
    void trend();
    void valueAtOrBeforeLatest();
    void formula_data();
    void formula();
};

void TestProjection::trend_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("latestYear");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("firstYear");
    QTest::addColumn<double>("change");
    QTest::addColumn<double>("projected2030");

    QTest::newRow("DESIGN example, 5 years")
        << Series{{2020, 91.1}, {2025, 92.6}} << 2025 << true << 2020 << 0.3 << 94.1;
    QTest::newRow("yearly points") << Series{{2020, 10}, {2021, 11}, {2022, 13}, {2023, 12}, {2024, 14}, {2025, 15}}
                                   << 2025 << true << 2020 << 1.0 << 20.0;
    QTest::newRow("older points outside the window")
        << Series{{2018, 50}, {2019, 80}, {2020, 90}, {2025, 95}} << 2025 << true << 2020 << 1.0 << 100.0;
    QTest::newRow("gap in the series") << Series{{2020, 10}, {2023, 16}} << 2023 << true << 2020 << 2.0 << 30.0;
    QTest::newRow("negative change") << Series{{2021, 10}, {2024, 7}} << 2024 << true << 2021 << -1.0 << 1.0;
    QTest::newRow("zero change") << Series{{2020, 100}, {2025, 100}} << 2025 << true << 2020 << 0.0 << 100.0;
    QTest::newRow("latest year cuts later points")
        << Series{{2020, 10}, {2022, 14}, {2025, 0}} << 2022 << true << 2020 << 2.0 << 30.0;
    QTest::newRow("single point") << Series{{2025, 5}} << 2025 << false << 2025 << 0.0 << 5.0;
    QTest::newRow("only the latest in the window")
        << Series{{2015, 1}, {2025, 3}} << 2025 << false << 2025 << 0.0 << 3.0;
    QTest::newRow("empty") << Series() << 2025 << false << 0 << 0.0 << 0.0;
}

void TestProjection::trend()
{
    QFETCH(Series, series);
    QFETCH(int, latestYear);
    QFETCH(bool, valid);
    QFETCH(int, firstYear);
    QFETCH(double, change);
    QFETCH(double, projected2030);

    const Projection p(series, latestYear);
    QCOMPARE(p.isValid(), valid);
    QCOMPARE(p.firstYear(), firstYear);
    QVERIFY2(std::abs(p.averageAnnualChange() - change) < 1e-9, qPrintable(QString::number(p.averageAnnualChange())));
    QVERIFY2(std::abs(p.valueAt(2030) - projected2030) < 1e-9, qPrintable(QString::number(p.valueAt(2030))));
}

void TestProjection::valueAtOrBeforeLatest()
{
    const Projection p(Series{{2020, 10}, {2025, 15}}, 2025);
    QCOMPARE(p.valueAt(2025), 15.0);
    QCOMPARE(p.valueAt(2022), 15.0); // never reads back into the past
    QCOMPARE(p.valueAt(2026), 16.0);
    QCOMPARE(p.span(), 5);
}

void TestProjection::formula_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rising") << Series{{2020, 91.1}, {2025, 92.6}}
                            << QStringLiteral("average annual change = (92.6 − 91.1) ÷ (2025 − 2020) = 0.3; "
                                              "projected 2030 = 92.6 + 0.3 × (2030 − 2025) = 94.1");
    QTest::newRow("falling, bracketed") << Series{{2021, 10}, {2024, 7}}
                                        << QStringLiteral("average annual change = (7 − 10) ÷ (2024 − 2021) = -1; "
                                                          "projected 2030 = 7 + (-1) × (2030 − 2024) = 1");
    QTest::newRow("negative values bracketed")
        << Series{{2020, -3}, {2025, -1}}
        << QStringLiteral("average annual change = ((-1) − (-3)) ÷ (2025 − 2020) = 0.4; "
                          "projected 2030 = (-1) + 0.4 × (2030 − 2025) = 1");
    QTest::newRow("too few points") << Series{{2025, 7}} << QString();
}

void TestProjection::formula()
{
    QFETCH(Series, series);
    QFETCH(QString, expected);
    QCOMPARE(Projection(series, series.lastKey()).formula(2030), expected);
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
