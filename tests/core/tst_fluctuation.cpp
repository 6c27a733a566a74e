// Fluctuation (波动较大): swings against the indicator's scale and single jumps that are
// large both relatively and in the unit; steps, steady trends and flat series are not.
// Also every series of the plan's baselines and of the demo data, with the figures.
#include "target/assessor.h"
#include "target/fluctuation.h"
#include "target/targetparser.h"

#include "tempdatabase.h"

#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"

#include <QVarLengthArray>
#include <QtTest>

#include <cmath>

using Series = QMap<int, double>;

class TestFluctuation : public QObject
{
    Q_OBJECT

private slots:
    void series_data();
    void series();
    void parameters();
    void reasonSentence();
    void demoAndPlanSeries();
};

namespace {
Series years(std::initializer_list<double> values, int from = 2020)
{
    Series s;
    int y = from;
    for (double v : values)
        s.insert(y++, v);
    return s;
}
// The rule before this definition (git history: Projection::fluctuation), kept here only to
// report how many series each rule flags.
bool oldRule(const QMap<int, double> &series, int *year = nullptr, double *change = nullptr)
{
    // Plans span about ten years: the arrays stay on the stack.
    QVarLengthArray<int, 16> years;
    QVarLengthArray<double, 16> changes;
    QVarLengthArray<double, 16> previous;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        auto next = std::next(it);
        if (next == series.cend())
            break;
        years.append(next.key());
        changes.append(next.value() - it.value());
        previous.append(it.value());
    }
    auto report = [&](int i) {
        if (year)
            *year = years.at(i);
        if (change)
            *change = changes.at(i);
        return true;
    };
    for (int i = 0; i < changes.size(); ++i) {
        if (previous.at(i) != 0.0 && std::abs(changes.at(i)) > 0.2 * std::abs(previous.at(i)))
            return report(i);
    }
    // Compared with the spread of the *other* changes: a change included in its own
    // standard deviation can never lie three of them away in a ten-year series. A
    // perfectly steady series has no spread at all, so 1% of the previous value is
    // the least spread counted; otherwise 80.0 → 80.1 after steps of 0.2 would flag.
    if (changes.size() < 4)
        return false;
    for (int i = 0; i < changes.size(); ++i) {
        double sum = 0.0;
        for (int j = 0; j < changes.size(); ++j) {
            if (j != i)
                sum += changes.at(j);
        }
        const int n = changes.size() - 1;
        const double mean = sum / n;
        double squares = 0.0;
        for (int j = 0; j < changes.size(); ++j) {
            if (j != i)
                squares += (changes.at(j) - mean) * (changes.at(j) - mean);
        }
        const double sd = std::sqrt(squares / (n - 1));
        const double spread = std::max(sd, 0.01 * std::abs(previous.at(i)));
        if (std::abs(changes.at(i) - mean) > 3.0 * spread)
            return report(i);
    }
    return false;
}
} // namespace

