// ValueImport: every problem of a file is named as "line N: column: value: what is
// expected", nothing is written unless the whole file is good, the forms people type
// (BOM, CRLF, quotes, full-width digits, 92.6%, 1,234) are read, a good file is stored
// in one go with audit rows, re-importing updates, and ValueExport reads back.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "exchange/valueexport.h"
#include "exchange/valueimport.h"
#include "storage/auditrepository.h"
#include "storage/valuerepository.h"

#include <QtTest>

Q_DECLARE_METATYPE(ValueState)

namespace {

const QString kHeader = QStringLiteral("code,year,value,numerator,denominator,source,note,area");
const QString kDistrict = QStringLiteral("江北区");

ValueImport::Options defaultOptions()
{
    ValueImport::Options o;
    o.defaultAreaName = kDistrict;
    return o;
}

ValueImport::Result readLines(const QStringList &lines, const ValueImport::Options &options = defaultOptions(),
                              const QByteArray &eol = "\n")
{
    return ValueImport(CatalogLoader::builtin().indicators, {kDistrict}, options).readCsv(TestFiles::csv(lines, eol));
}

QString expectedColumns()
{
    return QStringLiteral("one of the columns code,year,value,numerator,denominator,source,note,area");
}

// A record as the file states it, for comparisons that ignore ids and timestamps.
QString describe(const ValueRecord &r)
{
    auto opt = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 12) : QStringLiteral("-"); };
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(r.indicatorCode, r.area)
        .arg(r.year)
        .arg(QString::number(r.value, 'g', 12), opt(r.numerator), opt(r.denominator), r.source, r.note,
             ValueStates::key(r.state));
}

QStringList describeAll(const QVector<ValueRecord> &records)
{
    QStringList out;
    for (const ValueRecord &r : records)
        out.append(describe(r));
    return out;
}

} // namespace

class TestValueImport : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void fileLevelProblems_data();
    void fileLevelProblems();
    void accepted_data();
    void accepted();
    void unknownAreaWithAddAreas();
    void stateAsGiven_data();
    void stateAsGiven();
    void problemFormat();

    void badRowWritesNothing_data();
    void badRowWritesNothing();
    void goodFileStoredInOneGo();
    void reimportUpdates();
    void newAreaStoredOnlyWithAddAreas();
    void exportRoundTrip();
    void exportRoundTripNeutralisedText();
    void trailingSeparatorRowsIgnored();
};

