// ReturnService: a liaison's annual return. Drafts of the unit's own indicators
// only (not those it merely co-operates on), never a change to a submitted or
// approved value whatever the path, clearing drafts, submission all or nothing,
// a warning that needs a note, numbers read as people write them, and a returned
// value edited and submitted again. Every write is checked against its audit rows.
//
// The database is a copy of the demo database: example values 2020–2025 and the
// example accounts; the tests report for 2026, which has no value yet.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "tempdatabase.h"
#include "testdata.h"

#include "exchange/numberparser.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "storage/valueworkflowrepository.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include "target/targetformat.h"

#include <QtTest>

#include <QFile>

#include <memory>

namespace {

constexpr int kYear = 2026;
const QString kSource = QStringLiteral("区卫健委妇幼年报");
const QString kNoteNeeded = QStringLiteral("The note (情况说明) must explain it before submission.");
const QString kW03NotMet = QStringLiteral(
    "In 2026 this binding indicator does not meet its target ＜8: please explain in the note.");

QString fmt(const std::optional<double> &v)
{
    return v ? NumberParser::format(*v, 4) : QStringLiteral("-");
}

using TestData::entry;

} // namespace

class TestReturnService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void indicatorsFor_data();
    void indicatorsFor();
    void saveDraftCreatesADraftAndAuditsIt();
    void cannotChangeAnotherUnitsIndicator_data();
    void cannotChangeAnotherUnitsIndicator();
    void cannotChangeASubmittedOrApprovedValue_data();
    void cannotChangeASubmittedOrApprovedValue();
    void clearDraftRemovesOnlyDrafts();
    void badEntriesAreNotSaved_data();
    void badEntriesAreNotSaved();
    void numbersAsPeopleWriteThem_data();
    void numbersAsPeopleWriteThem();
    void submitIsAllOrNothing_data();
    void submitIsAllOrNothing();
    void warningNeedsANoteBeforeSubmission();
    void bindingHintSaysWhatItIsAbout();
    void returnedValueIsEditedAndSubmittedAgain_data();
    void returnedValueIsEditedAndSubmittedAgain();
    void laterSaveOverAnotherChangeIsRefused();
    void saveMadeAgainAfterItsCommitIsStoredOnce();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    User user(const QString &login) const;
    Indicator indicator(const QString &code) const;
    std::optional<ValueRecord> value(const QString &code, int year = kYear) const;
    // The previous year's value as typed: no change, no warning for an expected indicator.
    QString calm(const QString &code) const;
    QStringList audit(const QString &code, int year = kYear) const;
    int auditCount() const { return m_db->auditCount(); }
    bool save(const QString &login, const QString &code, const EntryValidator::Input &in, QString *error);
    bool saveCalm(const QString &code);
    bool submit(const QStringList &codes, QString *error);

    std::unique_ptr<TempDatabase> m_db;
};

void TestReturnService::initTestCase()
{
    QVERIFY(QFileInfo::exists(DemoFixture::templatePath()));
}

void TestReturnService::init()
{
    m_db = DemoFixture::open();
    QVERIFY(!value(QStringLiteral("W04")));
}

void TestReturnService::cleanup()
{
    m_db.reset();
}

User TestReturnService::user(const QString &login) const
{
    return TestData::user(db(), login);
}

Indicator TestReturnService::indicator(const QString &code) const
{
    return TestData::indicator(db(), code);
}

std::optional<ValueRecord> TestReturnService::value(const QString &code, int year) const
{
    return TestData::value(db(), code, year);
}

QString TestReturnService::calm(const QString &code) const
{
    return TestData::calm(db(), code, kYear);
}

QStringList TestReturnService::audit(const QString &code, int year) const
{
    return TestData::audit(db(), code, year);
}

bool TestReturnService::save(const QString &login, const QString &code, const EntryValidator::Input &in, QString *error)
{
    return ReturnService(db()).saveDraft(user(login), indicator(code), kYear, in, kSource, error);
}

