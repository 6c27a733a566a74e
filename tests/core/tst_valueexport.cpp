// ValueExport's CSV writes every number as the shortest text that reads back as
// the same double, so export -> import gives bit-identical values: checked for
// 10,000 random doubles in the ranges values take plus edge cases, every
// indicator of the catalog, through the import a user runs.
#include "tempdatabase.h"

#include "exchange/valueexport.h"
#include "exchange/valuefileimport.h"
#include "storage/catalogrepository.h"

#include "model/valuebounds.h"
#include <QRandomGenerator>

#include <QtTest>

#include <cfloat>
#include <cmath>
#include <cstring>

namespace {
bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}
} // namespace

class TestValueExport : public QObject
{
    Q_OBJECT

private slots:
    void numberText_data();
    void numberText();
    void csvRoundTripIsBitIdentical();
};

void TestValueExport::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("92.6") << 92.6 << "92.6";
    QTest::newRow("1234567.25") << 1234567.25 << "1234567.25";
    QTest::newRow("1e-7") << 1e-7 << "0.0000001";
    QTest::newRow("integer") << 23500.0 << "23500";
    QTest::newRow("1/3") << 1.0 / 3 << "0.3333333333333333";
    QTest::newRow("was cut at 6 decimals") << 0.12345678 << "0.12345678";
}

void TestValueExport::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(ValueExport::numberText(value), text);
}

void TestValueExport::csvRoundTripIsBitIdentical()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QVector<Indicator> indicators = CatalogRepository(db.connection()).indicators();
    QCOMPARE(indicators.size(), 89);
    QVector<double> values = {0.0,
                              100.0,
                              1.0 / 3,
                              200.0 / 3,
                              0.1 + 0.2,
                              1e-7,
                              5e-324,
                              DBL_MIN,
                              DBL_EPSILON,
                              std::nextafter(50.0, 0.0),
                              std::nextafter(50.0, 100.0),
                              99.99999999999999,
                              0.1,
                              0.7,
                              12.345678901234567,
                              1e-15};
    QRandomGenerator random(20261201);
    while (values.size() < 10000) {
        switch (values.size() % 4) {
        case 0:
            values.append(random.bounded(100.0));
            break; // any double
        case 1:
            values.append(std::round(random.bounded(1000.0)) / 10.0);
            break; // one decimal, as typed
        case 2:
            values.append(std::round(random.bounded(100000.0)) / 1000.0);
            break;
        default:
            values.append(random.bounded(1.0) * std::pow(10.0, -random.bounded(12)));
            break;
        }
    }
    QVector<ValueRecord> records;
    for (int i = 0; i < values.size(); ++i) {
        ValueRecord r;
        r.indicatorCode = indicators.at(i % 89).code;
        r.year = 2020 + (i / 89) % 11;
        r.area = QStringLiteral("测试区%1").arg(i / (89 * 11));
        // Within what the indicator can take (the import checks it), with a note for
        // values outside its usual range.
        const double high = ValueBounds::of(indicators.at(i % 89)).hardHigh;
        r.value = high < 100.0 ? values.at(i) * (high / 100.0) : values.at(i);
        r.note = QStringLiteral("测试值");
        records.append(r);
    }
    const QString path = db.filePath(QStringLiteral("values.csv"));
    QVERIFY(TestFiles::write(path, ValueExport::toCsv(records, db.defaultAreaName(), false)));
    ValueFileImport::Options options;
    options.values.addAreas = true;
    const ValueFileImport::Preview p = ValueFileImport::previewFile(db.connection(), path, options);
    QVERIFY2(p.ok(), qPrintable(p.problems.mid(0, 5).join(QLatin1Char('\n'))));
    QCOMPARE(p.records.size(), records.size());
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(p.records.at(i).indicatorCode, records.at(i).indicatorCode);
        QVERIFY2(sameBits(p.records.at(i).value, records.at(i).value),
                 qPrintable(QStringLiteral("%1: %2 came back as %3")
                                .arg(i)
                                .arg(records.at(i).value, 0, 'g', 17)
                                .arg(p.records.at(i).value, 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestValueExport)
#include "tst_valueexport.moc"