void TestValueImport::problems_data()
{
    QTest::addColumn<QStringList>("rows"); // data rows after kHeader; the first is line 2
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("non-number value") << QStringList{"W04,2023,九十,,,,,"}
                                      << QStringList{"line 2: value: 九十: a number, e.g. 92.6"};
    QTest::newRow("empty value without numerator and denominator")
        << QStringList{"W04,2023,,,,,,"} << QStringList{"line 2: value: (empty): a number, e.g. 92.6"};
    QTest::newRow("non-number numerator")
        << QStringList{"W04,2023,92.6,abc,1000,,,"} << QStringList{"line 2: numerator: abc: a number, e.g. 92.6"};
    QTest::newRow("unknown code") << QStringList{
        "W99,2023,1,,,,,"} << QStringList{"line 2: code: W99: an indicator code of the catalog, such as W01 or C10a"};
    QTest::newRow("lower-case code") << QStringList{
        "w04,2023,1,,,,,"} << QStringList{"line 2: code: w04: an indicator code of the catalog, such as W01 or C10a"};
    QTest::newRow("empty code") << QStringList{
        ",2023,1,,,,,"} << QStringList{"line 2: code: (empty): an indicator code of the catalog, such as W01 or C10a"};
    QTest::newRow("year before 2020") << QStringList{"W04,2019,92,,,,,"}
                                      << QStringList{"line 2: year: 2019: a year from 2020 to 2030"};
    QTest::newRow("year after 2030") << QStringList{"W04,2031,92,,,,,"}
                                     << QStringList{"line 2: year: 2031: a year from 2020 to 2030"};
    QTest::newRow("year not a number") << QStringList{"W04,去年,92,,,,,"}
                                       << QStringList{"line 2: year: 去年: a year from 2020 to 2030"};
    QTest::newRow("year with decimals") << QStringList{"W04,2023.5,92,,,,,"}
                                        << QStringList{"line 2: year: 2023.5: a year from 2020 to 2030"};
    QTest::newRow("percentage above 100")
        << QStringList{"W04,2023,100.5,,,,,"} << QStringList{"line 2: value: 100.5: a percentage from 0 to 100"};
    QTest::newRow("percentage above 100 with sign")
        << QStringList{"W04,2023,101%,,,,,"} << QStringList{"line 2: value: 101%: a percentage from 0 to 100"};
    QTest::newRow("per mille above 1000")
        << QStringList{"C01,2023,1001,,,,,"} << QStringList{"line 2: value: 1001: a value per mille from 0 to 1000"};
    QTest::newRow("negative value") << QStringList{"W33,2023,-3,,,,,"}
                                    << QStringList{"line 2: value: -3: a number that is not negative"};
    QTest::newRow("negative denominator")
        << QStringList{"W04,2023,,5,-10,,,"} << QStringList{"line 2: denominator: -10: a number that is not negative"};
    // The entry form's rule, now also the import's (it used to let the value win).
    QTest::newRow("value disagrees with numerator and denominator")
        << QStringList{"W04,2023,92.5,926,1000,,,"}
        << QStringList{"line 2: value: 92.5: the value that numerator ÷ denominator gives, 92.6"};
    QTest::newRow("numerator above denominator")
        << QStringList{"W04,2023,,1200,1000,,,"}
        << QStringList{"line 2: numerator: 1200: at most the denominator 1000"};
    QTest::newRow("zero denominator") << QStringList{"W04,2023,,0,0,,,"}
                                      << QStringList{"line 2: denominator: 0: a number above 0"};
    QTest::newRow("unknown area")
        << QStringList{"W04,2023,92,,,,,鱼嘴镇"}
        << QStringList{"line 2: area: 鱼嘴镇: an area the database knows (or the option --add-areas)"};
    QTest::newRow("same indicator, area and year twice")
        << QStringList{"W04,2023,92,,,,,", "W04,2023,93,,,,,"}
        << QStringList{"line 3: code: W04: each indicator, area and year once in a file (W04 2023 is repeated)"};
    QTest::newRow("district by name and by empty area are the same")
        << QStringList{"W04,2023,92,,,,,", "W04,2023,93,,,,,江北区"}
        << QStringList{"line 3: code: W04: each indicator, area and year once in a file (W04 2023 is repeated)"};
    QTest::newRow("several problems in one row, all named")
        << QStringList{"W99,1999,abc,,,,,"}
        << QStringList{"line 2: code: W99: an indicator code of the catalog, such as W01 or C10a",
                       "line 2: year: 1999: a year from 2020 to 2030"};
    QTest::newRow("every bad row among good ones")
        << QStringList{"W01,2023,80,,,,,", "W04,2023,abc,,,,,", "C01,2023,1.2,,,,,",
                       "W99,2023,1,,,,,",  "W03,2023,5,,,,,",   "W04,2035,90,,,,,"}
        << QStringList{"line 3: value: abc: a number, e.g. 92.6",
                       "line 5: code: W99: an indicator code of the catalog, such as W01 or C10a",
                       "line 7: year: 2035: a year from 2020 to 2030"};
    QTest::newRow("line numbers after a quoted line break")
        << QStringList{"W01,2023,80,,,,\"第一行\n第二行\",", "W04,2023,abc,,,,,"}
        << QStringList{"line 4: value: abc: a number, e.g. 92.6"};
    QTest::newRow("line numbers count blank lines") << QStringList{"W01,2023,80,,,,,", "", "", "W04,2023,abc,,,,,"}
                                                    << QStringList{"line 5: value: abc: a number, e.g. 92.6"};
}

void TestValueImport::problems()
{
    QFETCH(QStringList, rows);
    QFETCH(QStringList, expected);

    const ValueImport::Result result = readLines(QStringList{kHeader} + rows);
    QCOMPARE(result.problems, expected);
    QVERIFY(!result.ok());
    QVERIFY(result.records.isEmpty()); // all or nothing, already when reading
}

