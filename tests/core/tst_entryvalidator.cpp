// EntryValidator: what a liaison typed for one indicator and year. Hard errors
// block saving and submission and each names the field, the value as typed and
// what is expected; numbers are read as people write them (full-width digits,
// 92.6%, 1,234); a value may be computed from numerator and denominator. Warnings
// (large change against the year before, a binding indicator not met or moving
// away from its target, a value far outside the past range) only ask for a note.
#include "workflow/entryvalidator.h"

#include <QtTest>

#include <cmath>

namespace {

Indicator make(const QString &kind)
{
    Indicator ind;
    ind.attribute = Indicator::Attribute::Expected;
    ind.units = QStringList{QStringLiteral("区卫健委")};
    if (kind == QLatin1String("percent")) {
        ind.code = QStringLiteral("W04");
        ind.name = QStringLiteral("孕产妇系统管理率");
        ind.measureUnit = QStringLiteral("%");
        ind.targetText = QStringLiteral("≥94");
    } else if (kind == QLatin1String("permille")) {
        ind.code = QStringLiteral("C04");
        ind.name = QStringLiteral("5岁以下儿童死亡率");
        ind.measureUnit = QStringLiteral("‰");
        ind.targetText = QStringLiteral("<4.5");
        ind.attribute = Indicator::Attribute::Binding;
    } else if (kind == QLatin1String("per100k")) {
        ind.code = QStringLiteral("W03");
        ind.name = QStringLiteral("孕产妇死亡率");
        ind.measureUnit = QStringLiteral("1/10万");
        ind.targetText = QStringLiteral("＜8");
        ind.attribute = Indicator::Attribute::Binding;
    } else if (kind == QLatin1String("count")) {
        ind.code = QStringLiteral("W38");
        ind.name = QStringLiteral("市级文明家庭");
        ind.measureUnit = QStringLiteral("户");
        ind.targetText = QStringLiteral("提高");
    } else if (kind == QLatin1String("ratio")) {
        ind.code = QStringLiteral("W39");
        ind.name = QStringLiteral("出生人口性别比");
        ind.measureUnit = QString();
        ind.targetText = QStringLiteral("趋于平衡");
    }
    return ind;
}

const double kNone = std::nan("");

using History = QMap<int, double>; // year -> value

QString describe(const EntryCheck &c)
{
    return QStringLiteral("errors: [%1] warnings: [%2]")
        .arg(c.errors.join(QStringLiteral(" | ")), c.warnings.join(QStringLiteral(" | ")));
}

} // namespace

class TestEntryValidator : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void yearBoundsCanBeChosen();
    void addWarnings_data();
    void addWarnings();
    void noWarningsWhenTheEntryHasErrors();
};