bool TestReturnService::saveCalm(const QString &code)
{
    QString error;
    if (!save(QStringLiteral("weijian"), code, entry(calm(code)), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestReturnService::submit(const QStringList &codes, QString *error)
{
    return ReturnService(db()).submit(user(QStringLiteral("weijian")), codes, kYear, error);
}

void TestReturnService::indicatorsFor_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("sees");
    QTest::addColumn<QStringList>("doesNotSee");
    QTest::addColumn<int>("count"); // -1: not checked

    QTest::newRow("weijian (区卫健委): leads W03, W04, C04; co-operates on C18")
        << "weijian" << QStringList{"W03", "W04", "C04", "C14", "C18"} << QStringList{"W09", "C10a", "C16", "W20"}
        << -1;
    QTest::newRow("gongan (区公安分局): co-operates on C04, leads C16, C17")
        << "gongan" << QStringList{"C04", "C16", "C17", "C18"} << QStringList{"W03", "W04", "C10a"} << -1;
    QTest::newRow("jiaowei (区教委): leads C10a, co-operates on C14, C16")
        << "jiaowei" << QStringList{"C10a", "C14", "C16"} << QStringList{"W04", "C04"} << -1;
    QTest::newRow("reviewer sees all 89") << "fuergw" << QStringList{"W01", "C34"} << QStringList() << 89;
    QTest::newRow("administrator sees all 89") << "admin" << QStringList{"W01", "C34"} << QStringList() << 89;
}

void TestReturnService::indicatorsFor()
{
    QFETCH(QString, login);
    QFETCH(QStringList, sees);
    QFETCH(QStringList, doesNotSee);
    QFETCH(int, count);
    QStringList codes;
    for (const Indicator &i : ReturnService(db()).indicatorsFor(user(login)))
        codes << i.code;
    for (const QString &c : sees)
        QVERIFY2(codes.contains(c), qPrintable(c));
    for (const QString &c : doesNotSee)
        QVERIFY2(!codes.contains(c), qPrintable(c));
    if (count >= 0)
        QCOMPARE(codes.size(), count);
}

void TestReturnService::saveDraftCreatesADraftAndAuditsIt()
{
    QString error;
    QVERIFY2(save("weijian", "W04", entry("93.5", QStringLiteral("  含流动人口  ")), &error), qPrintable(error));
    std::optional<ValueRecord> v = value("W04");
    QVERIFY(v);
    QCOMPARE(v->state, ValueState::Draft);
    QCOMPARE(v->value, 93.5);
    QVERIFY(!v->numerator);
    QCOMPARE(v->source, kSource);
    QCOMPARE(v->note, QStringLiteral("含流动人口"));
    QCOMPARE(v->updatedBy, QStringLiteral("weijian"));
    QCOMPARE(v->version, 1);
    QVERIFY(!v->approvedValue);
    QCOMPARE(audit("W04"), QStringList{"save by weijian: - -> 93.5, - -> draft"});

    // Saving again updates the same draft: old and new value in the audit row.
    QVERIFY2(save("weijian", "W04", entry("", QString(), "938", "1000"), &error), qPrintable(error));
    v = value("W04");
    QCOMPARE(v->state, ValueState::Draft);
    QCOMPARE(v->value, 93.8);
    QCOMPARE(v->numerator, std::optional<double>(938));
    QCOMPARE(v->denominator, std::optional<double>(1000));
    QCOMPARE(v->version, 2);
    QCOMPARE(audit("W04"),
             QStringList({"save by weijian: - -> 93.5, - -> draft", "save by weijian: 93.5 -> 93.8, draft -> draft"}));
    // A draft does not count for the assessment of record.
    QVERIFY(!ValueRepository(db()).seriesByIndicator().value("W04").contains(kYear));
    QCOMPARE(ValueRepository(db()).seriesByIndicator(QString(), true).value("W04").value(kYear), 93.8);
}

void TestReturnService::cannotChangeAnotherUnitsIndicator_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");

    QTest::newRow("jiaowei (区教委) on W04 of 区卫健委") << "jiaowei"
                                                         << "W04"
                                                         << "W04 is reported by 区卫健委; 区教委 cannot change it.";
    QTest::newRow("gongan on C04, where 区公安分局 only co-operates")
        << "gongan"
        << "C04"
        << "C04 is reported by 区卫健委; 区公安分局 cannot change it.";
    QTest::newRow("jiaowei on C14, where 区教委 only co-operates")
        << "jiaowei"
        << "C14"
        << "C14 is reported by 区卫健委; 区教委 cannot change it.";
    QTest::newRow("weijian on C10a of 区教委") << "weijian"
                                               << "C10a"
                                               << "C10a is reported by 区教委; 区卫健委 cannot change it.";
    QTest::newRow("reviewer fuergw") << "fuergw"
                                     << "W04"
                                     << "W04 is reported by 区卫健委; fuergw cannot change it.";
    QTest::newRow("administrator") << "admin"
                                   << "C04"
                                   << "C04 is reported by 区卫健委; admin cannot change it.";
}

void TestReturnService::cannotChangeAnotherUnitsIndicator()
{
    QFETCH(QString, login);
    QFETCH(QString, code);
    QFETCH(QString, error);
    ReturnService service(db());

    // Nothing there yet: saving is refused and creates nothing.
    int audits = auditCount();
    QString got;
    QVERIFY(!save(login, code, entry("1.5"), &got));
    QCOMPARE(got, error);
    QVERIFY(!value(code));
    QCOMPARE(auditCount(), audits);

    // The lead unit's draft is there: it can neither be changed, cleared nor submitted.
    const QString lead = indicator(code).leadUnit() == QStringLiteral("区卫健委") ? "weijian" : "jiaowei";
    QVERIFY2(save(lead, code, entry("1.5"), &got), qPrintable(got));
    const ValueRecord before = *value(code);
    audits = auditCount();
    QVERIFY(!save(login, code, entry("2.5"), &got));
    QCOMPARE(got, error);
    QVERIFY(!service.clearDraft(user(login), indicator(code), kYear, &got));
    QCOMPARE(got, error);
    QVERIFY(!service.submit(user(login), {code}, kYear, &got));
    QCOMPARE(got, QStringLiteral("Nothing was submitted:\n") + QString(error).replace("change", "submit"));
    const ValueRecord after = *value(code);
    QCOMPARE(after.value, before.value);
    QCOMPARE(after.state, ValueState::Draft);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.updatedBy, lead);
    QCOMPARE(auditCount(), audits);
}

