// TargetParser: every target text of the plan's tables, texts that must not be
// guessed, normalisation, and the rule in words. Variants: tst_targetparservariants.
#include "target/targetparser.h"

#include <QtTest>

using Family = TargetRule::Family;
Q_DECLARE_METATYPE(TargetRule::Family)

class TestTargetParser : public QObject
{
    Q_OBJECT

private slots:
    void catalogTexts_data();
    void catalogTexts();
    void unparsed_data();
    void unparsed();
    void emptyText_data();
    void emptyText();
    void normalized_data();
    void normalized();
    void describe_data();
    void describe();
    void isQuantitative_data();
    void isQuantitative();
};

namespace {
void row(const char *name, const QString &text, Family family, double threshold = 0.0, const QString &unit = QString())
{
    QTest::newRow(name) << text << family << threshold << unit;
}
} // namespace

void TestTargetParser::catalogTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Family>("family");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("unit");

    // Every distinct target of resources/catalog/indicators.tsv, written here on purpose:
    // a change of the catalog must not silently change what the parser is tested on.
    row("W01 逐年提高", QStringLiteral("逐年提高"), Family::IncreaseEveryYear);
    row("W02 ≥82.3", QStringLiteral("≥82.3"), Family::AtLeast, 82.3);
    row("W03 ＜8", QStringLiteral("＜8"), Family::Below, 8);
    row("W04 ≥94", QStringLiteral("≥94"), Family::AtLeast, 94);
    row("W05 ≥70", QStringLiteral("≥70"), Family::AtLeast, 70);
    row("W05a 逐步提高", QStringLiteral("逐步提高"), Family::Increase);
    row("W06 ＜2", QStringLiteral("＜2"), Family::Below, 2);
    row("W07 ≥98", QStringLiteral("≥98"), Family::AtLeast, 98);
    row("W08 ≥95", QStringLiteral("≥95"), Family::AtLeast, 95);
    row("W09 提高", QStringLiteral("提高"), Family::Increase);
    row("W10 100", QStringLiteral("100"), Family::Exactly, 100);
    row("W12 ＞98.5", QStringLiteral("＞98.5"), Family::Above, 98.5);
    row("W14 ≥12", QStringLiteral("≥12"), Family::AtLeast, 12);
    row("W15 45左右", QStringLiteral("45左右"), Family::About, 45);
    row("W16 40左右", QStringLiteral("40左右"), Family::About, 40);
    row("W17 50左右", QStringLiteral("50左右"), Family::About, 50);
    row("W19 明显降低", QStringLiteral("明显降低"), Family::ClearDecrease);
    row("W20 保持合理比例", QStringLiteral("保持合理比例"), Family::Judgement);
    row("W21 不低于本区党员总数中女性比例", QStringLiteral("不低于本区党员总数中女性比例"), Family::Relative);
    row("W29 与女职工比例相适应", QStringLiteral("与女职工比例相适应"), Family::Relative);
    row("W31 ≥30", QStringLiteral("≥30"), Family::AtLeast, 30);
    row("W39 趋于平衡", QStringLiteral("趋于平衡"), Family::TowardsBalance);
    row("W40 2:3", QStringLiteral("2:3"), Family::Ratio, 1.5);
    row("W41 提升", QStringLiteral("提升"), Family::Increase);
    row("W45 得到控制", QStringLiteral("得到控制"), Family::UnderControl);
    row("C01 <1.5", QStringLiteral("<1.5"), Family::Below, 1.5);
    row("C02 <2.5", QStringLiteral("<2.5"), Family::Below, 2.5);
    row("C04 <4.5", QStringLiteral("<4.5"), Family::Below, 4.5);
    row("C05 <4", QStringLiteral("<4"), Family::Below, 4);
    row("C06 <3", QStringLiteral("<3"), Family::Below, 3);
    row("C09 ≥92", QStringLiteral("≥92"), Family::AtLeast, 92);
    row("C10 ≥90", QStringLiteral("≥90"), Family::AtLeast, 90);
    row("C10a ＜38", QStringLiteral("＜38"), Family::Below, 38);
    row("C10b ＜60", QStringLiteral("＜60"), Family::Below, 60);
    row("C10c ＜70", QStringLiteral("＜70"), Family::Below, 70);
    row("C11 ≥60", QStringLiteral("≥60"), Family::AtLeast, 60);
    row("C12 ≥3.17", QStringLiteral("≥3.17"), Family::AtLeast, 3.17);
    row("C13 ≥1.12", QStringLiteral("≥1.12"), Family::AtLeast, 1.12);
    row("C13a ≥1", QStringLiteral("≥1"), Family::AtLeast, 1);
    row("C13b ≥2", QStringLiteral("≥2"), Family::AtLeast, 2);
    row("C14 <25", QStringLiteral("<25"), Family::Below, 25);
    row("C15 ≥10", QStringLiteral("≥10"), Family::AtLeast, 10);
    row("C15a ≥9", QStringLiteral("≥9"), Family::AtLeast, 9);
    row("C15b ≥8", QStringLiteral("≥8"), Family::AtLeast, 8);
    row("C16 下降", QStringLiteral("下降"), Family::Decrease);
    row("C17 ＜0.1", QStringLiteral("＜0.1"), Family::Below, 0.1);
    row("C18 减少", QStringLiteral("减少"), Family::Decrease);
    row("C20 ≥85", QStringLiteral("≥85"), Family::AtLeast, 85);
    row("C23 增加", QStringLiteral("增加"), Family::Increase);
    row("C24 ≥4.5", QStringLiteral("≥4.5"), Family::AtLeast, 4.5);
    row("C25 巩固提高", QStringLiteral("巩固提高"), Family::HoldAndRaise);
    row("C32 降低", QStringLiteral("降低"), Family::Decrease);
}