void TestFluctuation::series_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<bool>("swings");
    QTest::addColumn<bool>("jump");
    QTest::addColumn<int>("reversals");
    QTest::addColumn<int>("jumpYear");

    // The two series of the issue.
    QTest::newRow("W06 one step of 0.1") << years({2.4, 2.4, 2.4, 2.4, 2.5, 2.5}) << false << false << 0 << 0;
    QTest::newRow("W10 swings every year") << years({86, 92, 83, 94, 86, 96.8}) << true << false << 4 << 0;
    // Flat and steady.
    QTest::newRow("flat") << years({50, 50, 50, 50, 50, 50}) << false << false << 0 << 0;
    QTest::newRow("flat at zero") << years({0, 0, 0, 0}) << false << false << 0 << 0;
    QTest::newRow("steady rise") << years({80, 80.2, 80.4, 80.6, 80.8, 80.9}) << false << false << 0 << 0;
    QTest::newRow("steady fall of a rate") << years({12, 11, 10, 9, 8, 7}) << false << false << 0 << 0;
    // Steps: one level shift is not a fluctuation.
    QTest::newRow("one step up of 3 on 60") << years({60, 60, 60, 63, 63, 63}) << false << false << 0 << 0;
    QTest::newRow("step of 0.1‰ on 0.3‰ (33%, not 1 in the unit)")
        << years({0.3, 0.3, 0.4, 0.4}) << false << false << 0 << 0;
    // Swings: small zigzags are not large against the scale; large ones are.
    QTest::newRow("small zigzag (±2 on 52)") << years({50, 52, 51, 53, 52, 54}) << false << false << 0 << 0;
    QTest::newRow("one reversal is not a swing") << years({80, 86, 80, 80, 80}) << false << false << 1 << 0;
    QTest::newRow("two large reversals") << years({80, 86, 80, 86}) << true << false << 2 << 0;
    QTest::newRow("a flat year between swings still counts")
        << years({80, 86, 86, 80, 80, 86}) << true << false << 2 << 0;
    // Jumps: more than 20% of the value before and at least 1 in the unit.
    QTest::newRow("jump up 25% and 2.5") << years({10, 12.5}) << false << true << 0 << 2021;
    QTest::newRow("jump down 21% and 21") << years({100, 79}) << false << true << 0 << 2021;
    QTest::newRow("exactly 20% is no jump") << years({10, 12}) << false << false << 0 << 0;
    QTest::newRow("16% at the end is no jump") << years({100, 102, 101, 103, 102, 118}) << false << false << 0 << 0;
    QTest::newRow("jump after steady years") << years({50, 51, 52, 53, 54, 70}) << false << true << 0 << 2025;
    QTest::newRow("from zero there is no relative jump") << years({0, 5}) << false << false << 0 << 0;
    QTest::newRow("gap years are consecutive reports") << Series{{2020, 10}, {2023, 13}} << false << true << 0 << 2023;
    QTest::newRow("single point") << Series{{2025, 5}} << false << false << 0 << 0;
    QTest::newRow("swings and a jump") << years({40, 52, 41, 53}) << true << true << 2 << 2021;
}

void TestFluctuation::series()
{
    QFETCH(Series, series);
    QFETCH(bool, swings);
    QFETCH(bool, jump);
    QFETCH(int, reversals);
    QFETCH(int, jumpYear);
    const Fluctuation f = Fluctuation::of(series, RuleParams());
    QCOMPARE(f.swings, swings);
    QCOMPARE(f.jump, jump);
    QCOMPARE(f.reversals, reversals);
    QCOMPARE(f.jumpYear, jumpYear);
    QCOMPARE(f.isFlagged(), swings || jump);
}

void TestFluctuation::parameters()
{
    // The thresholds are the indicator's own.
    RuleParams p;
    const Series w10 = years({86, 92, 83, 94, 86, 96.8});
    p.swingShare = 0.15; // changes of 6 to 11 on a level of 89.6 are below 13.4
    QVERIFY(!Fluctuation::of(w10, p).swings);
    p.swingShare = 0.05;
    QVERIFY(Fluctuation::of(w10, p).swings);
    const Series rate = years({3.0, 3.8}); // 27%, 0.8 in the unit
    QVERIFY(!Fluctuation::of(rate, p).jump);
    p.jumpMinimum = 0.5;
    QVERIFY(Fluctuation::of(rate, p).jump);
    p.jumpShare = 0.3;
    QVERIFY(!Fluctuation::of(rate, p).jump);
}