void TestReturnService::cannotChangeASubmittedOrApprovedValue_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("stateLabel");
    QTest::newRow("submitted 2026 value") << kYear << false << "Submitted";
    QTest::newRow("approved 2026 value") << kYear << true << "Approved";
    QTest::newRow("approved demo value of 2024") << 2024 << false << "Approved";
}

void TestReturnService::cannotChangeASubmittedOrApprovedValue()
{
    QFETCH(int, year);
    QFETCH(bool, approve);
    QFETCH(QString, stateLabel);
    const QString code = QStringLiteral("W04");
    QString error;
    if (year == kYear) {
        QVERIFY(saveCalm(code));
        QVERIFY2(submit({code}, &error), qPrintable(error));
        if (approve)
            QVERIFY2(ReviewService(db()).approve(user("fuergw"), {{code, QString(), kYear}}, &error),
                     qPrintable(error));
    }
    const ValueRecord before = *value(code, year);
    QCOMPARE(ValueStates::label(before.state), stateLabel);
    const int audits = auditCount();
    const QString locked =
        QStringLiteral("W04 %1 is %2 and can no longer be changed by its unit.").arg(year).arg(stateLabel);
    const QString notADraft = QStringLiteral("W04 %1 is %2; only a draft can be removed.").arg(year).arg(stateLabel);

    ReturnService service(db());
    const User weijian = user("weijian");
    const Indicator w04 = indicator(code);
    QVERIFY(!service.saveDraft(weijian, w04, year, entry("88.8"), kSource, &error));
    QCOMPARE(error, locked);
    // Emptying the field asks to clear the draft: refused as well.
    QVERIFY(!service.saveDraft(weijian, w04, year, entry(""), QString(), &error));
    QCOMPARE(error, notADraft);
    QVERIFY(!service.clearDraft(weijian, w04, year, &error));
    QCOMPARE(error, notADraft);
    QVERIFY(!service.submit(weijian, {code}, year, &error));
    QCOMPARE(error,
             QStringLiteral("Nothing was submitted:\nW04 %1 is %2 and cannot be submitted.").arg(year).arg(stateLabel));

    // The storage layer guards the state on its own, whoever calls it.
    ValueWorkflowRepository repo(db());
    ValueRecord r;
    r.indicatorCode = code;
    r.year = year;
    r.value = 77.7;
    r.state = ValueState::Draft;
    QVERIFY(!repo.saveDraft(r, QStringLiteral("weijian"), &error));
    QCOMPARE(error, locked);
    QVERIFY(!repo.saveDraft(r, QStringLiteral("someone-else"), &error));
    QCOMPARE(error, locked);
    QVERIFY(!repo.removeDraft(code, QString(), year, QStringLiteral("weijian"), &error));
    QCOMPARE(error, notADraft);
    StateChange resubmit;
    resubmit.code = code;
    resubmit.year = year;
    resubmit.from = {ValueState::Draft, ValueState::Returned};
    resubmit.to = ValueState::Submitted;
    resubmit.action = QStringLiteral("submit");
    QVERIFY(!repo.changeStates({resubmit}, QStringLiteral("weijian"), &error));
    QCOMPARE(error, QStringLiteral("W04 %1 is %2; it cannot be changed to Submitted.").arg(year).arg(stateLabel));

    const ValueRecord after = *value(code, year);
    QCOMPARE(after.value, before.value);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.updatedBy, before.updatedBy);
    QCOMPARE(after.approvedValue, before.approvedValue);
    QCOMPARE(auditCount(), audits);
}

