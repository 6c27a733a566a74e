// TrendSeries: the target drawn as a line or a band, the baseline, the projection
// from the latest point to 2030, the mid-term point and approved vs submitted values.
#include "target/assessor.h"
#include "target/targetparser.h"
#include "workflow/trendseries.h"

#include <QtTest>

using Series = QMap<int, double>;
Q_DECLARE_METATYPE(TrendSeries::TargetShape)

namespace {
IndicatorAssessment assessed(const QString &target, const Series &series, int year)
{
    IndicatorAssessment ia;
    ia.indicator.code = QStringLiteral("T01");
    ia.indicator.name = QStringLiteral("测试指标");
    ia.indicator.measureUnit = QStringLiteral("%");
    ia.indicator.targetText = target;
    ia.rule = TargetParser::parse(target);
    ia.series = series;
    ia.year = year;
    ia.assessment = Assessor::assess(ia.indicator, ia.rule, series, year);
    return ia;
}
} // namespace

class TestTrendSeries : public QObject
{
    Q_OBJECT

private slots:
    void target_data();
    void target();
    void projection();
    void approvedAndMidTerm();
    void cutAtAssessmentYear();
};

void TestTrendSeries::target_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TrendSeries::TargetShape>("shape");
    QTest::addColumn<double>("low");  // line value, or band low
    QTest::addColumn<double>("high"); // band high (= low for a line)

    using S = TrendSeries::TargetShape;
    QTest::newRow("at least ≥94 is a line") << QStringLiteral("≥94") << S::Line << 94.0 << 94.0;
    QTest::newRow("below ＜8 is a line") << QStringLiteral("＜8") << S::Line << 8.0 << 8.0;
    QTest::newRow("96%以上 is a line") << QStringLiteral("96%以上") << S::Line << 96.0 << 96.0;
    QTest::newRow("exactly 100 is a line") << QStringLiteral("100") << S::Line << 100.0 << 100.0;
    QTest::newRow("45左右 is a band ± tolerance") << QStringLiteral("45左右") << S::Band << 43.0 << 47.0;
    QTest::newRow("趋于平衡 is the balance band") << QStringLiteral("趋于平衡") << S::Band << 103.0 << 107.0;
    QTest::newRow("提高 has no fixed number") << QStringLiteral("提高") << S::None << 0.0 << 0.0;
    QTest::newRow("保持合理比例 is judged") << QStringLiteral("保持合理比例") << S::None << 0.0 << 0.0;
}

void TestTrendSeries::target()
{
    QFETCH(QString, text);
    QFETCH(TrendSeries::TargetShape, shape);
    QFETCH(double, low);
    QFETCH(double, high);

    const TrendSeries s = TrendSeries::build(assessed(text, Series{{2020, 40}, {2025, 44}}, 2025), {});
    QCOMPARE(s.targetShape, shape);
    if (shape == TrendSeries::TargetShape::Line) {
        QCOMPARE(s.targetValue, low);
    } else if (shape == TrendSeries::TargetShape::Band) {
        QCOMPARE(s.bandLow, low);
        QCOMPARE(s.bandHigh, high);
        QVERIFY(s.minimum() <= low);
        QVERIFY(s.maximum() >= high);
    }
    QCOMPARE(s.firstYear, 2020);
    QCOMPARE(s.lastYear, 2030);
}

void TestTrendSeries::projection()
{
    // docs/DESIGN.md example: 91.1 (2020) to 92.6 (2025), 0.3 a year, 94.1 in 2030.
    const IndicatorAssessment ia = assessed(QStringLiteral("≥94"), Series{{2020, 91.1}, {2025, 92.6}}, 2025);
    const TrendSeries s = TrendSeries::build(ia, {});
    QVERIFY(s.hasProjection);
    QCOMPARE(s.projectionFromYear, 2025);
    QCOMPARE(s.projectionFromValue, 92.6);
    QCOMPARE(s.projectionToYear, 2030);
    QVERIFY(qAbs(s.projectionToValue - 94.1) < 1e-9);
    QVERIFY(qAbs(s.projectionToValue - *ia.assessment.projected2030) < 1e-12);
    QVERIFY(s.hasBaseline);
    QCOMPARE(s.baselineYear, 2020);
    QCOMPARE(s.baselineValue, 91.1);

    const TrendSeries single = TrendSeries::build(assessed(QStringLiteral("≥94"), Series{{2025, 92}}, 2025), {});
    QVERIFY(!single.hasProjection); // one point gives no trend
}

void TestTrendSeries::approvedAndMidTerm()
{
    const Series series{{2020, 10}, {2023, 12}, {2025, 13}};
    QVector<ValueRecord> records;
    for (int year : {2020, 2023, 2025}) {
        ValueRecord r;
        r.indicatorCode = QStringLiteral("T01");
        r.year = year;
        r.value = series.value(year);
        r.state = year == 2025 ? ValueState::Submitted : ValueState::Approved;
        records.append(r);
    }
    ValueRecord other = records.first(); // another area's value does not count
    other.area = QStringLiteral("某街道");
    other.state = ValueState::Submitted;
    records.append(other);

    const TrendSeries s = TrendSeries::build(assessed(QStringLiteral("≥20"), series, 2025), records);
    QCOMPARE(s.points.size(), 3);
    QCOMPARE(s.points.at(0).approved, true);
    QCOMPARE(s.points.at(1).approved, true);
    QCOMPARE(s.points.at(2).approved, false);
    QVERIFY(s.hasMidTerm);
    QCOMPARE(s.midTermYear, 2025);
    QCOMPARE(s.midTermValue, 13.0);

    const TrendSeries early = TrendSeries::build(assessed(QStringLiteral("≥20"), series, 2023), records);
    QVERIFY(!early.hasMidTerm);
}

void TestTrendSeries::cutAtAssessmentYear()
{
    const Series series{{2020, 10}, {2022, 12}, {2024, 20}};
    const TrendSeries s = TrendSeries::build(assessed(QStringLiteral("≥30"), series, 2022), {});
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points.last().year, 2022);
    QCOMPARE(s.projectionFromYear, 2022);
}

QTEST_GUILESS_MAIN(TestTrendSeries)
#include "tst_trendseries.moc"