void TestFluctuation::reasonSentence()
{
    Indicator ind;
    ind.code = QStringLiteral("W10");
    ind.measureUnit = QStringLiteral("%");
    ind.targetText = QStringLiteral("≥95");
    const Series w10 = years({86, 92, 83, 94, 86, 96.8});
    const Assessment a = Assessor::assess(ind, TargetParser::parse(ind.targetText), w10, 2025);
    QVERIFY(a.fluctuation);
    QVERIFY2(
        a.reason.contains(QStringLiteral("the changes from year to year (+6.0 percentage points, -9.0 percentage "
                                         "points, +11.0 percentage points, -8.0 percentage points, +10.8 percentage "
                                         "points) reverse direction 4 times between changes of at least 4.5 "
                                         "percentage points (5% of its mean level 89.6%)")),
        qPrintable(a.reason));
    QCOMPARE(a.warning, Assessment::Warning::Yellow);

    ind.code = QStringLiteral("W06");
    ind.measureUnit = QStringLiteral("‰");
    ind.targetText = QStringLiteral("<3");
    const Assessment w06 = Assessor::assess(ind, TargetParser::parse(ind.targetText),
                                            years({2.4, 2.4, 2.4, 2.4, 2.5, 2.5}), 2025);
    QVERIFY2(!w06.fluctuation, qPrintable(w06.reason));

    ind.measureUnit = QStringLiteral("%");
    ind.targetText = QStringLiteral("≥60");
    const Assessment jump = Assessor::assess(ind, TargetParser::parse(ind.targetText), years({50, 51, 52, 53, 54, 70}),
                                             2025);
    QVERIFY(jump.fluctuation);
    QVERIFY2(
        jump.reason.contains(QStringLiteral("from 2024 (54.0%) to 2025 (70.0%) it changed by +16.0 percentage points, "
                                            "more than 20% of the value before and at least 1.0 percentage points")),
        qPrintable(jump.reason));
}

void TestFluctuation::demoAndPlanSeries()
{
    // Every series of the demo database (2020–2025, approved and submitted values) and
    // the plan's own baselines (one 2020 value each), under the earlier rule and this
    // one. The figures go to the log (the closing note of the issue quotes them).
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const QVector<Indicator> indicators = CatalogRepository(db.connection()).indicators();
    const QHash<QString, Series> plan = ValueRepository(db.connection()).seriesByIndicator(QString(), false);
    int planPoints = 0;
    for (const Indicator &ind : indicators) {
        const Series s = plan.value(ind.code);
        planPoints += s.size();
        QVERIFY2(!Fluctuation::of(s, ind.params).isFlagged() && !oldRule(s), qPrintable(ind.code));
    }
    qInfo("plan baselines: %d values, flagged before 0, after 0", planPoints);

    QString error;
    QVERIFY2(DemoData::populate(db.connection(), &error), qPrintable(error));
    const QHash<QString, Series> demo = ValueRepository(db.connection()).seriesByIndicator(QString(), false);
    QStringList before, after;
    for (const Indicator &ind : indicators) {
        const Series s = demo.value(ind.code);
        QVERIFY2(s.size() >= 5, qPrintable(ind.code));
        QStringList values;
        for (double v : s)
            values << QString::number(v);
        const QString line = ind.code + QLatin1Char(' ') + values.join(QLatin1Char(','));
        if (oldRule(s))
            before << line;
        const Fluctuation f = Fluctuation::of(s, ind.params);
        if (f.isFlagged())
            after << line + (f.swings ? QStringLiteral(" [swings %1]").arg(f.reversals) : QString())
                    + (f.jump ? QStringLiteral(" [jump %1]").arg(f.jumpYear) : QString());
    }
    qInfo("demo: %lld series, flagged before %lld, after %lld", qlonglong(indicators.size()), qlonglong(before.size()),
          qlonglong(after.size()));
    for (const QString &l : qAsConst(before))
        qInfo("  before: %s", qPrintable(l));
    for (const QString &l : qAsConst(after))
        qInfo("  after:  %s", qPrintable(l));
    QCOMPARE(indicators.size(), 89);
}

QTEST_GUILESS_MAIN(TestFluctuation)
#include "tst_fluctuation.moc"
