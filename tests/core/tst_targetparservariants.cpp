// TargetParser: the usual variants of the plan's target families (units, words,
// ASCII and full-width signs), ratios and relative targets.
#include "target/targetparser.h"

#include <QtTest>

using Family = TargetRule::Family;
Q_DECLARE_METATYPE(TargetRule::Family)

class TestTargetParserVariants : public QObject
{
    Q_OBJECT

private slots:
    void variants_data();
    void variants();
    void ratios_data();
    void ratios();
    void relative_data();
    void relative();
};

namespace {
void row(const char *name, const QString &text, Family family, double threshold = 0.0, const QString &unit = QString())
{
    QTest::newRow(name) << text << family << threshold << unit;
}
} // namespace

void TestTargetParserVariants::variants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Family>("family");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("unit");

    const QString pct = QStringLiteral("%");
    const QString permille = QStringLiteral("‰");
    // Numbers carrying their unit.
    row("96%以上", QStringLiteral("96%以上"), Family::AtLeast, 96, pct);
    row("12/10万以下", QStringLiteral("12/10万以下"), Family::AtMost, 12, QStringLiteral("1/10万"));
    row("5‰以内", QStringLiteral("5‰以内"), Family::AtMost, 5, permille);
    row("82.3岁以上", QStringLiteral("82.3岁以上"), Family::AtLeast, 82.3, QStringLiteral("岁"));
    row("10小时以上", QStringLiteral("10小时以上"), Family::AtLeast, 10, QStringLiteral("小时"));
    row("1万人以上", QStringLiteral("1万人以上"), Family::AtLeast, 1, QStringLiteral("万人"));
    row("12年", QStringLiteral("12年"), Family::Exactly, 12, QStringLiteral("年"));
    row("100%", QStringLiteral("100%"), Family::Exactly, 100, pct);
    row("90%及以上", QStringLiteral("90%及以上"), Family::AtLeast, 90, pct);
    row("5%及以下", QStringLiteral("5%及以下"), Family::AtMost, 5, pct);
    row("50%左右", QStringLiteral("50%左右"), Family::About, 50, pct);
    // Words before the number.
    row("不低于90%", QStringLiteral("不低于90%"), Family::AtLeast, 90, pct);
    row("不低于90", QStringLiteral("不低于90"), Family::AtLeast, 90);
    row("不少于3", QStringLiteral("不少于3"), Family::AtLeast, 3);
    row("不高于5", QStringLiteral("不高于5"), Family::AtMost, 5);
    row("不超过5%", QStringLiteral("不超过5%"), Family::AtMost, 5, pct);
    row("低于8/10万", QStringLiteral("低于8/10万"), Family::Below, 8, QStringLiteral("1/10万"));
    row("小于5", QStringLiteral("小于5"), Family::Below, 5);
    row("高于98%", QStringLiteral("高于98%"), Family::Above, 98, pct);
    row("大于90", QStringLiteral("大于90"), Family::Above, 90);
    row("控制在5‰以内", QStringLiteral("控制在5‰以内"), Family::AtMost, 5, permille);
    row("控制在5‰", QStringLiteral("控制在5‰"), Family::AtMost, 5, permille);
    row("达到95%", QStringLiteral("达到95%"), Family::AtLeast, 95, pct);
    row("达到95%以上", QStringLiteral("达到95%以上"), Family::AtLeast, 95, pct);
    row("达到45%左右", QStringLiteral("达到45%左右"), Family::About, 45, pct);
    row("稳定在95%以上", QStringLiteral("稳定在95%以上"), Family::AtLeast, 95, pct);
    row("保持在95%以上", QStringLiteral("保持在95%以上"), Family::AtLeast, 95, pct);
    row("保持在2%以下", QStringLiteral("保持在2%以下"), Family::AtMost, 2, pct);
    row("维持在45%左右", QStringLiteral("维持在45%左右"), Family::About, 45, pct);
    row("在95%以上", QStringLiteral("在95%以上"), Family::AtLeast, 95, pct);
    row("提高到95%", QStringLiteral("提高到95%"), Family::AtLeast, 95, pct);
    row("降至10‰以下", QStringLiteral("降至10‰以下"), Family::AtMost, 10, permille);
    // Signs, ASCII and full width.
    row("≤5", QStringLiteral("≤5"), Family::AtMost, 5);
    row("<=5", QStringLiteral("<=5"), Family::AtMost, 5);
    row("＜＝5", QStringLiteral("＜＝5"), Family::AtMost, 5);
    row("≦5", QStringLiteral("≦5"), Family::AtMost, 5);
    row(">=94", QStringLiteral(">=94"), Family::AtLeast, 94);
    row("＞＝94", QStringLiteral("＞＝94"), Family::AtLeast, 94);
    row("≧94", QStringLiteral("≧94"), Family::AtLeast, 94);
    row("<8", QStringLiteral("<8"), Family::Below, 8);
    row(">98.5", QStringLiteral(">98.5"), Family::Above, 98.5);
    row("=100", QStringLiteral("=100"), Family::Exactly, 100);
    row("＝100", QStringLiteral("＝100"), Family::Exactly, 100);
    row("≥94%以上 (same direction twice)", QStringLiteral("≥94%以上"), Family::AtLeast, 94, pct);
    // Full-width digits, spaces, final punctuation.
    row("１００", QStringLiteral("１００"), Family::Exactly, 100);
    row("≥９４．５", QStringLiteral("≥９４．５"), Family::AtLeast, 94.5);
    row("９６％以上", QStringLiteral("９６％以上"), Family::AtLeast, 96, pct);
    row("≥ 94 (space)", QStringLiteral("≥ 94"), Family::AtLeast, 94);
    row("ideographic spaces", QStringLiteral("\u3000≥94\u3000"), Family::AtLeast, 94);
    row("≥94。", QStringLiteral("≥94。"), Family::AtLeast, 94);
    // Direction words.
    row("逐步下降", QStringLiteral("逐步下降"), Family::Decrease);
    row("逐步降低", QStringLiteral("逐步降低"), Family::Decrease);
    row("逐步减少", QStringLiteral("逐步减少"), Family::Decrease);
    row("持续下降", QStringLiteral("持续下降"), Family::Decrease);
    row("稳步提高", QStringLiteral("稳步提高"), Family::Increase);
    row("不断提高", QStringLiteral("不断提高"), Family::Increase);
    row("增长", QStringLiteral("增长"), Family::Increase);
    row("提高。", QStringLiteral("提高。"), Family::Increase);
    row(" 提高 ", QStringLiteral(" 提高 "), Family::Increase);
    row("明显下降", QStringLiteral("明显下降"), Family::ClearDecrease);
    row("显著降低", QStringLiteral("显著降低"), Family::ClearDecrease);
    row("巩固", QStringLiteral("巩固"), Family::HoldAndRaise);
    row("巩固提升", QStringLiteral("巩固提升"), Family::HoldAndRaise);
    row("逐年提升", QStringLiteral("逐年提升"), Family::IncreaseEveryYear);
    row("逐年增加", QStringLiteral("逐年增加"), Family::IncreaseEveryYear);
    row("得到有效控制", QStringLiteral("得到有效控制"), Family::UnderControl);
    row("逐步趋于平衡", QStringLiteral("逐步趋于平衡"), Family::TowardsBalance);
}

