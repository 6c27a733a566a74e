// DemoData: deterministic, every indicator for 2020–2025 with the plan's own 2020
// figures kept, plausible numbers (never negative, percentages at most 100), a
// demo database marked as such, and its exports saying 示例数据.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "exchange/csvreader.h"
#include "exchange/valueexport.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/settingsrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"

#include <QtTest>

#include <cmath>

namespace {

const QString kBaselineSource = QStringLiteral("规划文本·发展基础");

QHash<QString, double> builtinBaselines()
{
    QHash<QString, double> out;
    for (const BaselineValue &b : CatalogLoader::builtin().baselines)
        out.insert(b.code, b.value);
    return out;
}

QString describe(const ValueRecord &r)
{
    auto opt = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 15) : QStringLiteral("-"); };
    return QStringList{r.indicatorCode,
                       r.area,
                       QString::number(r.year),
                       QString::number(r.value, 'g', 15),
                       opt(r.numerator),
                       opt(r.denominator),
                       opt(r.referenceValue),
                       r.source,
                       r.note,
                       ValueStates::key(r.state)}
        .join(QLatin1Char('|'));
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void coversEveryIndicator_data();
    void coversEveryIndicator();
    void plausibleValues();
    void continuesFromBaselines();
    void emptyCatalog();
    void populate();
    void exportsSayDemo();
};

void TestDemoData::deterministic()
{
    const QVector<Indicator> indicators = CatalogLoader::builtin().indicators;
    const QVector<ValueRecord> a = DemoData::generate(indicators, builtinBaselines());
    const QVector<ValueRecord> b = DemoData::generate(indicators, builtinBaselines());
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(describe(a.at(i)), describe(b.at(i)));

    // Each indicator's series depends on its own code only, not on its neighbours.
    const QVector<ValueRecord> alone = DemoData::generate({*CatalogLoader::builtin().indicator(QStringLiteral("C20"))},
                                                          builtinBaselines());
    QStringList fromAll, fromAlone;
    for (const ValueRecord &r : a) {
        if (r.indicatorCode == QLatin1String("C20"))
            fromAll.append(describe(r));
    }
    for (const ValueRecord &r : alone)
        fromAlone.append(describe(r));
    QCOMPARE(fromAlone, fromAll);
}

void TestDemoData::coversEveryIndicator_data()
{
    QTest::addColumn<bool>("withBaselines");
    QTest::newRow("with the plan's baselines") << true;
    QTest::newRow("without baselines") << false;
}

void TestDemoData::coversEveryIndicator()
{
    QFETCH(bool, withBaselines);
    const QHash<QString, double> baselines = withBaselines ? builtinBaselines() : QHash<QString, double>();
    const QVector<ValueRecord> records = DemoData::generate(CatalogLoader::builtin().indicators, baselines);

    QHash<QString, QList<int>> years;
    for (const ValueRecord &r : records) {
        QVERIFY(r.area.isEmpty());
        years[r.indicatorCode].append(r.year);
    }
    QCOMPARE(years.size(), 89);
    for (const Indicator &ind : CatalogLoader::builtin().indicators) {
        // The 2020 value of an indicator with a stated baseline is the catalog's.
        const int first = baselines.contains(ind.code) ? 2021 : 2020;
        QList<int> expected;
        for (int y = first; y <= 2025; ++y)
            expected.append(y);
        QCOMPARE(years.value(ind.code), expected);
    }
    QCOMPARE(records.size(), 89 * 6 - baselines.size());
    QCOMPARE(DemoData::FirstYear, 2020);
    QCOMPARE(DemoData::LastYear, 2025);
}