void TestValueImport::fileLevelProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty file") << QByteArray()
                                << QStringList{"The file is empty; expected a header row with code, year, value."};
    QTest::newRow("header only") << QByteArray("code,year,value\n")
                                 << QStringList{"The file has a header but no rows."};
    QTest::newRow("missing value column")
        << QByteArray("code,year\nW04,2023\n") << QStringList{"line 1: header: code,year: a column named value"};
    QTest::newRow("missing two columns") << QByteArray("code,note\nW04,x\n")
                                         << QStringList{"line 1: header: code,note: a column named year",
                                                        "line 1: header: code,note: a column named value"};
    QTest::newRow("unknown column") << QByteArray("code,year,value,remark\nW04,2023,92,x\n")
                                    << QStringList{QStringLiteral("line 1: header: remark: ") + expectedColumns()};
    QTest::newRow("Chinese column names are not the CSV's")
        << QStringLiteral("指标代码,year,value\nW04,2023,92\n").toUtf8()
        << QStringList{QStringLiteral("line 1: header: 指标代码: ") + expectedColumns(),
                       "line 1: header: 指标代码,year,value: a column named code"};
    QTest::newRow("column twice") << QByteArray("code,year,value,value\nW04,2023,92,93\n")
                                  << QStringList{"line 1: header: value: each column once"};
    QTest::newRow("header after blank lines")
        << QByteArray("\n\ncode,year\n") << QStringList{"line 3: header: code,year: a column named value"};
    QTest::newRow("not UTF-8") << QByteArray("code,year,value,note\nW04,2023,92,\xC7\xF8\n")
                               << QStringList{"The file is not UTF-8 text; save it as \"CSV UTF-8\"."};
    QTest::newRow("unterminated quote") << QByteArray("code,year,value,note\nW04,2023,92,\"open\nW01,2023,1,\n")
                                        << QStringList{"line 2: a quoted field is not closed"};
}

void TestValueImport::fileLevelProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const ValueImport::Result result =
        ValueImport(CatalogLoader::builtin().indicators, {kDistrict}, defaultOptions()).readCsv(bytes);
    QCOMPARE(result.problems, expected);
    QVERIFY(result.records.isEmpty());
}

void TestValueImport::accepted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records"); // describe(): code|area|year|value|num|den|source|note|state

    const QByteArray header = kHeader.toUtf8() + '\n';
    QTest::newRow("plain") << header + "W04,2023,92.6,,,妇幼年报,,\n"
                           << QStringList{"W04||2023|92.6|-|-|妇幼年报||submitted"};
    QTest::newRow("only the required columns")
        << QByteArray("code,year,value\nW01,2021,80\n") << QStringList{"W01||2021|80|-|-|||submitted"};
    QTest::newRow("columns in another order, any case, spaces")
        << QByteArray(" Value ,NOTE,year,CODE\n92,x,2022,W04\n") << QStringList{"W04||2022|92|-|-||x|submitted"};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + header + "W04,2023,92.6,,,,,\n"
                         << QStringList{"W04||2023|92.6|-|-|||submitted"};
    QTest::newRow("CRLF") << QByteArray("code,year,value\r\nW04,2023,92.6\r\nC01,2023,1.2\r\n")
                          << QStringList{"W04||2023|92.6|-|-|||submitted", "C01||2023|1.2|-|-|||submitted"};
    QTest::newRow("quoted fields with commas, quotes and newlines")
        << header + "W04,2023,92.6,,,\"区卫健委，妇幼年报, 2023\",\"第一行\n第二行, \"\"引号\"\"\",\n"
        << QStringList{"W04||2023|92.6|-|-|区卫健委，妇幼年报, 2023|第一行\n第二行, \"引号\"|submitted"};
    QTest::newRow("full-width digits") << QStringLiteral("code,year,value\nW04,２０２３,９２．６\n").toUtf8()
                                       << QStringList{"W04||2023|92.6|-|-|||submitted"};
    QTest::newRow("percent sign") << QByteArray("code,year,value\nW04,2023,92.6%\n")
                                  << QStringList{"W04||2023|92.6|-|-|||submitted"};
    QTest::newRow("thousands separator") << QByteArray("code,year,value\nC27,2023,\"1,234\"\n")
                                         << QStringList{"C27||2023|1234|-|-|||submitted"};
    QTest::newRow("spaces around cells") << QByteArray("code,year,value,source\n W04 , 2023 , 92.6 , 年报 \n")
                                         << QStringList{"W04||2023|92.6|-|-|年报||submitted"};
    QTest::newRow("value computed from numerator and denominator, %") << header
            + "W04,2023,,926,1000,,,\n" << QStringList{"W04||2023|92.6|926|1000|||submitted"};
    QTest::newRow("value computed, per mille") << header + "C01,2023,,3,2000,,,\n"
                                               << QStringList{"C01||2023|1.5|3|2000|||submitted"};
    QTest::newRow("value computed, per 100,000") << header + "W03,2023,,1,20000,,,\n"
                                                 << QStringList{"W03||2023|5|1|20000|||submitted"};
    QTest::newRow("value given that agrees with numerator and denominator") << header
            + "W04,2023,92.6,926,1000,,,\n" << QStringList{"W04||2023|92.6|926|1000|||submitted"};
    QTest::newRow("numerator equal to denominator") << header + "C19,2023,,50,50,,,\n"
                                                    << QStringList{"C19||2023|100|50|50|||submitted"};
    QTest::newRow("boundary values 0 and 100, years 2020 and 2030")
        << header + "W04,2020,100,,,,,\nW04,2030,0,,,,,\n"
        << QStringList{"W04||2020|100|-|-|||submitted", "W04||2030|0|-|-|||submitted"};
    QTest::newRow("district by name stored as the default area") << header + "W04,2023,92,,,,,江北区\n"
                                                                 << QStringList{"W04||2023|92|-|-|||submitted"};
    QTest::newRow("same indicator, different years")
        << header + "W04,2022,92,,,,,\nW04,2023,93,,,,,\n"
        << QStringList{"W04||2022|92|-|-|||submitted", "W04||2023|93|-|-|||submitted"};
    QTest::newRow("unitless ratio, large count")
        << header + "W39,2023,106.2,,,,,\nW33,2023,28.35,,,,,\n"
        << QStringList{"W39||2023|106.2|-|-|||submitted", "W33||2023|28.35|-|-|||submitted"};
}

