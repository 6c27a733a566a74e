// CsvReader and CsvWriter: RFC 4180 quoting, line numbers for messages, UTF-8 with
// or without BOM, and neutralising cells a spreadsheet would run as a formula.
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include <QtTest>

using Rows = QList<QStringList>;

namespace {
Rows fieldsOf(const QVector<CsvReader::Record> &records)
{
    Rows out;
    for (const CsvReader::Record &r : records)
        out.append(r.fields);
    return out;
}

QList<int> linesOf(const QVector<CsvReader::Record> &records)
{
    QList<int> out;
    for (const CsvReader::Record &r : records)
        out.append(r.line);
    return out;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInPieces_data();
    void parseInPieces();
    void unterminatedQuote();
    void semicolonSeparator();
    void decodeUtf8_data();
    void decodeUtf8();
    void neutralise_data();
    void neutralise();
    void quote_data();
    void quote();
    void writer();
    void roundTrip_data();
    void roundTrip();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("simple LF") << QStringLiteral("a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("old Mac CR") << QStringLiteral("a,b\r1,2\r") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("no final newline") << QStringLiteral("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("empty fields kept") << QStringLiteral("a,,c,\n") << Rows{{"a", "", "c", ""}} << QList<int>{1};
    QTest::newRow("blank lines skipped, numbers kept")
        << QStringLiteral("a\n\n\nb\r\n\r\nc\n") << Rows{{"a"}, {"b"}, {"c"}} << QList<int>{1, 4, 6};
    QTest::newRow("quoted comma") << QStringLiteral("\"a,b\",c\n") << Rows{{"a,b", "c"}} << QList<int>{1};
    QTest::newRow("doubled quote") << QStringLiteral("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}}
                                   << QList<int>{1};
    QTest::newRow("newline inside quotes moves later lines")
        << QStringLiteral("h1,h2\n\"line one\nline two\",x\nnext,y\n")
        << Rows{{"h1", "h2"}, {"line one\nline two", "x"}, {"next", "y"}} << QList<int>{1, 2, 4};
    QTest::newRow("CRLF inside quotes kept")
        << QStringLiteral("\"a\r\nb\",c\r\nd,e\r\n") << Rows{{"a\r\nb", "c"}, {"d", "e"}} << QList<int>{1, 3};
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",x\n") << Rows{{"", "x"}} << QList<int>{1};
    QTest::newRow("quoted empty line counts as blank") << QStringLiteral("\"\"\nx\n") << Rows{{"x"}} << QList<int>{2};
    QTest::newRow("quote inside unquoted field is literal")
        << QStringLiteral("5\"3,x\n") << Rows{{"5\"3", "x"}} << QList<int>{1};
    QTest::newRow("spaces kept") << QStringLiteral(" a , b \n") << Rows{{" a ", " b "}} << QList<int>{1};
    QTest::newRow("Chinese") << QStringLiteral("指标,值\n孕产妇系统管理率,92.6\n")
                             << Rows{{"指标", "值"}, {"孕产妇系统管理率", "92.6"}} << QList<int>{1, 2};
    QTest::newRow("empty text") << QString() << Rows{} << QList<int>{};
    QTest::newRow("only newlines") << QStringLiteral("\n\r\n\n") << Rows{} << QList<int>{};
}

void TestCsv::parse()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(fieldsOf(records), rows);
    QCOMPARE(linesOf(records), lines);
}

// A file read a megabyte at a time splits records, "" and \r\n anywhere: every
// case above, cut into pieces of every length, reads as the whole text does.
void TestCsv::parseInPieces_data()
{
    parse_data();
}

void TestCsv::parseInPieces()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    for (int size = 1; size <= std::max<qsizetype>(1, text.size()); ++size) {
        CsvReader::Parser parser;
        QVector<CsvReader::Record> records;
        QString error;
        for (qsizetype at = 0; at < text.size() || at == 0; at += size) {
            const bool last = at + size >= text.size();
            QVERIFY2(parser.feed(QStringView(text).mid(at, size), last, &records, &error), qPrintable(error));
            if (last)
                break;
        }
        QVERIFY2(fieldsOf(records) == rows, qPrintable(QStringLiteral("pieces of %1").arg(size)));
        QVERIFY2(linesOf(records) == lines, qPrintable(QStringLiteral("pieces of %1").arg(size)));
    }
}