void TestReturnService::clearDraftRemovesOnlyDrafts()
{
    ReturnService service(db());
    const User weijian = user("weijian");
    const Indicator w04 = indicator("W04");
    QString error;

    // Nothing to clear: fine, and nothing written.
    int audits = auditCount();
    QVERIFY2(service.clearDraft(weijian, w04, kYear, &error), qPrintable(error));
    QCOMPARE(auditCount(), audits);

    QVERIFY2(save("weijian", "W04", entry("93.5"), &error), qPrintable(error));
    QVERIFY2(service.clearDraft(weijian, w04, kYear, &error), qPrintable(error));
    QVERIFY(!value("W04"));
    QCOMPARE(audit("W04"),
             QStringList({"save by weijian: - -> 93.5, - -> draft", "clear by weijian: 93.5 -> -, draft -> -"}));

    // Emptying every field is the same as clearing.
    QVERIFY2(save("weijian", "W04", entry("94.1"), &error), qPrintable(error));
    QVERIFY2(service.saveDraft(weijian, w04, kYear, entry("  "), QString(), &error), qPrintable(error));
    QVERIFY(!value("W04"));
    QCOMPARE(audit("W04").last(), QStringLiteral("clear by weijian: 94.1 -> -, draft -> -"));
    // A note or a source without a value is not kept, and nothing is written.
    audits = auditCount();
    QVERIFY(!service.saveDraft(weijian, w04, kYear, entry("", QStringLiteral("待统计")), QString(), &error));
    QCOMPARE(error, QStringLiteral("Value: (empty): expected a number before the note or source can be kept."));
    QVERIFY(!service.saveDraft(weijian, w04, kYear, entry(""), kSource, &error));
    QCOMPARE(error, QStringLiteral("Value: (empty): expected a number before the note or source can be kept."));
    QVERIFY(!value("W04"));
    QCOMPARE(auditCount(), audits);

    // A returned value is not a draft: the reviewer's question stays.
    QVERIFY2(save("weijian", "W04", entry(calm("W04")), &error), qPrintable(error));
    QVERIFY2(submit({"W04"}, &error), qPrintable(error));
    QVERIFY2(
        ReviewService(db()).sendBack(user("fuergw"), {{"W04", QString(), kYear}}, QStringLiteral("请核对"), &error),
        qPrintable(error));
    audits = auditCount();
    QVERIFY(!service.clearDraft(weijian, w04, kYear, &error));
    QCOMPARE(error, QStringLiteral("W04 2026 is Returned; only a draft can be removed."));
    QCOMPARE(value("W04")->state, ValueState::Returned);
    QCOMPARE(auditCount(), audits);
}

