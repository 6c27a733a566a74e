// TargetFormat: how numbers, values with their unit and differences read in rule
// descriptions, reasons and formulas.
#include "target/targetformat.h"

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
    QTest::newRow("per 100 000 as the plan writes it")
        << 12.0 << QStringLiteral("1/10万") << false << QStringLiteral("12/10万");
    QTest::newRow("years of age") << 82.5 << QStringLiteral("岁") << false << QStringLiteral("82.5岁");
    QTest::newRow("no unit") << 109.5 << QString() << false << QStringLiteral("109.5");
    QTest::newRow("ratio") << 1.6 << QString() << true << QStringLiteral("1:1.6");
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
    QTest::newRow("years of age") << 0.5 << QStringLiteral("岁") << false << QStringLiteral("0.5岁");
    QTest::newRow("per mille") << 0.005 << QStringLiteral("‰") << false << QStringLiteral("0.005‰");
    QTest::newRow("ratio has no unit") << 0.1 << QString() << true << QStringLiteral("0.1");
}

void TestTargetFormat::difference()
{
    QFETCH(double, input);
    QFETCH(QString, unit);
    QFETCH(bool, ratio);
    QFETCH(QString, expected);
    QCOMPARE(TargetFormat::difference(input, unit, ratio), expected);
}

QTEST_GUILESS_MAIN(TestTargetFormat)
#include "tst_targetformat.moc"
