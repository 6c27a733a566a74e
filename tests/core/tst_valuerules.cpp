// ValueRules: the one rule set of every way a value comes in. Each case is run
// for every indicator of the built-in catalog, through the entry form's check
// (EntryValidator), a CSV import (ValueImport) and the services' gate
// (ValueRules::check on the record), and the three must agree, in the same words.
#include "catalog/catalogloader.h"
#include "demofixture.h"
#include "exchange/valueimport.h"
#include "exchange/valuerules.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "tempdatabase.h"
#include "workflow/demodata.h"
#include "workflow/entryvalidator.h"
#include "workflow/returnservice.h"

#include <QtTest>

#include <cmath>

namespace {

const QString kDistrict = QStringLiteral("江北区");

QVector<Indicator> catalog()
{
    return CatalogLoader::builtin().indicators;
}

const Indicator &byCode(const QString &code)
{
    static const QVector<Indicator> all = catalog();
    for (const Indicator &i : all) {
        if (i.code == code)
            return i;
    }
    qFatal("no indicator %s", qPrintable(code));
}

ValueImport::Options importOptions()
{
    ValueImport::Options o;
    o.defaultAreaName = kDistrict;
    return o;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

// Imports one row of `code` for 2025 through ValueImport from CSV text.
ValueImport::Result importRow(const QString &code, const QString &value, const QString &numerator = QString(),
                              const QString &denominator = QString(), const QString &source = QString(),
                              const QString &note = QString(), const QString &area = QString())
{
    const QString csv = QStringLiteral("code,year,value,numerator,denominator,source,note,area\n")
        + QStringList{code,
                      QStringLiteral("2025"),
                      csvField(value),
                      csvField(numerator),
                      csvField(denominator),
                      csvField(source),
                      csvField(note),
                      csvField(area)}
              .join(QLatin1Char(','))
        + QLatin1Char('\n');
    return ValueImport(catalog(), {kDistrict}, importOptions()).readCsv(csv.toUtf8());
}

EntryCheck entry(const Indicator &ind, const QString &value, const QString &numerator = QString(),
                 const QString &denominator = QString(), const QString &note = QString(),
                 const QString &source = QString())
{
    EntryValidator::Input in;
    in.value = value;
    in.numerator = numerator;
    in.denominator = denominator;
    in.note = note;
    in.source = source;
    return EntryValidator::read(ind, 2025, in);
}

// A value well inside the indicator's bounds and usual range.
double plausible(const Indicator &ind)
{
    const ValueBounds b = ValueBounds::of(ind);
    const double lo = b.usualLow.value_or(b.hardLow);
    const double hi = b.usualHigh.value_or(std::min(b.hardHigh, 1000.0));
    return std::round((lo + hi) / 2 * 10) / 10;
}

} // namespace

class TestValueRules : public QObject
{
    Q_OBJECT

private slots:
    void everyIndicator_data();
    void everyIndicator();
    void unitSigns();
    void partsAgreeEverywhere();
    void hugeNumbers();
    void usualRangeNeedsANote();
    void texts_data();
    void texts();
    void ratioTyped();
    void ownBoundsOverrideTheUnit();
    void boundsAreStoredPerIndicator();
    void serviceGateRefusesWhatTheReadersWould();
    void commandLineUserIsALocalAdministrator();
    void demoDataPassesTheRules();
    void problemsStopAtALimit();
    void wideEmptyHeaderIsNotColumns();
};

void TestValueRules::everyIndicator_data()
{
    QTest::addColumn<QString>("code");
    for (const Indicator &ind : catalog())
        QTest::newRow(qPrintable(ind.code)) << ind.code;
}

// For every indicator: a plausible value passes all three paths; a value above
// its hard bound, a negative one and the wrong unit sign fail in all three.
void TestValueRules::everyIndicator()
{
    QFETCH(QString, code);
    const Indicator &ind = byCode(code);
    const ValueBounds b = ValueBounds::of(ind);
    const double ok = plausible(ind);
    const QString okText = ValueRules::number(ok);

    QVERIFY2(!entry(ind, okText).hasErrors(), qPrintable(entry(ind, okText).errors.join(' ')));
    QVERIFY2(entry(ind, okText).warnings.isEmpty(), qPrintable(entry(ind, okText).warnings.join(' ')));
    const ValueImport::Result imported = importRow(code, okText);
    QVERIFY2(imported.ok(), qPrintable(imported.problems.join('\n')));
    QCOMPARE(imported.records.first().value, ok);
    ValueRecord rec = imported.records.first();
    QVERIFY(ValueRules::check(ind, rec).isEmpty());

    // Above the hard bound: refused everywhere, in the same words.
    const QString tooHigh = ValueRules::number(b.hardHigh * 2 + 1);
    const EntryCheck high = entry(ind, tooHigh);
    QCOMPARE(high.errors.size(), 1);
    const ValueImport::Result highImport = importRow(code, tooHigh);
    QCOMPARE(highImport.problems.size(), 1);
    const QString expected = high.errors.first().section(QStringLiteral(": expected "), 1).chopped(1);
    QVERIFY2(highImport.problems.first().endsWith(QStringLiteral(": ") + expected),
             qPrintable(highImport.problems.first() + QStringLiteral(" / ") + expected));
    rec.value = b.hardHigh * 2 + 1;
    QCOMPARE(ValueRules::check(ind, rec).size(), 1);
    QCOMPARE(ValueRules::check(ind, rec).first().expected, expected);

    // Negative: refused.
    QVERIFY(entry(ind, QStringLiteral("-1")).hasErrors());
    QVERIFY(!importRow(code, QStringLiteral("-1")).ok());
    rec.value = -1;
    QVERIFY(!ValueRules::check(ind, rec).isEmpty());

    // A % sign is read on a % indicator only; ‰ on a ‰ indicator only.
    const bool percent = ind.measureUnit == QStringLiteral("%");
    const bool permille = ind.measureUnit == QStringLiteral("‰");
    QCOMPARE(entry(ind, okText + QStringLiteral("%")).hasErrors(), !percent);
    QCOMPARE(importRow(code, okText + QStringLiteral("%")).ok(), percent);
    QCOMPARE(entry(ind, okText + QStringLiteral("％")).hasErrors(), !percent);
    QCOMPARE(entry(ind, okText + QStringLiteral("‰")).hasErrors(), !permille);
    QCOMPARE(importRow(code, okText + QStringLiteral("‰")).ok(), permille);
    if (percent)
        QCOMPARE(importRow(code, okText + QStringLiteral("%")).records.first().value, ok);
}

void TestValueRules::unitSigns()
{
    // 68.3% typed in a spreadsheet cell of W05 (a % indicator) is 68.3.
    const ValueImport::Result w05 = importRow(QStringLiteral("W05"), QStringLiteral("68.3%"));
    QVERIFY2(w05.ok(), qPrintable(w05.problems.join('\n')));
    QCOMPARE(w05.records.first().value, 68.3);
    // 5% on a ‰ indicator is an error naming both units, never 5‰.
    const Indicator &c01 = byCode(QStringLiteral("C01"));
    QCOMPARE(c01.measureUnit, QStringLiteral("‰"));
    const EntryCheck e = entry(c01, QStringLiteral("5%"));
    QCOMPARE(e.errors,
             QStringList{QStringLiteral("Value: “5%”: expected a number of ‰ without a % sign (C01 is "
                                        "measured in ‰: 5% would be 50‰).")});
    const ValueImport::Result imported = importRow(QStringLiteral("C01"), QStringLiteral("5%"));
    QCOMPARE(imported.problems,
             QStringList{QStringLiteral("line 2: value: 5%: a number of ‰ without a % sign (C01 is measured in ‰: 5% "
                                        "would be 50‰)")});
    // A % sign on an indicator measured in years of age.
    const EntryCheck w02 = entry(byCode(QStringLiteral("W02")), QStringLiteral("80%"));
    QCOMPARE(w02.errors,
             QStringList{QStringLiteral("Value: “80%”: expected a number without a % sign (W02 is "
                                        "measured in 岁).")});
    // Parts are counts: no sign.
    QVERIFY(entry(byCode(QStringLiteral("W04")), QString(), QStringLiteral("50%"), QStringLiteral("100")).hasErrors());
}

void TestValueRules::partsAgreeEverywhere()
{
    // 3000 / 4000 gives 75: 78.25 is refused by the form, an import and the gate.
    const Indicator &w04 = byCode(QStringLiteral("W04"));
    const EntryCheck e = entry(w04, QStringLiteral("78.25"), QStringLiteral("3000"), QStringLiteral("4000"));
    QCOMPARE(e.errors,
             QStringList{QStringLiteral("Value: “78.25”: expected the value that numerator ÷ denominator "
                                        "gives, 75.")});
    const ValueImport::Result imported = importRow(QStringLiteral("W04"), QStringLiteral("78.25"),
                                                   QStringLiteral("3000"), QStringLiteral("4000"));
    QCOMPARE(imported.problems,
             QStringList{QStringLiteral("line 2: value: 78.25: the value that numerator ÷ "
                                        "denominator gives, 75")});
    ValueRecord r;
    r.indicatorCode = w04.code;
    r.year = 2025;
    r.value = 78.25;
    r.numerator = 3000;
    r.denominator = 4000;
    QCOMPARE(ValueRules::check(w04, r).size(), 1);
    // A numerator alone is refused in an import as in the form.
    QVERIFY(!importRow(QStringLiteral("W04"), QStringLiteral("75"), QStringLiteral("3000")).ok());
    QVERIFY(entry(w04, QStringLiteral("75"), QStringLiteral("3000")).hasErrors());
    // Agreeing parts pass.
    QVERIFY(
        importRow(QStringLiteral("W04"), QStringLiteral("75"), QStringLiteral("3000"), QStringLiteral("4000")).ok());
}

void TestValueRules::hugeNumbers()
{
    // W02 life expectancy 1e308 (as an .xlsx number cell reads) is refused.
    const QString huge = QStringLiteral("1") + QString(308, QLatin1Char('0'));
    const EntryCheck e = entry(byCode(QStringLiteral("W02")), huge);
    QCOMPARE(e.errors.size(), 1);
    QVERIFY2(e.errors.first().contains(QStringLiteral("a value from 0 to 130 岁")), qPrintable(e.errors.first()));
    QVERIFY2(e.errors.first().size() < 120, qPrintable(e.errors.first())); // no 309-digit number
    QVERIFY(!importRow(QStringLiteral("W02"), huge).ok());
    // A numerator of 1.8e19.
    const QString bigPart = QStringLiteral("18000000000000000000");
    const ValueImport::Result parts = importRow(QStringLiteral("W04"), QString(), bigPart,
                                                QStringLiteral("20000000000000000000"));
    QVERIFY(!parts.ok());
    QVERIFY2(parts.problems.first().contains(QStringLiteral("a number up to 10000000000")),
             qPrintable(parts.problems.join('\n')));
}

void TestValueRules::usualRangeNeedsANote()
{
    const Indicator &w02 = byCode(QStringLiteral("W02"));
    // 45 years of life expectancy: possible, unusual. The form warns; an import
    // refuses the row until its note explains it; with a note both accept it.
    const EntryCheck bare = entry(w02, QStringLiteral("45"));
    QVERIFY(!bare.hasErrors());
    QCOMPARE(bare.warnings,
             QStringList{QStringLiteral("Value: “45”: expected a value in the usual range 50 to 100 岁, "
                                        "or a note that explains it.")});
    QVERIFY(entry(w02, QStringLiteral("45"), QString(), QString(), QStringLiteral("统计口径调整")).warnings.isEmpty());
    QCOMPARE(importRow(QStringLiteral("W02"), QStringLiteral("45")).problems,
             QStringList{QStringLiteral("line 2: value: 45: a value in the usual range 50 to 100 岁, or a note that "
                                        "explains it")});
    QVERIFY(importRow(QStringLiteral("W02"), QStringLiteral("45"), {}, {}, {}, QStringLiteral("统计口径调整")).ok());
}

void TestValueRules::texts_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("problemContains"); // empty: accepted