void TestCsv::unterminatedQuote()
{
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY(!CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"), &records, &error));
    QCOMPARE(error, QStringLiteral("line 3: a quoted field is not closed"));
}

void TestCsv::semicolonSeparator()
{
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY(CsvReader::parse(QStringLiteral("a;\"b;c\";1,5\n"), &records, &error, QLatin1Char(';')));
    QCOMPARE(fieldsOf(records), (Rows{{"a", "b;c", "1,5"}}));
}

void TestCsv::decodeUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << QByteArray("code,year\n") << true << QStringLiteral("code,year\n");
    QTest::newRow("BOM removed") << QByteArray("\xEF\xBB\xBF"
                                               "code")
                                 << true << QStringLiteral("code");
    QTest::newRow("Chinese") << QStringLiteral("江北区").toUtf8() << true << QStringLiteral("江北区");
    QTest::newRow("GBK bytes are not UTF-8") << QByteArray("\xBD\xAD\xB1\xB1\xC7\xF8") << false << QString();
}

void TestCsv::decodeUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(QString, text);

    bool isValid = !valid;
    const QString decoded = CsvReader::decodeUtf8(bytes, &isValid);
    QCOMPARE(isValid, valid);
    if (valid)
        QCOMPARE(decoded, text);
}

void TestCsv::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("formula =") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
    QTest::newRow("formula + text") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("formula - expression") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at sign") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("minus text") << QStringLiteral("-暂无") << QStringLiteral("'-暂无");
    QTest::newRow("negative number kept") << QStringLiteral("-1.5") << QStringLiteral("-1.5");
    QTest::newRow("negative integer kept") << QStringLiteral("-12") << QStringLiteral("-12");
    QTest::newRow("plus number kept") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("plus decimal kept") << QStringLiteral("+0.25") << QStringLiteral("+0.25");
    QTest::newRow("signed number with exponent is not plain") << QStringLiteral("-1e5") << QStringLiteral("'-1e5");
    QTest::newRow("plain number") << QStringLiteral("92.6") << QStringLiteral("92.6");
    QTest::newRow("target text") << QStringLiteral("＜8") << QStringLiteral("＜8");
    QTest::newRow("equals later is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Chinese") << QStringLiteral("区卫健委") << QStringLiteral("区卫健委");
}

void TestCsv::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralise(cell), expected);
}

void TestCsv::quote_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("5\"") << QStringLiteral("\"5\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("Chinese comma needs none")
        << QStringLiteral("杀害、强奸，伤害") << QStringLiteral("杀害、强奸，伤害");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::quote()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quote(cell), expected);
}

void TestCsv::writer()
{
    CsvWriter w;
    w.addRow({QStringLiteral("code"), QStringLiteral("note")});
    w.addRow({QStringLiteral("W01"), QStringLiteral("=HYPERLINK(\"x\",\"y\")")});
    w.addRow({QStringLiteral("W02"), QStringLiteral("-0.5")});
    const QByteArray bytes = w.toUtf8();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
             QStringLiteral("code,note\r\nW01,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\nW02,-0.5\r\n"));
    QCOMPARE(CsvWriter().toUtf8(), QByteArray("\xEF\xBB\xBF"));
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("plain") << QStringList{"W01", "2023", "95.5"};
    QTest::newRow("commas quotes newlines") << QStringList{"a,b", "say \"x\"", "line1\nline2", "crlf\r\ninside", ""};
    QTest::newRow("Chinese and full-width") << QStringList{"区卫健委；区人社局", "９２．６％", "（备注）"};
    QTest::newRow("signed numbers") << QStringList{"-1.5", "+2", "0"};
}

void TestCsv::roundTrip()
{
    QFETCH(QStringList, cells);
    CsvWriter w;
    w.addRow(cells);
    w.addRow(cells);
    bool valid = false;
    const QString text = CsvReader::decodeUtf8(w.toUtf8(), &valid);
    QVERIFY(valid);
    QVector<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields, cells);
    QCOMPARE(records.at(1).fields, cells);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(1).line, 1 + 1 + int(cells.join(QString()).count(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