void TestValueImport::accepted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    const ValueImport::Result result =
        ValueImport(CatalogLoader::builtin().indicators, {kDistrict}, defaultOptions()).readCsv(bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(describeAll(result.records), records);
    QVERIFY(result.newAreas.isEmpty());
}

void TestValueImport::unknownAreaWithAddAreas()
{
    const QStringList lines = {kHeader, "W04,2023,92,,,,,鱼嘴镇", "W04,2023,93,,,,,", "C01,2023,1.1,,,,,石马河街道",
                               "C01,2024,1.0,,,,,鱼嘴镇"};
    const ValueImport::Result refused = readLines(lines);
    QCOMPARE(refused.problems,
             (QStringList{"line 2: area: 鱼嘴镇: an area the database knows (or the option --add-areas)",
                          "line 4: area: 石马河街道: an area the database knows (or the option --add-areas)",
                          "line 5: area: 鱼嘴镇: an area the database knows (or the option --add-areas)"}));

    ValueImport::Options options = defaultOptions();
    options.addAreas = true;
    const ValueImport::Result accepted = readLines(lines, options);
    QVERIFY2(accepted.ok(), qPrintable(accepted.problems.join(QLatin1Char('\n'))));
    QCOMPARE(describeAll(accepted.records),
             (QStringList{"W04|鱼嘴镇|2023|92|-|-|||submitted", "W04||2023|93|-|-|||submitted",
                          "C01|石马河街道|2023|1.1|-|-|||submitted", "C01|鱼嘴镇|2024|1|-|-|||submitted"}));
    QStringList newAreas = accepted.newAreas;
    newAreas.sort();
    QStringList expectedAreas{"石马河街道", "鱼嘴镇"};
    expectedAreas.sort();
    QCOMPARE(newAreas, expectedAreas);
}

void TestValueImport::stateAsGiven_data()
{
    QTest::addColumn<ValueState>("state");
    QTest::newRow("draft") << ValueState::Draft;
    QTest::newRow("submitted") << ValueState::Submitted;
    QTest::newRow("approved") << ValueState::Approved;
}

void TestValueImport::stateAsGiven()
{
    QFETCH(ValueState, state);
    ValueImport::Options options = defaultOptions();
    options.state = state;
    const ValueImport::Result result = readLines({kHeader, "W04,2023,92,,,,,", "C01,2023,1,,,,,"}, options);
    QVERIFY(result.ok());
    QCOMPARE(result.records.size(), 2);
    for (const ValueRecord &r : result.records)
        QCOMPARE(r.state, state);

    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const TempDatabase::ImportOutcome outcome = t.importCsv(
        TestFiles::csv({kHeader, "W04,2023,92,,,,,", "C01,2023,1,,,,,"}), options);
    QVERIFY2(outcome.stored, qPrintable(outcome.storeError));
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("W04"), QString(), 2023)->state, state);
    QCOMPARE(AuditRepository(t.connection()).history(QStringLiteral("C01")).first().newState, ValueStates::key(state));
}