    QTest::newRow("plain texts") << "区卫健委年报"
                                 << "第一段\n第二段\t附表"
                                 << ""
                                 << "";
    QTest::newRow("NUL in a note")
        << "" << QString("a") + QChar(0) + "b"
        << ""
        << "note: a␀b: text without control characters, line breaks and tabs apart (U+0000 at character 2)";
    QTest::newRow("control character in a source")
        << QString("x") + QChar(1) << ""
        << ""
        << "source: x␁: one line of text without control characters (U+0001 at character 2)";
    QTest::newRow("line break in a source") << "a\nb"
                                            << ""
                                            << ""
                                            << "(U+000A at character 2)";
    QTest::newRow("escape character in a note") << "" << QString("x") + QChar(0x1B) << ""
                                                << "(U+001B at character 2)";
    QTest::newRow("C1 control in a note") << "" << QString("x") + QChar(0x85) + "y"
                                          << ""
                                          << "(U+0085 at character 2)";
    QTest::newRow("line break in an area") << ""
                                           << ""
                                           << "鱼嘴\n镇"
                                           << "area: 鱼嘴␊镇: one line of text";
    QTest::newRow("note too long") << "" << QString(ValueRules::MaxNoteLength + 1, QChar(u'字')) << ""
                                   << "at most 5000 characters (this text has 5001)";
    QTest::newRow("longest note") << "" << QString(ValueRules::MaxNoteLength, QChar(u'字')) << ""
                                  << "";
    QTest::newRow("source too long") << QString(ValueRules::MaxSourceLength + 1, QChar(u'源')) << ""
                                     << ""
                                     << "at most 500 characters";
}

