// TargetFormat: how numbers, values with their unit and differences read on every
// page, export and report, and in rule descriptions, reasons and formulas
// (docs/DESIGN.md, Numbers and dates). Every measure unit of the built-in catalog is
// checked through every indicator that has it.
#include "target/targetformat.h"

#include "catalog/catalogloader.h"
#include "target/targetparser.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

class TestTargetFormat : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void numberAgreesWithQt();
    void value_data();
    void value();
    void difference_data();
    void difference();
    void threshold_data();
    void threshold();
    void measuredBelowOne_data();
    void measuredBelowOne();
    void everyIndicatorOfTheCatalog();
    void decimalsDoNotVaryWithinAnIndicator();
};

void TestTargetFormat::number_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << 94.0 << QStringLiteral("94");
    QTest::newRow("one decimal") << 92.6 << QStringLiteral("92.6");
    QTest::newRow("binary noise") << 94.0 - 92.6 << QStringLiteral("1.4");
    QTest::newRow("rounded to two decimals") << 3.14159 << QStringLiteral("3.14");
    QTest::newRow("trailing zero dropped") << 82.30 << QStringLiteral("82.3");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("negative") << -1.25 << QStringLiteral("-1.25");
    QTest::newRow("small keeps three digits") << 0.105 << QStringLiteral("0.105");
    QTest::newRow("small noise") << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("small negative") << -0.003 << QStringLiteral("-0.003");
    QTest::newRow("large") << 12345.678 << QStringLiteral("12345.68");
    QTest::newRow("half below in binary") << 2.675 << QStringLiteral("2.67");           // 2.67499999…
    QTest::newRow("exact half goes away from zero") << 1.125 << QStringLiteral("1.13"); // to even would say 1.12
    QTest::newRow("exact negative half") << -3.625 << QStringLiteral("-3.63");
    QTest::newRow("rounds up to an integer") << 99.999 << QStringLiteral("100");
    QTest::newRow("negative rounds away") << -7.996 << QStringLiteral("-8");
}

void TestTargetFormat::number()
{
    QFETCH(double, input);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::number(input), expected);
}

void TestTargetFormat::numberAgreesWithQt()
{
    // The fast formatting must read exactly like Qt's own for values of every size
    // the plans hold (rates, counts, per 100 000, negative changes).
    QRandomGenerator random(20261128);
    for (int i = 0; i < 20000; ++i) {
        const double magnitude = std::pow(10.0, random.bounded(0, 7));
        // Every fifth value an exact binary half (k/8), the case rounding rules differ on.
        const double value = i % 5 == 0 ? (random.bounded(-80000, 80000) * 2 + 1) / 8.0
                                        : (random.generateDouble() * 2.0 - 1.0) * magnitude;
        if (std::abs(value) < 1.0)
            continue;
        QString qt = QString::number(value, 'f', 2);
        while (qt.endsWith(QLatin1Char('0')))
            qt.chop(1);
        if (qt.endsWith(QLatin1Char('.')))
            qt.chop(1);
        QCOMPARE(TargetFormat::number(value), qt);
    }
}

void TestTargetFormat::value_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("ratio");
    QTest::addColumn<QString>("expected");

    QTest::newRow("percent") << 92.6 << QStringLiteral("%") << false << QStringLiteral("92.6%");
    QTest::newRow("percent keeps its decimal") << 93.0 << QStringLiteral("%") << false << QStringLiteral("93.0%");
    QTest::newRow("percent rounds to one decimal")
        << 84.2249 << QStringLiteral("%") << false << QStringLiteral("84.2%");
    QTest::newRow("per 100 000 as the plan writes it")
        << 12.0 << QStringLiteral("1/10万") << false << QStringLiteral("12.0/10万");
    QTest::newRow("5 per 100 000 never reads 51/10万")
        << 5.0 << QStringLiteral("1/10万") << false << QStringLiteral("5.0/10万");
    QTest::newRow("0 per 100 000 never reads 01/10万")
        << 0.0 << QStringLiteral("1/10万") << false << QStringLiteral("0.0/10万");
    QTest::newRow("per mille") << 5.0 << QStringLiteral("‰") << false << QStringLiteral("5.00‰");
    QTest::newRow("per mille two decimals") << 5.06 << QStringLiteral("‰") << false << QStringLiteral("5.06‰");
    QTest::newRow("years of age") << 82.5 << QStringLiteral("岁") << false << QStringLiteral("82.50岁");
    QTest::newRow("years of schooling") << 12.0 << QStringLiteral("年") << false << QStringLiteral("12.0年");
    QTest::newRow("hours") << 9.25 << QStringLiteral("小时") << false << QStringLiteral("9.3小时");
    QTest::newRow("ten thousand people") << 12.345 << QStringLiteral("万人") << false << QStringLiteral("12.35万人");
    QTest::newRow("count") << 12.0 << QStringLiteral("个") << false << QStringLiteral("12个");
    QTest::newRow("count of people") << 1500.0 << QStringLiteral("人") << false << QStringLiteral("1500人");
    QTest::newRow("no unit") << 109.5 << QString() << false << QStringLiteral("109.5");
    QTest::newRow("no unit one decimal") << 105.0 << QString() << false << QStringLiteral("105.0");
    QTest::newRow("ratio") << 1.6 << QString() << true << QStringLiteral("1:1.60");
    QTest::newRow("small negative") << -0.04 << QStringLiteral("%") << false << QStringLiteral("-0.04%");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("%") << false << QStringLiteral("0.0%");
    QTest::newRow("tiny negative is zero") << -0.00001 << QStringLiteral("个") << false << QStringLiteral("0个");
}