void TestEntryValidator::read_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<double>("expectedValue");     // NaN: no value read
    QTest::addColumn<double>("expectedNumerator"); // NaN: none
    QTest::addColumn<double>("expectedDenominator");
    QTest::addColumn<bool>("computed");

    const QStringList ok;

    // Numbers as people write them.
    QTest::newRow("plain percentage") << "percent" << 2025 << "93.5"
                                      << ""
                                      << "" << ok << 93.5 << kNone << kNone << false;
    QTest::newRow("full-width digits") << "percent" << 2025 << "９２．６"
                                       << ""
                                       << "" << ok << 92.6 << kNone << kNone << false;
    QTest::newRow("trailing percent sign") << "percent" << 2025 << "92.6%"
                                           << ""
                                           << "" << ok << 92.6 << kNone << kNone << false;
    QTest::newRow("full-width percent sign") << "percent" << 2025 << "９２．６％"
                                             << ""
                                             << "" << ok << 92.6 << kNone << kNone << false;
    QTest::newRow("surrounding spaces") << "percent" << 2025 << "  93 "
                                        << ""
                                        << "" << ok << 93.0 << kNone << kNone << false;
    QTest::newRow("thousands separator") << "count" << 2025 << "1,234"
                                         << ""
                                         << "" << ok << 1234.0 << kNone << kNone << false;
    QTest::newRow("percentage of exactly 100") << "percent" << 2025 << "100"
                                               << ""
                                               << "" << ok << 100.0 << kNone << kNone << false;
    QTest::newRow("zero") << "per100k" << 2025 << "0"
                          << ""
                          << "" << ok << 0.0 << kNone << kNone << false;
    QTest::newRow("nothing typed") << "percent" << 2025 << ""
                                   << ""
                                   << "" << ok << kNone << kNone << kNone << false;
    QTest::newRow("first year of the plan") << "percent" << 2020 << "92.6"
                                            << ""
                                            << "" << ok << 92.6 << kNone << kNone << false;
    QTest::newRow("last year of the plan") << "percent" << 2030 << "94"
                                           << ""
                                           << "" << ok << 94.0 << kNone << kNone << false;

    // Value computed from its parts, or checked against them.
    QTest::newRow("percentage from parts") << "percent" << 2025 << ""
                                           << "931"
                                           << "1000" << ok << 93.1 << 931.0 << 1000.0 << true;
    QTest::newRow("per mille from parts") << "permille" << 2025 << ""
                                          << "3"
                                          << "1000" << ok << 3.0 << 3.0 << 1000.0 << true;
    QTest::newRow("per 100000 from parts") << "per100k" << 2025 << ""
                                           << "1"
                                           << "20000" << ok << 5.0 << 1.0 << 20000.0 << true;
    QTest::newRow("parts rounded to 4 decimals") << "percent" << 2025 << ""
                                                 << "1"
                                                 << "3" << ok << 33.3333 << 1.0 << 3.0 << true;
    QTest::newRow("full-width parts") << "percent" << 2025 << ""
                                      << "９３１"
                                      << "１，０００" << ok << 93.1 << 931.0 << 1000.0 << true;
    QTest::newRow("value agrees with parts") << "percent" << 2025 << "93.1"
                                             << "931"
                                             << "1000" << ok << 93.1 << 931.0 << 1000.0 << false;
    QTest::newRow("value agrees with parts within rounding") << "percent" << 2025 << "33.3"
                                                             << "1"
                                                             << "3" << ok << 33.3 << 1.0 << 3.0 << false;
    QTest::newRow("count: numerator above denominator is a plain quotient")
        << "count" << 2025 << ""
        << "30"
        << "10" << ok << 3.0 << 30.0 << 10.0 << true;

    // Hard errors, each naming the field and the value.
    QTest::newRow("value not a number") << "percent" << 2025 << "abc"
                                        << ""
                                        << ""
                                        << QStringList{QStringLiteral("Value: “abc”: expected a number, e.g. 92.6.")}
                                        << kNone << kNone << kNone << false;
    QTest::newRow("value with a comma as decimal point")
        << "percent" << 2025 << "92,6"
        << ""
        << "" << QStringList{QStringLiteral("Value: “92,6”: expected a number, e.g. 92.6.")} << kNone << kNone << kNone
        << false;
    QTest::newRow("numerator not a number")
        << "percent" << 2025 << ""
        << "x"
        << "1000" << QStringList{QStringLiteral("Numerator: “x”: expected a number, e.g. 92.6.")} << kNone << kNone
        << 1000.0 << false;
    QTest::newRow("percentage above 100")
        << "percent" << 2025 << "100.5"
        << ""
        << "" << QStringList{QStringLiteral("Value: “100.5”: expected a percentage from 0 to 100.")} << 100.5 << kNone
        << kNone << false;
    QTest::newRow("per mille above 1000")
        << "permille" << 2025 << "1200"
        << ""
        << "" << QStringList{QStringLiteral("Value: “1200”: expected a value per mille from 0 to 1000.")} << 1200.0
        << kNone << kNone << false;
    QTest::newRow("count above 100 is fine") << "count" << 2025 << "150"
                                             << ""
                                             << "" << ok << 150.0 << kNone << kNone << false;
    QTest::newRow("negative value") << "percent" << 2025 << "-1"
                                    << ""
                                    << ""
                                    << QStringList{QStringLiteral(
                                           "Value: “-1”: expected a number that is not negative.")}
                                    << kNone << kNone << kNone << false;
    QTest::newRow("negative full-width value")
        << "count" << 2025 << "－５"
        << ""
        << "" << QStringList{QStringLiteral("Value: “－５”: expected a number that is not negative.")} << kNone << kNone
        << kNone << false;
    QTest::newRow("negative denominator")
        << "percent" << 2025 << ""
        << "5"
        << "-10" << QStringList{QStringLiteral("Denominator: “-10”: expected a number that is not negative.")} << kNone
        << 5.0 << kNone << false;
    QTest::newRow("numerator above denominator")
        << "percent" << 2025 << ""
        << "1001"
        << "1000" << QStringList{QStringLiteral("Numerator: “1001”: expected at most the denominator 1000.")} << kNone
        << 1001.0 << 1000.0 << false;
    QTest::newRow("zero denominator") << "percent" << 2025 << ""
                                      << "0"
                                      << "0"
                                      << QStringList{QStringLiteral("Denominator: “0”: expected a number above 0.")}
                                      << kNone << 0.0 << 0.0 << false;
    QTest::newRow("numerator without denominator")
        << "percent" << 2025 << ""
        << "931"
        << ""
        << QStringList{QStringLiteral("Denominator: (empty): expected numerator and denominator together: "
                                      "both or neither.")}
        << kNone << 931.0 << kNone << false;
    QTest::newRow("denominator without numerator")
        << "percent" << 2025 << "93.1"
        << ""
        << "1000"
        << QStringList{QStringLiteral("Numerator: (empty): expected numerator and denominator together: both "
                                      "or neither.")}
        << 93.1 << kNone << 1000.0 << false;
    QTest::newRow("value disagrees with parts")
        << "percent" << 2025 << "95"
        << "931"
        << "1000"
        << QStringList{QStringLiteral("Value: “95”: expected the value that numerator ÷ denominator gives, 93.1.")}
        << 95.0 << 931.0 << 1000.0 << false;
    QTest::newRow("per 100000 disagrees with parts")
        << "per100k" << 2025 << "12"
        << "1"
        << "20000"
        << QStringList{QStringLiteral("Value: “12”: expected the value that numerator ÷ denominator gives, 5.")} << 12.0
        << 1.0 << 20000.0 << false;
    QTest::newRow("year before the plan")
        << "percent" << 2019 << "92"
        << ""
        << "" << QStringList{QStringLiteral("Year: “2019”: expected a year from 2020 to 2030.")} << 92.0 << kNone
        << kNone << false;
    QTest::newRow("year after the plan") << "percent" << 2031 << "92"
                                         << ""
                                         << ""
                                         << QStringList{QStringLiteral(
                                                "Year: “2031”: expected a year from 2020 to 2030.")}
                                         << 92.0 << kNone << kNone << false;
    QTest::newRow("several errors at once")
        << "percent" << 2031 << "abc"
        << "5"
        << ""
        << QStringList{QStringLiteral("Year: “2031”: expected a year from 2020 to 2030."),
                       QStringLiteral("Value: “abc”: expected a number, e.g. 92.6."),
                       QStringLiteral("Denominator: (empty): expected numerator and denominator together: "
                                      "both or neither.")}
        << kNone << 5.0 << kNone << false;
}