void TestValueRules::texts()
{
    QFETCH(QString, source);
    QFETCH(QString, note);
    QFETCH(QString, area);
    QFETCH(QString, problemContains);
    ValueImport::Options options = importOptions();
    options.addAreas = true;
    const QString csv = QStringLiteral("code,year,value,source,note,area\nW04,2025,93,%1,%2,%3\n")
                            .arg(csvField(source), csvField(note), csvField(area));
    const ValueImport::Result r = ValueImport(catalog(), {kDistrict}, options).readCsv(csv.toUtf8());
    const EntryCheck e = entry(byCode(QStringLiteral("W04")), QStringLiteral("93"), {}, {}, note, source);
    ValueRecord rec;
    rec.indicatorCode = QStringLiteral("W04");
    rec.year = 2025;
    rec.value = 93;
    rec.source = source;
    rec.note = note;
    rec.area = area;
    if (problemContains.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.problems.join('\n')));
        QVERIFY(!e.hasErrors());
        QVERIFY(ValueRules::check(byCode(QStringLiteral("W04")), rec).isEmpty());
        QCOMPARE(r.records.first().note, note);
        QCOMPARE(r.records.first().source, source);
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.problems.join('\n').contains(problemContains), qPrintable(r.problems.join('\n')));
    QVERIFY(!ValueRules::check(byCode(QStringLiteral("W04")), rec).isEmpty());
    if (area.isEmpty())
        QVERIFY2(e.errors.join('\n').contains(problemContains.section(QStringLiteral(": "), -1)),
                 qPrintable(e.errors.join('\n')));
}