void TestTargetParserVariants::variants()
{
    QFETCH(QString, text);
    QFETCH(Family, family);
    QFETCH(double, threshold);
    QFETCH(QString, unit);

    QString error = QStringLiteral("stale");
    const TargetRule rule = TargetParser::parse(text, &error);
    QCOMPARE(rule.family, family);
    QCOMPARE(rule.threshold, threshold);
    QCOMPARE(rule.unit, unit);
    QCOMPARE(rule.text, text);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTargetParserVariants::ratios_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("threshold");

    QTest::newRow("ASCII colon") << QStringLiteral("2:3") << 2.0 << 3.0 << 1.5;
    QTest::newRow("ratio sign ∶") << QStringLiteral("2∶3") << 2.0 << 3.0 << 1.5;
    QTest::newRow("full-width colon") << QStringLiteral("2：3") << 2.0 << 3.0 << 1.5;
    QTest::newRow("full-width digits") << QStringLiteral("２：３") << 2.0 << 3.0 << 1.5;
    QTest::newRow("decimal part") << QStringLiteral("1:1.5") << 1.0 << 1.5 << 1.5;
    QTest::newRow("spaces") << QStringLiteral("1 : 2") << 1.0 << 2.0 << 2.0;
}

void TestTargetParserVariants::ratios()
{
    QFETCH(QString, text);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, threshold);

    const TargetRule rule = TargetParser::parse(text);
    QCOMPARE(rule.family, Family::Ratio);
    QCOMPARE(rule.ratioA, a);
    QCOMPARE(rule.ratioB, b);
    QCOMPARE(rule.threshold, threshold);
}

void TestTargetParserVariants::relative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("adapt");
    QTest::addColumn<QString>("reference");

    QTest::newRow("W21 不低于") << QStringLiteral("不低于本区党员总数中女性比例") << false
                                << QStringLiteral("本区党员总数中女性比例");
    QTest::newRow("W29 相适应") << QStringLiteral("与女职工比例相适应") << true << QStringLiteral("女职工比例");
    QTest::newRow("不少于") << QStringLiteral("不少于全区女职工比例") << false << QStringLiteral("全区女职工比例");
}

void TestTargetParserVariants::relative()
{
    QFETCH(QString, text);
    QFETCH(bool, adapt);
    QFETCH(QString, reference);

    const TargetRule rule = TargetParser::parse(text);
    QCOMPARE(rule.family, Family::Relative);
    QCOMPARE(rule.adapt, adapt);
    QCOMPARE(rule.referenceText, reference);
    QCOMPARE(rule.threshold, 0.0);
}

QTEST_GUILESS_MAIN(TestTargetParserVariants)
#include "tst_targetparservariants.moc"