void TestEntryValidator::read()
{
    QFETCH(QString, kind);
    QFETCH(int, year);
    QFETCH(QString, value);
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(QStringList, errors);
    QFETCH(double, expectedValue);
    QFETCH(double, expectedNumerator);
    QFETCH(double, expectedDenominator);
    QFETCH(bool, computed);

    EntryValidator::Input input;
    input.value = value;
    input.numerator = numerator;
    input.denominator = denominator;
    const EntryCheck c = EntryValidator::read(make(kind), year, input);

    QCOMPARE(c.errors, errors);
    QCOMPARE(c.hasErrors(), !errors.isEmpty());
    QVERIFY(c.warnings.isEmpty());
    auto same = [](const std::optional<double> &got, double expected) {
        if (std::isnan(expected))
            return !got.has_value();
        return got.has_value() && std::abs(*got - expected) < 1e-9;
    };
    QVERIFY2(same(c.value, expectedValue),
             qPrintable(QStringLiteral("value %1, expected %2")
                            .arg(c.value ? QString::number(*c.value) : "none")
                            .arg(expectedValue)));
    QVERIFY(same(c.numerator, expectedNumerator));
    QVERIFY(same(c.denominator, expectedDenominator));
    QCOMPARE(c.computedFromParts, computed);
    QCOMPARE(c.isEmpty(), value.isEmpty() && numerator.isEmpty() && denominator.isEmpty());
}