void TestValueRules::ratioTyped()
{
    // 男女厕位比 (no unit) typed as 1:1.6 is 1.6 places for women per place for men.
    Indicator toilets;
    for (const Indicator &i : catalog()) {
        if (i.targetText == QStringLiteral("2:3"))
            toilets = i;
    }
    QVERIFY(!toilets.code.isEmpty());
    QCOMPARE(*entry(toilets, QStringLiteral("1:1.6")).value, 1.6);
    QCOMPARE(*entry(toilets, QStringLiteral("2：3")).value, 1.5);
    QVERIFY(entry(toilets, QStringLiteral("0:3")).hasErrors());
    QVERIFY(entry(toilets, QStringLiteral("1:x")).hasErrors());
    // On a % indicator a colon is no ratio.
    QVERIFY(entry(byCode(QStringLiteral("W04")), QStringLiteral("1:2")).hasErrors());
}

void TestValueRules::ownBoundsOverrideTheUnit()
{
    Indicator w04 = byCode(QStringLiteral("W04"));
    w04.params.hardLow = 50;
    w04.params.usualLow = 80;
    QVERIFY(entry(w04, QStringLiteral("40")).hasErrors());
    QVERIFY(!entry(w04, QStringLiteral("70")).hasErrors());
    QCOMPARE(entry(w04, QStringLiteral("70")).warnings.size(), 1);
    QVERIFY(entry(w04, QStringLiteral("100.5")).hasErrors()); // the unit's upper bound still holds
}