void TestReturnService::badEntriesAreNotSaved_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<QString>("error");

    QTest::newRow("not a number") << kYear << "九十三"
                                  << ""
                                  << ""
                                  << "Value: “九十三”: expected a number, e.g. 92.6.";
    QTest::newRow("percentage above 100") << kYear << "193"
                                          << ""
                                          << ""
                                          << "Value: “193”: expected a percentage from 0 to 100.";
    QTest::newRow("negative") << kYear << "-3"
                              << ""
                              << ""
                              << "Value: “-3”: expected a number that is not negative.";
    QTest::newRow("numerator above denominator") << kYear << ""
                                                 << "1200"
                                                 << "1000"
                                                 << "Numerator: “1200”: expected at most the denominator 1000.";
    QTest::newRow("zero denominator") << kYear << ""
                                      << "0"
                                      << "0"
                                      << "Denominator: “0”: expected a number above 0.";
    QTest::newRow("denominator missing") << kYear << "93"
                                         << "930"
                                         << ""
                                         << "Denominator: (empty): expected numerator and denominator together: "
                                            "both or neither.";
    QTest::newRow("value disagrees with parts")
        << kYear << "95"
        << "930"
        << "1000"
        << "Value: “95”: expected the value that numerator ÷ denominator gives, 93.";
    QTest::newRow("year after the plan") << 2031 << "93"
                                         << ""
                                         << ""
                                         << "Year: “2031”: expected a year from 2020 to 2030.";
    QTest::newRow("year before the plan") << 2019 << "93"
                                          << ""
                                          << ""
                                          << "Year: “2019”: expected a year from 2020 to 2030.";
}

void TestReturnService::badEntriesAreNotSaved()
{
    QFETCH(int, year);
    QFETCH(QString, value);
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(QString, error);
    const int audits = auditCount();
    const int values = m_db->valueCount();
    QString got;
    QVERIFY(!ReturnService(db()).saveDraft(user("weijian"), indicator("W04"), year,
                                           entry(value, QString(), numerator, denominator), kSource, &got));
    QCOMPARE(got, error);
    QVERIFY(!this->value("W04", year));
    QCOMPARE(m_db->valueCount(), values);
    QCOMPARE(auditCount(), audits);
}

void TestReturnService::numbersAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<double>("stored");
    QTest::addColumn<double>("storedNumerator"); // 0: none

    QTest::newRow("plain") << "93.5"
                           << ""
                           << "" << 93.5 << 0.0;
    QTest::newRow("full-width digits ９３．５") << "９３．５"
                                                << ""
                                                << "" << 93.5 << 0.0;
    QTest::newRow("with percent sign 92.6%") << "92.6%"
                                             << ""
                                             << "" << 92.6 << 0.0;
    QTest::newRow("full-width percent sign ９２．６％") << "９２．６％"
                                                        << ""
                                                        << "" << 92.6 << 0.0;
    QTest::newRow("spaces around") << "  93 "
                                   << ""
                                   << "" << 93.0 << 0.0;
    QTest::newRow("from full-width parts") << ""
                                           << "９３１"
                                           << "1,000" << 93.1 << 931.0;
    QTest::newRow("value with its parts") << "93.1%"
                                          << "931"
                                          << "1000" << 93.1 << 931.0;
}

void TestReturnService::numbersAsPeopleWriteThem()
{
    QFETCH(QString, value);
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(double, stored);
    QFETCH(double, storedNumerator);
    QString error;
    QVERIFY2(save("weijian", "W04", entry(value, QString(), numerator, denominator), &error), qPrintable(error));
    const ValueRecord v = *this->value("W04");
    QCOMPARE(v.value, stored);
    QCOMPARE(v.state, ValueState::Draft);
    if (storedNumerator > 0) {
        QCOMPARE(v.numerator, std::optional<double>(storedNumerator));
        QCOMPARE(v.denominator, std::optional<double>(1000));
    } else {
        QVERIFY(!v.numerator);
        QVERIFY(!v.denominator);
    }
    QCOMPARE(audit("W04"), QStringList{QStringLiteral("save by weijian: - -> %1, - -> draft").arg(fmt(stored))});
}

void TestReturnService::submitIsAllOrNothing_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("problem");

    QTest::newRow("one indicator of another unit")
        << QStringList{"W04", "W05", "C10a"} << "C10a is reported by 区教委; 区卫健委 cannot submit it.";
    QTest::newRow("one indicator 区卫健委 only co-operates on")
        << QStringList{"W04", "C18", "W05"} << "C18 is reported by 区公安分局; 区卫健委 cannot submit it.";
    QTest::newRow("one indicator without a value")
        << QStringList{"W04", "W05", "W07"} << "W07 2026 has no value to submit.";
    QTest::newRow("one unknown code") << QStringList{"X99", "W04", "W05"} << "X99: there is no such indicator.";
    QTest::newRow("one already submitted")
        << QStringList{"W04", "W08", "W05"} << "W08 2026 is Submitted and cannot be submitted.";
    QTest::newRow("one with a warning and no note")
        << QStringList{"W04", "W05", "W03"} << "W03: " + kW03NotMet + " " + kNoteNeeded;
    QTest::newRow("nothing chosen") << QStringList() << "Nothing was chosen to submit.";
}