void TestValueImport::problemFormat()
{
    QCOMPARE(ValueImport::problem(7, QStringLiteral("value"), QStringLiteral("x"), QStringLiteral("a number")),
             QStringLiteral("line 7: value: x: a number"));
    QCOMPARE(ValueImport::problem(3, QStringLiteral("note"), QString(), QStringLiteral("text")),
             QStringLiteral("line 3: note: (empty): text"));
    // Placeholders in the value are not expanded a second time.
    QCOMPARE(ValueImport::problem(2, QStringLiteral("code"), QStringLiteral("%1%2"), QStringLiteral("a code")),
             QStringLiteral("line 2: code: %1%2: a code"));
}

void TestValueImport::badRowWritesNothing_data()
{
    QTest::addColumn<QString>("badRow"); // becomes line 4 of the file
    QTest::addColumn<QString>("problem");

    QTest::newRow("non-number") << "W04,2023,n/a,,,,,"
                                << "line 4: value: n/a: a number, e.g. 92.6";
    QTest::newRow("unknown code") << "W46,2023,1,,,,,"
                                  << "line 4: code: W46: an indicator code of the catalog, such as W01 or C10a";
    QTest::newRow("year outside 2020-2030") << "W04,2040,90,,,,,"
                                            << "line 4: year: 2040: a year from 2020 to 2030";
    QTest::newRow("percentage above 100") << "W04,2023,120,,,,,"
                                          << "line 4: value: 120: a percentage from 0 to 100";
    QTest::newRow("negative") << "W45,2023,-1,,,,,"
                              << "line 4: value: -1: a number that is not negative";
    QTest::newRow("numerator above denominator") << "W04,2023,,11,10,,,"
                                                 << "line 4: numerator: 11: at most the denominator 10";
    QTest::newRow("zero denominator") << "W04,2023,,1,0,,,"
                                      << "line 4: denominator: 0: a number above 0";
    QTest::newRow("unknown area") << "W04,2023,90,,,,,不存在镇"
                                  << "line 4: area: 不存在镇: an area the database knows (or the option --add-areas)";
    QTest::newRow("repeated row")
        << "W01,2023,81,,,,,"
        << "line 4: code: W01: each indicator, area and year once in a file (W01 2023 is repeated)";
}

void TestValueImport::badRowWritesNothing()
{
    QFETCH(QString, badRow);
    QFETCH(QString, problem);

    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const int values = t.valueCount();
    const int audits = t.auditCount();
    const QByteArray csv = TestFiles::csv(
        {kHeader, "W01,2023,80,,,,,", "W02,2023,83.1,,,,,", badRow, "C01,2023,1.2,,,,,"});
    const TempDatabase::ImportOutcome outcome = t.importCsv(csv);
    QVERIFY(!outcome.stored);
    QCOMPARE(outcome.result.problems, QStringList{problem});
    QVERIFY(outcome.result.records.isEmpty());
    QCOMPARE(t.valueCount(), values);
    QCOMPARE(t.auditCount(), audits);
    QVERIFY(!ValueRepository(t.connection()).value(QStringLiteral("W01"), QString(), 2023));
}