void TestValueRules::boundsAreStoredPerIndicator()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    User admin;
    admin.login = QStringLiteral("admin");
    admin.role = User::Role::Admin;
    QString error;
    QVERIFY2(UserRepository(db.connection()).create(admin, QStringLiteral("not-a-real-hash"), &error),
             qPrintable(error));
    CatalogRepository repo(db.connection());
    // Every indicator starts with its unit's defaults and keeps its own once set;
    // bounds that cannot hold are refused by the store, not only by the editor.
    for (const Indicator &ind : repo.indicators()) {
        QVERIFY(!ind.params.hardLow && !ind.params.hardHigh && !ind.params.usualLow && !ind.params.usualHigh);
        const double high = ValueBounds::ofUnit(ind.measureUnit).hardHigh;
        Indicator changed = ind;
        changed.params.hardLow = high / 100;
        changed.params.hardHigh = high / 2;
        changed.params.usualLow = high / 100;
        changed.params.usualHigh = high / 4;
        QVERIFY2(repo.updateIndicator(changed, admin, &error), qPrintable(ind.code + QLatin1Char(' ') + error));
        QCOMPARE(repo.indicator(ind.code)->params, changed.params);
        changed.params.hardHigh.reset();
        changed.params.usualHigh.reset();
        QVERIFY2(repo.updateIndicator(changed, admin, &error), qPrintable(error));
        QCOMPARE(repo.indicator(ind.code)->params, changed.params);
        QVERIFY(!repo.indicator(ind.code)->params.hardHigh);
        Indicator bad = changed;
        bad.params.hardHigh = high * 2;
        QVERIFY(!repo.updateIndicator(bad, admin, &error));
        QVERIFY2(error.contains(QStringLiteral("expected bounds within")), qPrintable(error));
        bad = changed;
        bad.params.usualHigh = high * 2; // above the hard upper bound
        QVERIFY(!repo.updateIndicator(bad, admin, &error));
        QCOMPARE(repo.indicator(ind.code)->params, changed.params);
    }
}