void TestEntryValidator::yearBoundsCanBeChosen()
{
    EntryValidator::Input input;
    input.value = QStringLiteral("93");
    QVERIFY(!EntryValidator::read(make("percent"), 2031, input, 2020, 2031).hasErrors());
    const EntryCheck c = EntryValidator::read(make("percent"), 2020, input, 2021, 2030);
    QCOMPARE(c.errors, QStringList{QStringLiteral("Year: “2020”: expected a year from 2021 to 2030.")});
}

void TestEntryValidator::addWarnings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("value");
    QTest::addColumn<History>("history");
    QTest::addColumn<int>("status");  // Assessment::Status of the live assessment
    QTest::addColumn<int>("outlook"); // Assessment::Outlook
    QTest::addColumn<int>("latestYear");
    QTest::addColumn<QStringList>("warnings");

    const int met = int(Assessment::Status::Met);
    const int notMet = int(Assessment::Status::NotMet);
    const int onTrack = int(Assessment::Outlook::OnTrack);
    const int diverging = int(Assessment::Outlook::Diverging);
    const QStringList none;

    // Change against the year before.
    QTest::newRow("rise of 22% against the year before")
        << "percent" << 2025 << "61" << History{{2024, 50}} << met << onTrack << 2025
        << QStringList{QStringLiteral("61 changes by 22% against 2024 (50): please explain in the note.")};
    QTest::newRow("fall of 22% against the year before")
        << "percent" << 2025 << "39" << History{{2024, 50}} << met << onTrack << 2025
        << QStringList{QStringLiteral("39 changes by 22% against 2024 (50): please explain in the note.")};
    QTest::newRow("change of exactly 20%: no warning")
        << "percent" << 2025 << "60" << History{{2024, 50}} << met << onTrack << 2025 << none;
    QTest::newRow("small change: no warning")
        << "percent" << 2025 << "51" << History{{2024, 50}} << met << onTrack << 2025 << none;
    QTest::newRow("year before is zero: no change warning")
        << "per100k" << 2025 << "5" << History{{2024, 0}} << met << onTrack << 2025 << none;
    QTest::newRow("no year before (gap): no change warning")
        << "percent" << 2025 << "80" << History{{2023, 50}} << met << onTrack << 2025 << none;

    // Binding indicator not met or moving away from its target.
    QTest::newRow("binding indicator not met")
        << "per100k" << 2025 << "12" << History{{2024, 11}} << notMet << onTrack << 2025
        << QStringList{QStringLiteral("In 2025 this binding indicator does not meet its target ＜8: please explain "
                                      "in the note.")};
    QTest::newRow("binding indicator diverging")
        << "permille" << 2025 << "4.2" << History{{2024, 4.0}} << met << diverging << 2025
        << QStringList{QStringLiteral("In 2025 this binding indicator is Met, but its trend moves away from its "
                                      "target <4.5: please explain in the note.")};
    QTest::newRow("binding indicator met and on track: no warning")
        << "permille" << 2025 << "3.0" << History{{2024, 3.1}} << met << onTrack << 2025 << none;
    QTest::newRow("expected indicator not met: no warning")
        << "percent" << 2025 << "90" << History{{2024, 89}} << notMet << diverging << 2025 << none;
    QTest::newRow("binding not met, assessment of another year: no warning")
        << "per100k" << 2025 << "12" << History{{2024, 11}} << notMet << onTrack << 2024 << none;

    // Far outside the past range (three or more past values).
    QTest::newRow("far above the past range")
        << "percent" << 2023 << "60" << History{{2020, 50}, {2021, 51}, {2022, 52}} << met << onTrack << 2023
        << QStringList{QStringLiteral("60 is far outside the past values 50–52: please check it or explain in the "
                                      "note.")};
    QTest::newRow("far below the past range")
        << "percent" << 2023 << "44" << History{{2020, 50}, {2021, 51}, {2022, 52}} << met << onTrack << 2023
        << QStringList{QStringLiteral("44 is far outside the past values 50–52: please check it or explain in the "
                                      "note.")};
    QTest::newRow("inside the margin of the past range")
        << "percent" << 2023 << "57" << History{{2020, 50}, {2021, 51}, {2022, 52}} << met << onTrack << 2023 << none;
    QTest::newRow("two past values: no range warning")
        << "percent" << 2023 << "60" << History{{2021, 51}, {2022, 52}} << met << onTrack << 2023 << none;

    // Several at once, in the order change, binding, range.
    QTest::newRow("all three warnings")
        << "per100k" << 2024 << "30" << History{{2020, 5}, {2021, 5.5}, {2022, 6}, {2023, 6}} << notMet << diverging
        << 2024
        << QStringList{QStringLiteral("30 changes by 400% against 2023 (6): please explain in the note."),
                       QStringLiteral("In 2024 this binding indicator does not meet its target ＜8: please "
                                      "explain in the note."),
                       QStringLiteral("30 is far outside the past values 5–6: please check it or explain in the "
                                      "note.")};
}