void TestValueImport::goodFileStoredInOneGo()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const int values = t.valueCount();
    const int audits = t.auditCount();
    const QByteArray csv = TestFiles::csv({kHeader, "W01,2023,80,,,婚检统计,,",
                                           "W04,2023,,926,1000,妇幼年报,按常住人口,", "C01,2023,1.2,,,,,",
                                           "W04,2021,93.1,,,,,江北区", "C27,2023,\"1,234\",,,,,"},
                                          "\r\n");
    ValueImport::Options options;
    options.state = ValueState::Approved;
    const TempDatabase::ImportOutcome outcome = t.importCsv(csv, options, QStringLiteral("admin"));
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.problems.join(QLatin1Char('\n'))));
    QVERIFY2(outcome.stored, qPrintable(outcome.storeError));
    QCOMPARE(t.valueCount(), values + 5);
    QCOMPARE(t.auditCount(), audits + 5);

    ValueRepository repo(t.connection());
    const std::optional<ValueRecord> w04 = repo.value(QStringLiteral("W04"), QString(), 2023);
    QVERIFY(w04);
    QCOMPARE(w04->value, 92.6);
    QCOMPARE(*w04->numerator, 926.0);
    QCOMPARE(*w04->denominator, 1000.0);
    QCOMPARE(w04->source, QStringLiteral("妇幼年报"));
    QCOMPARE(w04->note, QStringLiteral("按常住人口"));
    QCOMPARE(w04->state, ValueState::Approved);
    QCOMPARE(w04->version, 1);
    QCOMPARE(w04->updatedBy, QStringLiteral("admin"));
    QCOMPARE(repo.value(QStringLiteral("C27"), QString(), 2023)->value, 1234.0);
    QCOMPARE(repo.value(QStringLiteral("W04"), QString(), 2021)->value, 93.1);

    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QStringLiteral("W04"));
    QCOMPARE(history.size(), 3); // 2020 baseline + two imported years
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(history.at(i).action, QStringLiteral("import"));
        QCOMPARE(history.at(i).user, QStringLiteral("admin"));
        QCOMPARE(history.at(i).newState, QStringLiteral("approved"));
        QVERIFY(!history.at(i).oldValue);
        QCOMPARE(history.at(i).area, kDistrict);
    }
}

void TestValueImport::reimportUpdates()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(t.importCsv(TestFiles::csv({kHeader, "W04,2023,93.0,,,第一次,,", "C01,2023,1.3,,,,,"})).stored);
    const int values = t.valueCount();
    const int audits = t.auditCount();

    ValueImport::Options options;
    options.state = ValueState::Approved;
    const TempDatabase::ImportOutcome second = t.importCsv(
        TestFiles::csv({kHeader, "W04,2023,93.4,,,第二次,更正,", "C01,2023,1.3,,,,,"}), options,
        QStringLiteral("reviewer"));
    QVERIFY2(second.stored, qPrintable(second.storeError + second.result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(t.valueCount(), values);
    QCOMPARE(t.auditCount(), audits + 2);

    const std::optional<ValueRecord> w04 =
        ValueRepository(t.connection()).value(QStringLiteral("W04"), QString(), 2023);
    QCOMPARE(w04->value, 93.4);
    QCOMPARE(w04->version, 2);
    QCOMPARE(w04->source, QStringLiteral("第二次"));
    QCOMPARE(w04->note, QStringLiteral("更正"));
    QCOMPARE(w04->state, ValueState::Approved);
    QCOMPARE(w04->updatedBy, QStringLiteral("reviewer"));
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("C01"), QString(), 2023)->version, 2);

    const AuditEntry latest = AuditRepository(t.connection()).history(QStringLiteral("W04")).first();
    QCOMPARE(latest.action, QStringLiteral("import"));
    QCOMPARE(latest.user, QStringLiteral("reviewer"));
    QCOMPARE(latest.year, 2023);
    QVERIFY(latest.oldValue);
    QCOMPARE(*latest.oldValue, 93.0);
    QCOMPARE(*latest.newValue, 93.4);
    QCOMPARE(latest.oldState, QStringLiteral("submitted"));
    QCOMPARE(latest.newState, QStringLiteral("approved"));
}

void TestValueImport::newAreaStoredOnlyWithAddAreas()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QByteArray csv = TestFiles::csv({kHeader, "W04,2023,92,,,,,鱼嘴镇", "W04,2023,93,,,,,"});
    const int values = t.valueCount();

    const TempDatabase::ImportOutcome refused = t.importCsv(csv);
    QVERIFY(!refused.stored);
    QCOMPARE(refused.result.problems,
             QStringList{"line 2: area: 鱼嘴镇: an area the database knows (or the option --add-areas)"});
    QCOMPARE(t.areaNames(), QStringList{kDistrict});
    QCOMPARE(t.valueCount(), values);

    ValueImport::Options options;
    options.addAreas = true;
    const TempDatabase::ImportOutcome accepted = t.importCsv(csv, options);
    QVERIFY2(accepted.stored, qPrintable(accepted.storeError));
    QCOMPARE(accepted.result.newAreas, QStringList{"鱼嘴镇"});
    QCOMPARE(t.areaNames(), (QStringList{kDistrict, "鱼嘴镇"}));
    QCOMPARE(t.valueCount(), values + 2);
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("W04"), QStringLiteral("鱼嘴镇"), 2023)->value, 92.0);
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("W04"), QString(), 2023)->value, 93.0);

    // Now known: the same file is accepted without the option.
    QVERIFY(t.importCsv(csv).stored);
}