void TestDemoData::plausibleValues()
{
    const Catalog &catalog = CatalogLoader::builtin();
    const QVector<ValueRecord> records = DemoData::generate(catalog.indicators, builtinBaselines());
    for (const ValueRecord &r : records) {
        const Indicator *ind = catalog.indicator(r.indicatorCode);
        QVERIFY(ind);
        const QString where = QStringLiteral("%1 %2: %3").arg(r.indicatorCode).arg(r.year).arg(r.value);
        QVERIFY2(std::isfinite(r.value), qPrintable(where));
        QVERIFY2(r.value >= 0, qPrintable(where));
        if (ind->measureUnit == QLatin1String("%"))
            QVERIFY2(r.value <= 100, qPrintable(where));
        if (ind->measureUnit == QLatin1String("‰"))
            QVERIFY2(r.value <= 1000, qPrintable(where));
        QCOMPARE(r.source, DemoData::sourceText());
        if (r.year < DemoData::LastYear)
            QCOMPARE(r.state, ValueState::Approved);
        else
            QVERIFY2(r.state == ValueState::Approved || r.state == ValueState::Submitted, qPrintable(where));
        QCOMPARE(bool(r.numerator), bool(r.denominator));
        if (r.numerator) {
            QVERIFY2(*r.denominator > 0, qPrintable(where));
            QVERIFY2(*r.numerator >= 0 && *r.numerator <= *r.denominator, qPrintable(where));
            QVERIFY2(std::abs(*r.numerator / *r.denominator * ind->rateScale() - r.value) <= 0.05, qPrintable(where));
        }
        if (r.referenceValue) {
            QVERIFY2(*r.referenceValue >= 0, qPrintable(where));
            if (ind->measureUnit == QLatin1String("%"))
                QVERIFY2(*r.referenceValue <= 100, qPrintable(where));
        }
    }
    // The source says plainly that the numbers are made up.
    QVERIFY(DemoData::sourceText().contains(QStringLiteral("示例数据")));
}

void TestDemoData::continuesFromBaselines()
{
    // The series of an indicator with a stated 2020 figure starts from it rather
    // than from a generic level.
    const QHash<QString, double> baselines = builtinBaselines();
    const QVector<ValueRecord> records = DemoData::generate(CatalogLoader::builtin().indicators, baselines);
    for (auto it = baselines.cbegin(); it != baselines.cend(); ++it) {
        bool found = false;
        for (const ValueRecord &r : records) {
            if (r.indicatorCode != it.key() || r.year != 2021)
                continue;
            found = true;
            const double allowed = std::max(10.0, 0.25 * it.value());
            QVERIFY2(std::abs(r.value - it.value()) <= allowed,
                     qPrintable(QStringLiteral("%1: 2020 %2, 2021 %3").arg(it.key()).arg(it.value()).arg(r.value)));
        }
        QVERIFY2(found, qPrintable(it.key()));
    }
}

void TestDemoData::emptyCatalog()
{
    QVERIFY(DemoData::generate({}, {}).isEmpty());
}

void TestDemoData::populate()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(!SettingsRepository(t.connection()).isDemo());
    QString error;
    QVERIFY2(DemoData::populate(t.connection(), &error), qPrintable(error));
    QVERIFY(SettingsRepository(t.connection()).isDemo());
    QCOMPARE(SettingsRepository(t.connection()).value(QStringLiteral("demo")), QStringLiteral("1"));

    ValueRepository values(t.connection());
    QCOMPARE(values.count(), 89 * 6);
    const QHash<QString, double> baselines = builtinBaselines();
    for (const Indicator &ind : CatalogRepository(t.connection()).indicators()) {
        const QVector<ValueRecord> series = values.valuesOf(ind.code);
        QList<int> years;
        for (const ValueRecord &r : series)
            years.append(r.year);
        QCOMPARE(years, (QList<int>{2020, 2021, 2022, 2023, 2024, 2025}));
        if (baselines.contains(ind.code)) {
            const ValueRecord &first = series.first();
            QCOMPARE(first.value, baselines.value(ind.code));
            QCOMPARE(first.source, kBaselineSource);
            QCOMPARE(first.version, 1);
            QCOMPARE(first.state, ValueState::Approved);
        } else {
            QCOMPARE(series.first().source, DemoData::sourceText());
        }
    }
    // The stored numbers are the generated ones.
    const QVector<ValueRecord> generated = DemoData::generate(CatalogRepository(t.connection()).indicators(),
                                                              baselines);
    for (const ValueRecord &g : generated) {
        const std::optional<ValueRecord> s = values.value(g.indicatorCode, QString(), g.year);
        QVERIFY(s);
        QCOMPARE(s->value, g.value);
        QCOMPARE(s->state, g.state);
    }

    // Judged targets carry example verdicts for 2021–2025.
    const QHash<QString, QMap<int, Judgement>> judgements = JudgementRepository(t.connection()).all();
    for (const QString &code : {QStringLiteral("W20"), QStringLiteral("W24")}) {
        QCOMPARE(judgements.value(code).keys(), (QList<int>{2021, 2022, 2023, 2024, 2025}));
        QVERIFY(!judgements.value(code).first().reason.isEmpty());
    }
}