void TestTargetParser::catalogTexts()
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

void TestTargetParser::unparsed_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("vague word") << QStringLiteral("大幅改善");
    QTest::newRow("sign only") << QStringLiteral("≥");
    QTest::newRow("latin") << QStringLiteral("abc");
    QTest::newRow("hold without direction") << QStringLiteral("保持在95%");
    QTest::newRow("sign against suffix") << QStringLiteral("<8以上");
    QTest::newRow("≥ with 以下") << QStringLiteral("≥95%以下");
    QTest::newRow("control with 以上") << QStringLiteral("控制在5‰以上");
    QTest::newRow("zero ratio") << QStringLiteral("0:3");
    QTest::newRow("every year down to a number") << QStringLiteral("逐年下降至5‰");
    QTest::newRow("raise by points") << QStringLiteral("提高5个百分点");
    QTest::newRow("range") << QStringLiteral("95%-98%");
    QTest::newRow("two signs") << QStringLiteral("≥94≥95");
    QTest::newRow("不低于 alone") << QStringLiteral("不低于");
    QTest::newRow("相适应 without reference") << QStringLiteral("与相适应");
    QTest::newRow("higher than a reference") << QStringLiteral("高于全国平均水平");
    QTest::newRow("unknown unit") << QStringLiteral("95公斤");
}

void TestTargetParser::unparsed()
{
    QFETCH(QString, text);

    QString error;
    const TargetRule rule = TargetParser::parse(text, &error);
    QCOMPARE(rule.family, Family::Unparsed);
    QCOMPARE(rule.text, text);
    QCOMPARE(rule.threshold, 0.0);
    QVERIFY2(error.contains(text), qPrintable(error));
    QVERIFY(!rule.isQuantitative());
}

void TestTargetParser::emptyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000");
}

void TestTargetParser::emptyText()
{
    QFETCH(QString, text);
    QString error;
    const TargetRule rule = TargetParser::parse(text, &error);
    QCOMPARE(rule.family, Family::Unparsed);
    QCOMPARE(error, QStringLiteral("The target text is empty"));
}