void TestValueImport::exportRoundTrip()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QByteArray csv = TestFiles::csv({kHeader, "W04,2023,,926,1000,妇幼年报,按常住人口,",
                                           "W04,2024,93.25,,,\"来源, 带逗号\",\"两行\n说明 \"\"引号\"\"\",",
                                           "C01,2023,1.2,,,,,鱼嘴镇", "W33,2023,28.123456,,,,,",
                                           "W40,2023,1.6,,,,1:1.6,", "C27,2023,1234,,,,,"});
    ValueImport::Options addAreas;
    addAreas.addAreas = true;
    QVERIFY(t.importCsv(csv, addAreas).stored);

    const QVector<ValueRecord> stored = ValueRepository(t.connection()).values();
    const QByteArray exported = ValueExport::toCsv(stored, t.defaultAreaName(), false);
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"
                                "code,year,value,numerator,denominator,source,note,area\r\n"));
    QVERIFY(!exported.contains("示例数据"));

    // Read back into the same catalog: the same records, area names resolved.
    ValueImport::Options options;
    options.defaultAreaName = t.defaultAreaName();
    options.state = ValueState::Submitted;
    const ValueImport::Result back =
        ValueImport(CatalogLoader::builtin().indicators, t.areaNames(), options).readCsv(exported);
    QVERIFY2(back.ok(), qPrintable(back.problems.join(QLatin1Char('\n'))));
    QCOMPARE(back.records.size(), stored.size());
    QVector<ValueRecord> expected = stored;
    for (ValueRecord &r : expected)
        r.state = ValueState::Submitted; // the file carries no state; the import sets it
    QCOMPARE(describeAll(back.records), describeAll(expected));

    // And into a fresh database: the same values end up stored.
    TempDatabase other;
    QVERIFY2(other.open(), qPrintable(other.errorString()));
    const TempDatabase::ImportOutcome imported = other.importCsv(exported, addAreas);
    QVERIFY2(imported.stored, qPrintable(imported.storeError + imported.result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(describeAll(ValueRepository(other.connection()).values()), describeAll(expected));
}

void TestValueImport::exportRoundTripNeutralisedText()
{
    // A note or source that starts like a formula is written with a leading
    // apostrophe so a spreadsheet does not run it. Reading it back should give the
    // text as it was.
    ValueRecord r;
    r.indicatorCode = QStringLiteral("W04");
    r.year = 2023;
    r.value = 92.0;
    r.source = QStringLiteral("=统计年鉴");
    r.note = QStringLiteral("-较上年下降");
    const QByteArray exported = ValueExport::toCsv({r}, kDistrict, false);
    QVERIFY(exported.contains(",'=统计年鉴,'-较上年下降,"));
    const ValueImport::Result back =
        ValueImport(CatalogLoader::builtin().indicators, {kDistrict}, defaultOptions()).readCsv(exported);
    QVERIFY(back.ok());
    QCOMPARE(back.records.size(), 1);
    QCOMPARE(back.records.first().source, r.source);
    QCOMPARE(back.records.first().note, r.note);
}

void TestValueImport::trailingSeparatorRowsIgnored()
{
    // Excel writes rows of bare commas after the data; they are not rows of values.
    const QByteArray csv = "code,year,value,note\r\nW04,2023,92.5,\r\n,,,\r\n,,,\r\n";
    const ValueImport::Result r =
        ValueImport(CatalogLoader::builtin().indicators, {kDistrict}, defaultOptions()).readCsv(csv);
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.records.size(), 1);
    const ValueImport::Result onlyEmpty = ValueImport(CatalogLoader::builtin().indicators, {kDistrict},
                                                      defaultOptions())
                                              .readCsv("code,year,value\n,,\n");
    QVERIFY(!onlyEmpty.ok());
    QCOMPARE(onlyEmpty.problems, QStringList{QStringLiteral("The file has a header but no rows.")});
}

QTEST_GUILESS_MAIN(TestValueImport)
#include "tst_valueimport.moc"