void TestReturnService::submitIsAllOrNothing()
{
    QFETCH(QStringList, codes);
    QFETCH(QString, problem);
    QString error;
    QVERIFY(saveCalm("W04"));
    QVERIFY(saveCalm("W05"));
    QVERIFY(saveCalm("W08"));
    QVERIFY2(submit({"W08"}, &error), qPrintable(error));
    // 12 per 100 000 against the binding target ＜8: a warning that needs a note.
    QVERIFY2(save("weijian", "W03", entry("12"), &error), qPrintable(error));
    QVERIFY2(ReturnService(db()).check(indicator("W03"), kYear, entry("12")).warnings.contains(kW03NotMet),
             "W03 12 should warn");

    const int audits = auditCount();
    QVERIFY(!submit(codes, &error));
    if (problem.startsWith("W03: ")) {
        QVERIFY2(error.startsWith(QStringLiteral("Nothing was submitted:\nW03: ")), qPrintable(error));
        QVERIFY2(error.contains(kW03NotMet), qPrintable(error));
        QVERIFY2(error.endsWith(kNoteNeeded), qPrintable(error));
    } else {
        QCOMPARE(error, QStringLiteral("Nothing was submitted:\n") + problem);
    }
    for (const QString code : {"W04", "W05", "W03"})
        QCOMPARE(value(code)->state, ValueState::Draft);
    QCOMPARE(value("W08")->state, ValueState::Submitted);
    QCOMPARE(auditCount(), audits);

    // The good ones alone go through, one audit row each.
    QVERIFY2(submit({"W04", "W05"}, &error), qPrintable(error));
    for (const QString code : {"W04", "W05"}) {
        const ValueRecord v = *value(code);
        QCOMPARE(v.state, ValueState::Submitted);
        QCOMPARE(v.updatedBy, QStringLiteral("weijian"));
        QCOMPARE(audit(code).last(), QStringLiteral("submit by weijian: %1 -> %1, draft -> submitted").arg(calm(code)));
    }
    QCOMPARE(auditCount(), audits + 2);
}

