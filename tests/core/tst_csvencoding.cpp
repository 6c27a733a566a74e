// CSV encodings as people's spreadsheets save them: UTF-8 with or without BOM
// ("CSV UTF-8"), and GB18030/GBK, what Excel and WPS write as plain "CSV" on
// Chinese Windows. The encoding is detected, reported, and can be overridden.
#include "tempdatabase.h"

#include "exchange/csvreader.h"
#include "exchange/valuefileimport.h"
#include "storage/valuerepository.h"

#include <QStringEncoder>
#include <QtTest>

namespace {
const QString kNote = QStringLiteral("情况说明：含流动人口，数据来自妇幼保健年报（镕、喆、堃）");

QByteArray csvText(const QString &note, const QByteArray &eol = "\r\n")
{
    const QString text = QStringLiteral("code,year,value,source,note") + QString::fromLatin1(eol)
        + QStringLiteral("W04,2024,95.1,区卫健委年报,\"%1\"").arg(note) + QString::fromLatin1(eol);
    return text.toUtf8();
}

QByteArray encode(const QByteArray &utf8, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(QString::fromUtf8(utf8));
}
} // namespace

class TestCsvEncoding : public QObject
{
    Q_OBJECT

private slots:
    void gb18030IsAvailable();
    void detect_data();
    void detect();
    void imports_data();
    void imports();
    void wrongOverrideIsRefused();
};

void TestCsvEncoding::gb18030IsAvailable()
{
    // Qt reaches GB18030 through ICU; without it Chinese Windows CSV cannot be read.
    QVERIFY(QStringDecoder("GB18030").isValid());
    QVERIFY(QStringEncoder("GB18030").isValid());
}

void TestCsvEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("ASCII") << QByteArray("code,year,value\r\n") << "UTF-8";
    QTest::newRow("UTF-8") << csvText(kNote) << "UTF-8";
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + csvText(kNote) << "UTF-8";
    QTest::newRow("GB18030") << encode(csvText(kNote), "GB18030") << "GB18030";
    QTest::newRow("GBK subset") << encode(csvText(QStringLiteral("妇女儿童")), "GBK") << "GB18030";
}

void TestCsvEncoding::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
}

void TestCsvEncoding::imports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("note");
    QTest::newRow("UTF-8") << csvText(kNote) << QString() << "UTF-8" << kNote;
    QTest::newRow("UTF-8 with BOM, LF") << QByteArray("\xEF\xBB\xBF") + csvText(kNote, "\n") << QString() << "UTF-8"
                                        << kNote;
    QTest::newRow("GB18030 detected") << encode(csvText(kNote), "GB18030") << QString() << "GB18030" << kNote;
    QTest::newRow("GB18030 asked for") << encode(csvText(kNote), "GB18030") << "GB18030"
                                       << "GB18030" << kNote;
    QTest::newRow("GBK asked for") << encode(csvText(QStringLiteral("妇女儿童")), "GBK") << "gbk"
                                   << "GBK" << QStringLiteral("妇女儿童");
    QTest::newRow("GB18030 four-byte character")
        << encode(csvText(QStringLiteral("𠀀字")), "GB18030") << QString() << "GB18030" << QStringLiteral("𠀀字");
}

void TestCsvEncoding::imports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, override);
    QFETCH(QString, encoding);
    QFETCH(QString, note);
    TempDatabase db;
    QVERIFY(db.open());
    const QString path = db.filePath(QStringLiteral("return.csv"));
    QVERIFY(TestFiles::write(path, bytes));
    ValueFileImport::Options options;
    options.encoding = override;
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, options);
    QVERIFY2(preview.ok(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
    QCOMPARE(preview.encoding, encoding);
    QCOMPARE(preview.rows.size(), 1);
    QString error;
    QVERIFY(ValueRepository(db.connection())
                .store(preview.records, QStringLiteral("t"), QStringLiteral("import"), false, &error));
    const auto stored = ValueRepository(db.connection()).value(QStringLiteral("W04"), QString(), 2024);
    QVERIFY(stored);
    QCOMPARE(stored->note, note);
    QCOMPARE(stored->source, QStringLiteral("区卫健委年报"));
}

void TestCsvEncoding::wrongOverrideIsRefused()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QString path = db.filePath(QStringLiteral("gbk.csv"));
    QVERIFY(TestFiles::write(path, encode(csvText(kNote), "GB18030")));
    ValueFileImport::Options options;
    options.encoding = QStringLiteral("UTF-8");
    const ValueFileImport::Preview preview = ValueFileImport::previewFile(db.connection(), path, options);
    QVERIFY(!preview.ok());
    QVERIFY2(preview.problems.value(0).startsWith(QStringLiteral("gbk.csv: ")), qPrintable(preview.problems.value(0)));
    QVERIFY(preview.problems.value(0).contains(QStringLiteral("GB18030")));
    options.encoding = QStringLiteral("latin-9");
    QVERIFY(!ValueFileImport::previewFile(db.connection(), path, options).ok());
}

QTEST_GUILESS_MAIN(TestCsvEncoding)
#include "tst_csvencoding.moc"