void TestTargetParser::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("full-width sign and digit") << QStringLiteral("＜８") << QStringLiteral("<8");
    QTest::newRow("spaces and 。") << QStringLiteral(" ≥ 94 。") << QStringLiteral("≥94");
    QTest::newRow("ratio sign") << QStringLiteral("2∶3") << QStringLiteral("2:3");
    QTest::newRow("<=") << QStringLiteral("<=5") << QStringLiteral("≤5");
    QTest::newRow("full-width percent") << QStringLiteral("９６％以上") << QStringLiteral("96%以上");
    QTest::newRow("words untouched") << QStringLiteral("保持合理比例") << QStringLiteral("保持合理比例");
}

void TestTargetParser::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TargetParser::normalized(text), expected);
}

void TestTargetParser::describe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("measureUnit");
    QTest::addColumn<QString>("expected");

    // No translator is installed in tests: these are the English source strings.
    QTest::newRow("≥94 %") << QStringLiteral("≥94") << QStringLiteral("%") << QStringLiteral("at least 94%");
    QTest::newRow("＜8 per 100 000") << QStringLiteral("＜8") << QStringLiteral("1/10万")
                                     << QStringLiteral("below 8/10万");
    QTest::newRow("unit from the text") << QStringLiteral("12/10万以下") << QString()
                                        << QStringLiteral("at most 12/10万");
    QTest::newRow("＞98.5") << QStringLiteral("＞98.5") << QStringLiteral("%") << QStringLiteral("above 98.5%");
    QTest::newRow("100") << QStringLiteral("100") << QStringLiteral("%") << QStringLiteral("exactly 100%");
    QTest::newRow("45左右") << QStringLiteral("45左右") << QStringLiteral("%") << QStringLiteral("about 45% (±2%)");
    QTest::newRow("2:3") << QStringLiteral("2:3") << QString() << QStringLiteral("ratio of at least 2:3 (1:1.5)");
    QTest::newRow("明显降低") << QStringLiteral("明显降低") << QStringLiteral("%")
                              << QStringLiteral("at least 10% lower than the baseline");
    QTest::newRow("趋于平衡") << QStringLiteral("趋于平衡") << QString()
                              << QStringLiteral("within 103–107, or closer to 105 than at the baseline");
    QTest::newRow("相适应") << QStringLiteral("与女职工比例相适应") << QStringLiteral("%")
                            << QStringLiteral("in line with 女职工比例 (at most 2% below it)");
    QTest::newRow("不低于 reference") << QStringLiteral("不低于本区党员总数中女性比例") << QStringLiteral("%")
                                      << QStringLiteral("not lower than 本区党员总数中女性比例");
    QTest::newRow("逐年提高") << QStringLiteral("逐年提高") << QStringLiteral("%")
                              << QStringLiteral("higher every year than the year before");
    QTest::newRow("unparsed") << QStringLiteral("大幅改善") << QStringLiteral("%")
                              << QStringLiteral("not understood: 大幅改善");
}

void TestTargetParser::describe()
{
    QFETCH(QString, text);
    QFETCH(QString, measureUnit);
    QFETCH(QString, expected);
    QCOMPARE(TargetParser::parse(text).describe(RuleParams(), measureUnit), expected);
}

void TestTargetParser::isQuantitative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quantitative");

    QTest::newRow("≥94") << QStringLiteral("≥94") << true;
    QTest::newRow("100") << QStringLiteral("100") << true;
    QTest::newRow("2:3") << QStringLiteral("2:3") << true;
    QTest::newRow("45左右") << QStringLiteral("45左右") << true;
    QTest::newRow("提高") << QStringLiteral("提高") << false;
    QTest::newRow("明显降低") << QStringLiteral("明显降低") << false;
    QTest::newRow("relative") << QStringLiteral("不低于本区党员总数中女性比例") << false;
    QTest::newRow("judgement") << QStringLiteral("保持合理比例") << false;
}

void TestTargetParser::isQuantitative()
{
    QFETCH(QString, text);
    QFETCH(bool, quantitative);
    QCOMPARE(TargetParser::parse(text).isQuantitative(), quantitative);
}

QTEST_GUILESS_MAIN(TestTargetParser)
#include "tst_targetparser.moc"