void TestReturnService::warningNeedsANoteBeforeSubmission()
{
    ReturnService service(db());
    const Indicator w03 = indicator("W03");
    QCOMPARE(w03.targetText, QStringLiteral("＜8"));
    QVERIFY(w03.isBinding());

    // The live check shows the warning while typing; below the target it does not.
    QVERIFY(service.check(w03, kYear, entry("12")).warnings.contains(kW03NotMet));
    QVERIFY(!service.check(w03, kYear, entry("12")).hasErrors());
    QVERIFY(!service.check(w03, kYear, entry("5")).warnings.contains(kW03NotMet));

    QString error;
    QVERIFY2(save("weijian", "W03", entry("12"), &error), qPrintable(error));
    QVERIFY(!submit({"W03"}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Nothing was submitted:\nW03: ")), qPrintable(error));
    QVERIFY2(error.contains(kW03NotMet), qPrintable(error));
    QVERIFY2(error.endsWith(kNoteNeeded), qPrintable(error));
    QCOMPARE(value("W03")->state, ValueState::Draft);

    // A note of blanks is no note.
    QVERIFY2(save("weijian", "W03", entry("12", QStringLiteral("   ")), &error), qPrintable(error));
    QVERIFY(!submit({"W03"}, &error));
    QCOMPARE(value("W03")->state, ValueState::Draft);

    const QString note = QStringLiteral("本年发生孕产妇死亡1例，已逐例评审");
    QVERIFY2(save("weijian", "W03", entry("１２", note), &error), qPrintable(error));
    QVERIFY2(submit({"W03"}, &error), qPrintable(error));
    const ValueRecord v = *value("W03");
    QCOMPARE(v.state, ValueState::Submitted);
    QCOMPARE(v.value, 12.0);
    QCOMPARE(v.note, note);
    QCOMPARE(
        audit("W03"),
        QStringList({"save by weijian: - -> 12, - -> draft", "save by weijian: 12 -> 12, draft -> draft",
                     "save by weijian: 12 -> 12, draft -> draft", "submit by weijian: 12 -> 12, draft -> submitted"}));
}

void TestReturnService::returnedValueIsEditedAndSubmittedAgain_data()
{
    QTest::addColumn<bool>("edit");
    QTest::newRow("edited, then submitted again") << true;
    QTest::newRow("submitted again unchanged") << false;
}

void TestReturnService::returnedValueIsEditedAndSubmittedAgain()
{
    QFETCH(bool, edit);
    const QString reason = QStringLiteral("请核对分母：应为全区活产数");
    QString error;
    const QString first = calm("W04");
    QVERIFY(saveCalm("W04"));
    QVERIFY2(submit({"W04"}, &error), qPrintable(error));
    QVERIFY2(ReviewService(db()).sendBack(user("fuergw"), {{"W04", QString(), kYear}}, reason, &error),
             qPrintable(error));
    ValueRecord v = *value("W04");
    QCOMPARE(v.state, ValueState::Returned);
    QCOMPARE(v.reviewNote, reason);

    QStringList expected{
        QStringLiteral("save by weijian: - -> %1, - -> draft").arg(first),
        QStringLiteral("submit by weijian: %1 -> %1, draft -> submitted").arg(first),
        QStringLiteral("return by fuergw: %1 -> %1, submitted -> returned, reason: %2").arg(first, reason)};
    QString last = first;
    if (edit) {
        const QString changed = NumberParser::format(v.value - 0.1);
        QVERIFY2(save("weijian", "W04", entry(changed), &error), qPrintable(error));
        v = *value("W04");
        QCOMPARE(v.state, ValueState::Draft);
        QCOMPARE(NumberParser::format(v.value), changed);
        QCOMPARE(v.reviewNote, reason); // kept while the liaison works on it
        expected << QStringLiteral("save by weijian: %1 -> %2, returned -> draft").arg(first, changed);
        last = changed;
    }
    QVERIFY2(submit({"W04"}, &error), qPrintable(error));
    v = *value("W04");
    QCOMPARE(v.state, ValueState::Submitted);
    QVERIFY(v.reviewNote.isEmpty()); // answered by the new submission
    expected << QStringLiteral("submit by weijian: %1 -> %1, %2 -> submitted").arg(last, edit ? "draft" : "returned");
    QCOMPARE(audit("W04"), expected);
}

void TestReturnService::bindingHintSaysWhatItIsAbout()
{
    // The issue: W03 = 5 against ＜8 is 已达标, yet the hint read "本约束性指标偏离目标＜8…"
    // (about a 2030 projection of 9) as if the value missed. The hint names the
    // projection and its year, once, and never says the value misses.
    const Indicator w03 = indicator("W03");
    QHash<QString, QMap<int, double>> series;
    series.insert(QStringLiteral("W03"), QMap<int, double>{{2020, 1.0}, {2024, 4.2}});
    std::optional<Assessment> live;
    const EntryCheck c = ReturnService::check(w03, 2025, entry("5"), series, {}, {}, &live);
    QVERIFY(live);
    QCOMPARE(live->status, Assessment::Status::Met);
    QCOMPARE(live->outlook, Assessment::Outlook::Diverging);
    QVERIFY(live->projected2030);
    QVERIFY(std::abs(*live->projected2030 - 9.0) < 1e-9);
    const QString hint = QStringLiteral("In 2025 this binding indicator is Met, but its trend projects %1 for 2030, "
                                        "moving away from its target ＜8: please explain in the note.")
                             .arg(TargetFormat::value(9.0, w03.measureUnit));
    QCOMPARE(c.warnings.count(hint), 1);
    for (const QString &w : c.warnings)
        QVERIFY2(!w.contains(QStringLiteral("does not meet")), qPrintable(w));
    // A value that misses says so, with its year.
    const EntryCheck missed = ReturnService::check(w03, 2025, entry("9"), series, {}, {}, &live);
    QCOMPARE(live->status, Assessment::Status::NotMet);
    QVERIFY(missed.warnings.contains(
        QStringLiteral("In 2025 this binding indicator does not meet its target ＜8: please explain in the note.")));
}

void TestReturnService::laterSaveOverAnotherChangeIsRefused()
{
    // Two desks open W04 while it has no value (version 0); the first one saves.
    ReturnService returns(db());
    const User weijian = user(QStringLiteral("weijian"));
    const Indicator w04 = indicator(QStringLiteral("W04"));
    QString error;
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, entry("93.5"), kSource, &error, 0), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->version, 1);
    const int auditBefore = auditCount();

    // The other desk also began from "no value": refused, both versions named,
    // nothing written.
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("94"), kSource, &error, 0));
    for (const QString &part : {QStringLiteral("W04 %1 was changed by weijian at ").arg(kYear),
                                QStringLiteral("it is now 93.5, "), QStringLiteral("(version 1)"),
                                QStringLiteral("you started from no value yet"), QStringLiteral("your entry is kept")})
        QVERIFY2(error.contains(part), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->value, 93.5);
    QCOMPARE(auditCount(), auditBefore);
    // Emptying the field over the change is refused the same way.
    QVERIFY(!returns.clearDraft(weijian, w04, kYear, &error, 0));
    QVERIFY2(error.contains(QStringLiteral("was changed by weijian")), qPrintable(error));
    QVERIFY(value(QStringLiteral("W04")));

    // Knowing the change (version 1), it saves over it.
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, entry("94"), kSource, &error, 1), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->value, 94.0);
    QCOMPARE(value(QStringLiteral("W04"))->version, 2);

    // The reviewer approves while a desk still holds version 2: its save is refused
    // and the approved value stays as approved.
    QVERIFY2(submit({QStringLiteral("W04")}, &error), qPrintable(error));
    QVERIFY2(ReviewService(db()).approve(user("fuergw"), {{"W04", QString(), kYear}}, &error), qPrintable(error));
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("95"), kSource, &error, 2));
    QVERIFY2(error.contains(QStringLiteral("version 4"))
                 && error.contains(QStringLiteral("you started from version 2")),
             qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->value, 94.0);
    QCOMPARE(value(QStringLiteral("W04"))->state, ValueState::Approved);
}