void TestTargetFormat::value()
{
    QFETCH(double, input);
    QFETCH(QString, unit);
    QFETCH(bool, ratio);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::value(input, unit, ratio), expected);
}

void TestTargetFormat::difference_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("ratio");
    QTest::addColumn<QString>("expected");

    QTest::newRow("percentage points") << 1.4 << QStringLiteral("%") << false
                                       << QStringLiteral("1.4 percentage points");
    QTest::newRow("whole percentage points")
        << 2.0 << QStringLiteral("%") << false << QStringLiteral("2.0 percentage points");
    QTest::newRow("years of age") << 0.5 << QStringLiteral("岁") << false << QStringLiteral("0.50岁");
    QTest::newRow("per mille") << 0.005 << QStringLiteral("‰") << false << QStringLiteral("0.005‰");
    QTest::newRow("per 100 000") << 3.0 << QStringLiteral("1/10万") << false << QStringLiteral("3.0/10万");
    QTest::newRow("ratio has no unit") << 0.1 << QString() << true << QStringLiteral("0.10");
}

void TestTargetFormat::difference()
{
    QFETCH(double, input);
    QFETCH(QString, unit);
    QFETCH(bool, ratio);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::difference(input, unit, ratio), expected);
}

void TestTargetFormat::threshold_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("ratio");
    QTest::addColumn<QString>("expected");

    // As the plan writes the target: "at least 94%", not "at least 94.0%".
    QTest::newRow("percent") << 94.0 << QStringLiteral("%") << false << QStringLiteral("94%");
    QTest::newRow("per 100 000") << 8.0 << QStringLiteral("1/10万") << false << QStringLiteral("8/10万");
    QTest::newRow("per mille") << 1.5 << QStringLiteral("‰") << false << QStringLiteral("1.5‰");
    QTest::newRow("small per mille") << 0.1 << QStringLiteral("‰") << false << QStringLiteral("0.1‰");
    QTest::newRow("years of age") << 82.3 << QStringLiteral("岁") << false << QStringLiteral("82.3岁");
    QTest::newRow("ratio") << 1.5 << QString() << true << QStringLiteral("1:1.5");
}

void TestTargetFormat::threshold()
{
    QFETCH(double, input);
    QFETCH(QString, unit);
    QFETCH(bool, ratio);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::threshold(input, unit, ratio), expected);
}

void TestTargetFormat::measuredBelowOne_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");

    // Never fewer decimals than the unit's; up to three significant digits.
    QTest::newRow("0.105 per mille is not 0.10") << 0.105 << QStringLiteral("‰") << QStringLiteral("0.105");
    QTest::newRow("0.1 per mille") << 0.1 << QStringLiteral("‰") << QStringLiteral("0.10");
    QTest::newRow("0.05 per mille") << 0.05 << QStringLiteral("‰") << QStringLiteral("0.05");
    QTest::newRow("0.5 percent") << 0.5 << QStringLiteral("%") << QStringLiteral("0.5");
    QTest::newRow("0.123 percent") << 0.123 << QStringLiteral("%") << QStringLiteral("0.123");
    QTest::newRow("binary noise") << 0.1 + 0.2 << QStringLiteral("%") << QStringLiteral("0.3");
    QTest::newRow("a count below one is a count") << 0.4 << QStringLiteral("个") << QStringLiteral("0");
}

