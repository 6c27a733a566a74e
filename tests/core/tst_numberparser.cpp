// NumberParser: numbers as people type or paste them (full-width, 92.6%, 1,234,
// spaces), what is refused, and the short display form.
#include "exchange/numberparser.h"

#include <QtTest>

class TestNumberParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void normalize_data();
    void normalize();
    void format_data();
    void format();
};

void TestNumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");

    QTest::newRow("integer") << QStringLiteral("95") << true << 95.0 << false;
    QTest::newRow("decimal") << QStringLiteral("92.6") << true << 92.6 << false;
    QTest::newRow("zero") << QStringLiteral("0") << true << 0.0 << false;
    QTest::newRow("leading dot") << QStringLiteral(".5") << true << 0.5 << false;
    QTest::newRow("trailing dot") << QStringLiteral("12.") << true << 12.0 << false;
    QTest::newRow("negative") << QStringLiteral("-1.5") << true << -1.5 << false;
    QTest::newRow("explicit plus") << QStringLiteral("+3") << true << 3.0 << false;
    QTest::newRow("percent sign") << QStringLiteral("92.6%") << true << 92.6 << true;
    QTest::newRow("full-width percent sign") << QStringLiteral("92.6％") << true << 92.6 << true;
    QTest::newRow("percent after a space") << QStringLiteral("92.6 %") << true << 92.6 << true;
    QTest::newRow("full-width digits") << QStringLiteral("９２．６") << true << 92.6 << false;
    QTest::newRow("full-width digits and percent") << QStringLiteral("１００％") << true << 100.0 << true;
    QTest::newRow("full-width minus") << QStringLiteral("－２") << true << -2.0 << false;
    QTest::newRow("thousands") << QStringLiteral("1,234") << true << 1234.0 << false;
    QTest::newRow("thousands with decimals") << QStringLiteral("1,234,567.89") << true << 1234567.89 << false;
    QTest::newRow("full-width thousands") << QStringLiteral("１，２３４") << true << 1234.0 << false;
    QTest::newRow("surrounding spaces") << QStringLiteral("  42  ") << true << 42.0 << false;
    QTest::newRow("tab and newline around") << QStringLiteral("\t42\n") << true << 42.0 << false;
    QTest::newRow("ideographic space") << QStringLiteral("\u300042\u3000") << true << 42.0 << false;
    QTest::newRow("space as thousands separator") << QStringLiteral("1 234") << true << 1234.0 << false;

    QTest::newRow("empty") << QString() << false << 0.0 << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false << 0.0 << false;
    QTest::newRow("word") << QStringLiteral("abc") << false << 0.0 << false;
    QTest::newRow("Chinese text") << QStringLiteral("暂无") << false << 0.0 << false;
    QTest::newRow("dash for none") << QStringLiteral("-") << false << 0.0 << false;
    QTest::newRow("only a dot") << QStringLiteral(".") << false << 0.0 << false;
    QTest::newRow("only a percent sign") << QStringLiteral("%") << false << 0.0 << false;
    QTest::newRow("misplaced grouping") << QStringLiteral("12,34") << false << 0.0 << false;
    QTest::newRow("decimal comma") << QStringLiteral("92,6") << false << 0.0 << false;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << false << 0.0 << false;
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << 0.0 << false;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0 << false;
    QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0 << false;
    QTest::newRow("unit after number") << QStringLiteral("12万人") << false << 0.0 << false;
    QTest::newRow("leading percent") << QStringLiteral("%12") << false << 0.0 << false;
    QTest::newRow("ratio") << QStringLiteral("1:1.6") << false << 0.0 << false;
    QTest::newRow("hex") << QStringLiteral("0x10") << false << 0.0 << false;
    QTest::newRow("formula") << QStringLiteral("=1+1") << false << 0.0 << false;
}

void TestNumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(bool, percent);

    bool hadPercent = !percent; // must be overwritten
    const std::optional<double> v = NumberParser::parse(text, &hadPercent);
    QCOMPARE(bool(v), ok);
    if (ok) {
        QCOMPARE(*v, value);
        QCOMPARE(hadPercent, percent);
    }
    // The out parameter is optional.
    QCOMPARE(bool(NumberParser::parse(text)), ok);
}

void TestNumberParser::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii unchanged") << QStringLiteral("W01") << QStringLiteral("W01");
    QTest::newRow("full-width digits") << QStringLiteral("２０２３") << QStringLiteral("2023");
    QTest::newRow("full-width letters") << QStringLiteral("Ｗ０１") << QStringLiteral("W01");
    QTest::newRow("full-width signs") << QStringLiteral("＜８") << QStringLiteral("<8");
    QTest::newRow("trimmed") << QStringLiteral("  ７  ") << QStringLiteral("7");
    QTest::newRow("ideographic space trimmed") << QStringLiteral("\u30007\u3000") << QStringLiteral("7");
    QTest::newRow("Chinese kept") << QStringLiteral("提高") << QStringLiteral("提高");
    QTest::newRow("inner space kept") << QStringLiteral("1 2") << QStringLiteral("1 2");
}

void TestNumberParser::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(NumberParser::normalize(text), expected);
}

void TestNumberParser::format_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trailing zero") << 92.60 << 4 << QStringLiteral("92.6");
    QTest::newRow("whole number") << 100.0 << 4 << QStringLiteral("100");
    QTest::newRow("zero") << 0.0 << 4 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << 4 << QStringLiteral("0");
    QTest::newRow("tiny negative rounds to zero") << -0.00001 << 4 << QStringLiteral("0");
    QTest::newRow("negative") << -1.25 << 4 << QStringLiteral("-1.25");
    QTest::newRow("rounded to 4") << 1.0 / 3.0 << 4 << QStringLiteral("0.3333");
    QTest::newRow("rounded to 1") << 92.66 << 1 << QStringLiteral("92.7");
    QTest::newRow("no decimals") << 12.4 << 0 << QStringLiteral("12");
    QTest::newRow("large, no grouping") << 1234567.0 << 4 << QStringLiteral("1234567");
    QTest::newRow("binary noise") << 0.1 + 0.2 << 6 << QStringLiteral("0.3");
}

void TestNumberParser::format()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(NumberParser::format(value, decimals), expected);
    // What format() writes, parse() reads back.
    const std::optional<double> back = NumberParser::parse(NumberParser::format(value, decimals));
    QVERIFY(back);
}

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