void TestEntryValidator::addWarnings()
{
    QFETCH(QString, kind);
    QFETCH(int, year);
    QFETCH(QString, value);
    QFETCH(History, history);
    QFETCH(int, status);
    QFETCH(int, outlook);
    QFETCH(int, latestYear);
    QFETCH(QStringList, warnings);

    const Indicator ind = make(kind);
    EntryValidator::Input input;
    input.value = value;
    EntryCheck c = EntryValidator::read(ind, year, input);
    QVERIFY2(!c.hasErrors(), qPrintable(describe(c)));
    Assessment live;
    live.status = Assessment::Status(status);
    live.outlook = Assessment::Outlook(outlook);
    live.latestYear = latestYear;
    live.latestValue = c.value;
    EntryValidator::addWarnings(&c, ind, year, history, live);
    QCOMPARE(c.warnings, warnings);
    QVERIFY(c.errors.isEmpty());
}

void TestEntryValidator::noWarningsWhenTheEntryHasErrors()
{
    const Indicator ind = make("per100k");
    EntryValidator::Input input;
    input.value = QStringLiteral("12");
    input.numerator = QStringLiteral("1");
    input.denominator = QStringLiteral("20000");
    EntryCheck c = EntryValidator::read(ind, 2025, input);
    QCOMPARE(c.errors.size(), 1);
    Assessment live;
    live.status = Assessment::Status::NotMet;
    live.latestYear = 2025;
    EntryValidator::addWarnings(&c, ind, 2025, History{{2024, 1}}, live);
    QVERIFY(c.warnings.isEmpty());

    EntryCheck empty = EntryValidator::read(ind, 2025, EntryValidator::Input());
    EntryValidator::addWarnings(&empty, ind, 2025, History{{2024, 1}}, live);
    QVERIFY(empty.warnings.isEmpty());
    QVERIFY(empty.isEmpty());
}

QTEST_GUILESS_MAIN(TestEntryValidator)
#include "tst_entryvalidator.moc"