void TestTargetFormat::measuredBelowOne()
{
    QFETCH(double, input);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::measured(input, unit), expected);
}

void TestTargetFormat::everyIndicatorOfTheCatalog()
{
    // Every indicator of the built-in catalog, through its own measure unit: the value
    // ends with the unit as the plan writes it after a number, the number has the
    // unit's decimals, and no unit that starts with a digit is glued to the number.
    const Catalog &catalog = CatalogLoader::builtin();
    QCOMPARE(catalog.indicators.size(), 89);
    QSet<QString> units;
    for (const Indicator &ind : catalog.indicators) {
        units.insert(ind.measureUnit);
        const bool ratio = TargetParser::parse(ind.targetText).family == TargetRule::Family::Ratio;
        QCOMPARE(TargetFormat::isRatio(ind), ratio);
        const int decimals = TargetFormat::decimals(ind.measureUnit, ratio);
        QVERIFY2(decimals >= 0 && decimals <= 2, qPrintable(ind.code));
        for (const double v : {0.0, 5.0, 12.345, 93.4, 1500.0}) {
            const QString text = TargetFormat::value(v, ind);
            const QString number = TargetFormat::measured(v, ind);
            const QString expectedNumber = QString::number(v, 'f', decimals);
            QVERIFY2(
                number == expectedNumber,
                qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(ind.code).arg(v).arg(number, expectedNumber)));
            if (ratio) {
                QCOMPARE(text, QStringLiteral("1:") + number);
                continue;
            }
            const QString suffix = ind.measureUnit == QStringLiteral("1/10万") ? QStringLiteral("/10万")
                                                                               : ind.measureUnit;
            QVERIFY2(text == number + suffix, qPrintable(QStringLiteral("%1 %2: %3").arg(ind.code).arg(v).arg(text)));
            // The broken forms: a digit unit glued to the number or split by a space.
            QVERIFY2(!text.contains(QStringLiteral("1/10万")) && !text.contains(QLatin1Char(' ')),
                     qPrintable(QStringLiteral("%1: %2").arg(ind.code, text)));
        }
    }
    // The catalog's units, so a new one is a decision, not an accident.
    const QSet<QString> known = {QStringLiteral("%"),      QStringLiteral("‰"),
                                 QStringLiteral("1/10万"), QStringLiteral("岁"),
                                 QStringLiteral("年"),     QStringLiteral("小时"),
                                 QStringLiteral("万人"),   QStringLiteral("人"),
                                 QStringLiteral("个"),     QStringLiteral("件"),
                                 QStringLiteral("名"),     QStringLiteral("张"),
                                 QStringLiteral("户"),     QString()};
    for (const QString &u : units)
        QVERIFY2(known.contains(u), qPrintable(QStringLiteral("unit without a decision: %1").arg(u)));
}

void TestTargetFormat::decimalsDoNotVaryWithinAnIndicator()
{
    // The values the issue saw read two ways for one indicator now read one way:
    // 5‰ and 5.06‰, 93% and 93.4%, projections 84.22% and 87.7%.
    auto decimalsOf = [](const QString &text) {
        QString digits = text;
        while (!digits.isEmpty() && !digits.back().isDigit())
            digits.chop(1);
        const int point = int(digits.indexOf(QLatin1Char('.')));
        return point < 0 ? 0 : int(digits.size()) - point - 1;
    };
    const QVector<QPair<QString, QVector<double>>> series = {
        {QStringLiteral("‰"), {5.0, 5.06, 4.8, 10.0}},
        {QStringLiteral("%"), {93.0, 93.4, 84.22, 87.7, 100.0}},
        {QStringLiteral("1/10万"), {5.0, 7.25, 12.0}},
        {QStringLiteral("岁"), {82.3, 82.0, 82.345}},
    };
    for (const auto &s : series) {
        QSet<int> seen;
        for (const double v : s.second)
            seen.insert(decimalsOf(TargetFormat::value(v, s.first)));
        QVERIFY2(seen.size() == 1, qPrintable(s.first));
        seen.clear();
        for (const double v : s.second)
            seen.insert(decimalsOf(TargetFormat::difference(v - s.second.first(), s.first)));
        QVERIFY2(seen.size() <= 2, qPrintable(s.first)); // a zero difference below one keeps the unit's
    }
}

QTEST_GUILESS_MAIN(TestTargetFormat)
#include "tst_targetformat.moc"