void TestValueRules::serviceGateRefusesWhatTheReadersWould()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    ReturnService service(db.connection());
    const User admin = User::localAdministrator();
    auto record = [](const QString &code, double v) {
        ValueRecord r;
        r.indicatorCode = code;
        r.year = 2025;
        r.value = v;
        r.state = ValueState::Approved;
        return r;
    };
    // An administrator's approved import is checked like any other.
    const int before = db.valueCount(); // the plan's baselines
    QString error;
    QVERIFY(!service.importValues(admin, {record(QStringLiteral("W02"), 1e308)}, false, &error));
    QVERIFY2(error.contains(QStringLiteral("W02 2025")), qPrintable(error));
    ValueRecord withNul = record(QStringLiteral("W04"), 93);
    withNul.note = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QVERIFY(!service.importValues(admin, {record(QStringLiteral("W04"), 93), withNul}, false, &error));
    ValueRecord parts = record(QStringLiteral("W04"), 78.25);
    parts.numerator = 3000;
    parts.denominator = 4000;
    QVERIFY(!service.importValues(admin, {parts}, false, &error));
    QCOMPARE(db.valueCount(), before); // all or nothing
    QVERIFY2(service.importValues(admin, {record(QStringLiteral("W04"), 93), record(QStringLiteral("W02"), 82)}, false,
                                  &error),
             qPrintable(error));
    QCOMPARE(db.valueCount(), before + 2);
}

void TestValueRules::commandLineUserIsALocalAdministrator()
{
    const User u = User::localAdministrator();
    QCOMPARE(u.role, User::Role::Admin);
    QVERIFY(u.login.startsWith(QStringLiteral("local:")));
    QVERIFY(u.login.size() > 6);
}

void TestValueRules::demoDataPassesTheRules()
{
    // The demo database is what a new user sees first: every value of it passes.
    const auto demo = DemoFixture::open();
    TempDatabase &db = *demo;
    QHash<QString, Indicator> byCodes;
    for (const Indicator &i : CatalogRepository(db.connection()).indicators())
        byCodes.insert(i.code, i);
    const QVector<ValueRecord> values = ValueRepository(db.connection()).values();
    QVERIFY(values.size() > 400);
    for (const ValueRecord &v : values) {
        const QVector<ValueRules::Problem> problems = ValueRules::check(byCodes.value(v.indicatorCode), v);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2: %3")
                                .arg(v.indicatorCode)
                                .arg(v.year)
                                .arg(ValueRules::describe(problems.value(0)))));
    }
}

void TestValueRules::problemsStopAtALimit()
{
    QByteArray csv("code,year,value\n");
    for (int i = 0; i < 5000; ++i)
        csv += "W04,2025,abc\n";
    const ValueImport::Result r = ValueImport(catalog(), {kDistrict}, importOptions()).readCsv(csv);
    QCOMPARE(r.problems.size(), ValueImport::MaxProblems + 1);
    QVERIFY2(r.problems.last().contains(QStringLiteral("4800 more problem")), qPrintable(r.problems.last()));
    QCOMPARE(r.rows.size(), 5000);
    QVERIFY(std::all_of(r.rows.cbegin(), r.rows.cend(), [](const ValueImport::RowCheck &c) { return !c.ok(); }));
    QVERIFY(r.records.isEmpty());
}

void TestValueRules::wideEmptyHeaderIsNotColumns()
{
    // A header with a million trailing separators, as a spreadsheet may save it.
    QByteArray csv("code,year,value");
    csv += QByteArray(1000000, ',');
    csv += "\nW04,2025,93\n";
    const ValueImport::Result r = ValueImport(catalog(), {kDistrict}, importOptions()).readCsv(csv);
    QVERIFY2(r.ok(), qPrintable(r.problems.mid(0, 3).join('\n')));
    QCOMPARE(r.records.size(), 1);
    // A million empty header columns between real ones are each a problem: listed up to the limit.
    QByteArray bad("code,x");
    for (int i = 0; i < 100000; ++i)
        bad += ",x";
    bad += ",year,value\nW04,2025,93\n";
    const ValueImport::Result b = ValueImport(catalog(), {kDistrict}, importOptions()).readCsv(bad);
    QVERIFY(b.problems.size() <= ValueImport::MaxProblems + 1);
}

QTEST_GUILESS_MAIN(TestValueRules)
#include "tst_valuerules.moc"
