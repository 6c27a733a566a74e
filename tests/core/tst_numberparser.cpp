// NumberParser: numbers as people type or paste them (full-width, 92.6%, 1,234,
// spaces), what is refused, and the short display form.
#include "exchange/numberparser.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>

class TestNumberParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseAgreesWithTheRegularExpressions();
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

namespace {
// What parse() did with regular expressions before it scanned by hand; the
// scanner must accept and read exactly the same texts.
std::optional<double> parseByRegularExpressions(const QString &text, bool *hadPercent)
{
    QString t = NumberParser::normalize(text);
    t.remove(QLatin1Char(' '));
    *hadPercent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        *hadPercent = true;
        t.chop(1);
    }
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    if (grouped.match(t).hasMatch())
        t.remove(QLatin1Char(','));
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!plain.match(t).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}
} // namespace

void TestNumberParser::parseAgreesWithTheRegularExpressions()
{
    // Every text of up to four characters from an alphabet of the characters that
    // matter (digits, signs, separators, full-width and other spaces, a letter, a
    // Chinese character), and longer ones from pieces.
    const QStringList alphabet = {QStringLiteral("0"),      QStringLiteral("7"),      QStringLiteral("+"),
                                  QStringLiteral("-"),      QStringLiteral("."),      QStringLiteral(","),
                                  QStringLiteral("%"),      QStringLiteral(" "),      QStringLiteral("\n"),
                                  QStringLiteral("\t"),     QStringLiteral("\u3000"), QStringLiteral("\uFF15"),
                                  QStringLiteral("\uFF0E"), QStringLiteral("\uFF05"), QStringLiteral("e"),
                                  QStringLiteral("\u4E07"), QStringLiteral("\u00A0")};
    QStringList texts = {QString()};
    QStringList level = {QString()};
    for (int length = 1; length <= 4; ++length) {
        QStringList next;
        for (const QString &prefix : level) {
            for (const QString &c : alphabet)
                next.append(prefix + c);
        }
        texts += next;
        level = next;
    }
    const QStringList pieces = {QStringLiteral("1"),    QStringLiteral("12"), QStringLiteral("123"),
                                QStringLiteral("1234"), QStringLiteral(","),  QStringLiteral("."),
                                QStringLiteral("-"),    QStringLiteral("%"),  QStringLiteral(" "),
                                QStringLiteral("\n"),   QStringLiteral("９")};
    level = {QString()};
    for (int length = 1; length <= 5; ++length) {
        QStringList next;
        for (const QString &prefix : level) {
            for (const QString &piece : pieces)
                next.append(prefix + piece);
        }
        texts += next;
        level = next;
    }
    texts.append(QString(400, QLatin1Char('9')));
    texts.append(QStringLiteral("0.") + QString(400, QLatin1Char('1')));
    int accepted = 0;
    for (const QString &text : texts) {
        bool expectedPercent = false;
        bool percent = false;
        const std::optional<double> expected = parseByRegularExpressions(text, &expectedPercent);
        const std::optional<double> got = NumberParser::parse(text, &percent);
        const QByteArray shown = text.toUtf8().toPercentEncoding();
        QVERIFY2(bool(got) == bool(expected), shown.constData());
        QVERIFY2(percent == expectedPercent, shown.constData());
        if (expected) {
            ++accepted;
            QVERIFY2(*got == *expected && std::signbit(*got) == std::signbit(*expected), shown.constData());
        }
    }
    QVERIFY(accepted > 1000);
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