void TestDemoData::exportsSayDemo()
{
    TempDatabase demo;
    QVERIFY2(demo.open(), qPrintable(demo.errorString()));
    QString error;
    QVERIFY2(DemoData::populate(demo.connection(), &error), qPrintable(error));
    const bool isDemo = SettingsRepository(demo.connection()).isDemo();
    QVERIFY(isDemo);
    const QByteArray bytes = ValueExport::toCsv(ValueRepository(demo.connection()).values(), demo.defaultAreaName(),
                                                isDemo);

    bool valid = false;
    QVector<CsvReader::Record> records;
    QVERIFY(CsvReader::parse(CsvReader::decodeUtf8(bytes, &valid), &records, &error));
    QVERIFY(valid);
    // The file is marked in a title line above the header; the notes are the
    // stored ones, unchanged, so export -> import keeps them.
    QCOMPARE(records.size(), 2 + 89 * 6);
    QCOMPARE(records.at(0).fields, QStringList{ValueExport::demoMark()});
    QCOMPARE(records.at(1).fields, ValueExport::columns());
    const int noteColumn = ValueExport::columns().indexOf(QStringLiteral("note"));
    QCOMPARE(noteColumn, 6);
    const QVector<ValueRecord> stored = ValueRepository(demo.connection()).values();
    QCOMPARE(stored.size(), 89 * 6);
    int withOwnNote = 0;
    for (int i = 2; i < records.size(); ++i) {
        const QString note = records.at(i).fields.value(noteColumn);
        QCOMPARE(note, stored.at(i - 2).note);
        QVERIFY2(!note.contains(QStringLiteral("示例数据；")),
                 qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(note)));
        if (note.contains(QStringLiteral("统计口径")))
            ++withOwnNote;
    }
    QVERIFY(withOwnNote > 0);

    // The same records from a real database carry no such mark.
    const QByteArray real = ValueExport::toCsv(ValueRepository(demo.connection()).values(), demo.defaultAreaName(),
                                               false);
    QVERIFY(CsvReader::parse(CsvReader::decodeUtf8(real, &valid), &records, &error));
    QCOMPARE(records.size(), 1 + 89 * 6);
    for (int i = 1; i < records.size(); ++i)
        QVERIFY(!records.at(i).fields.value(noteColumn).contains(QStringLiteral("示例数据")));
    // A fresh, real database says it is not a demo and exports its baselines plainly.
    TempDatabase plain;
    QVERIFY2(plain.open(), qPrintable(plain.errorString()));
    const bool plainIsDemo = SettingsRepository(plain.connection()).isDemo();
    QVERIFY(!plainIsDemo);
    QVERIFY(!ValueExport::toCsv(ValueRepository(plain.connection()).values(), plain.defaultAreaName(), plainIsDemo)
                 .contains("示例数据"));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