void TestReturnService::saveMadeAgainAfterItsCommitIsStoredOnce()
{
    // A save whose commit reached the database though its answer was lost (the
    // server's connection dropped after COMMIT) is made again from the same
    // version: the same entry by the same person is already stored, and is
    // reported as saved, with no second version or audit row.
    ReturnService returns(db());
    const User weijian = user(QStringLiteral("weijian"));
    const Indicator w04 = indicator(QStringLiteral("W04"));
    QString error;
    const EntryValidator::Input first = entry("93.5", QStringLiteral("口径同上年"));
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, first, kSource, &error, 0), qPrintable(error));
    const int auditAfterFirst = auditCount();
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, first, kSource, &error, 0), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->version, 1);
    QCOMPARE(auditCount(), auditAfterFirst);
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, entry("94"), kSource, &error, 1), qPrintable(error));
    QVERIFY2(returns.saveDraft(weijian, w04, kYear, entry("94"), kSource, &error, 1), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->version, 2);
    QCOMPARE(auditCount(), auditAfterFirst + 1);

    // Anything else over the change is still refused: another value, source or
    // note, an entry two versions back, or the same entry by someone else.
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("94.5"), kSource, &error, 1));
    QVERIFY2(error.contains(QStringLiteral("(version 2)")), qPrintable(error));
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("94"), QStringLiteral("另一来源"), &error, 1));
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("94", QStringLiteral("另说明")), kSource, &error, 1));
    QVERIFY(!returns.saveDraft(weijian, w04, kYear, entry("94"), kSource, &error, 0));
    ValueRecord same = *value(QStringLiteral("W04"));
    QVERIFY(!ValueWorkflowRepository(db()).saveDraft(same, QStringLiteral("tiyu"), &error, 1));
    QVERIFY2(error.contains(QStringLiteral("was changed by weijian")), qPrintable(error));
    QCOMPARE(value(QStringLiteral("W04"))->value, 94.0);
}

QTEST_GUILESS_MAIN(TestReturnService)
#include "tst_returnservice.moc"
