// ReviewService: a reviewer approves submitted values, sends them back with a
// reason the liaison reads, reopens approved values with a reason, and records
// verdicts on judged targets (保持合理比例), which turn the assessment from
// 需人工判定 into met or not met. Liaisons can do none of it; refused moves and
// batches with one refused value change nothing. Every act is checked against its
// audit rows, and one value's whole life against the complete audit trail.
//
// The database is a copy of the demo database (values 2020–2025, example
// accounts); 区卫健委's liaison weijian reports 2026.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "tempdatabase.h"
#include "testdata.h"

#include "exchange/numberparser.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/judgementrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QtTest>

#include <QFile>

#include <memory>

Q_DECLARE_METATYPE(ValueWorkflow::Act)
Q_DECLARE_METATYPE(Assessment::Status)

namespace {

constexpr int kYear = 2026;
const QString kReasonRequired = QStringLiteral("Reason: (empty): a reason is required; the unit will read it.");

using TestData::entry;

QVector<ValueKey> keys(const QStringList &codes, int year = kYear)
{
    QVector<ValueKey> out;
    for (const QString &c : codes)
        out.append({c, QString(), year});
    return out;
}

QString stateOf(const std::optional<ValueRecord> &v)
{
    return v ? ValueStates::key(v->state) : QStringLiteral("none");
}

} // namespace

class TestReviewService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void approveSubmittedValues_data();
    void approveSubmittedValues();
    void sendBackNeedsAReason_data();
    void sendBackNeedsAReason();
    void sendBackShowsTheReasonToTheLiaison();
    void reopenApprovedValue();
    void liaisonCannotReview_data();
    void liaisonCannotReview();
    void refusedTransitionsChangeNothing_data();
    void refusedTransitionsChangeNothing();
    void batchWithOneRefusedValueChangesNothing_data();
    void batchWithOneRefusedValueChangesNothing();
    void judgeRecordsAVerdict_data();
    void judgeRecordsAVerdict();
    void judgeIsRefused_data();
    void judgeIsRefused();
    void submittedOf();
    void auditTrailOfAValue();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    User user(const QString &login) const;
    std::optional<ValueRecord> value(const QString &code, int year = kYear) const;
    QString calm(const QString &code) const;
    QStringList audit(const QString &code, int year = kYear) const;
    int auditCount() const { return m_db->auditCount(); }
    bool save(const QString &code, const QString &value, const QString &note = QString());
    bool submit(const QStringList &codes);
    // Brings W-codes of 区卫健委 into `state` for 2026 (none, draft, submitted, approved, returned).
    bool bringTo(const QString &code, const QString &state);
    Assessment::Status statusOf(const QString &code, int year) const;

    std::unique_ptr<TempDatabase> m_db;
};

void TestReviewService::initTestCase()
{
    QVERIFY(QFileInfo::exists(DemoFixture::templatePath()));
}

void TestReviewService::init()
{
    m_db = DemoFixture::open();
}

void TestReviewService::cleanup()
{
    m_db.reset();
}

User TestReviewService::user(const QString &login) const
{
    return TestData::user(db(), login);
}

std::optional<ValueRecord> TestReviewService::value(const QString &code, int year) const
{
    return TestData::value(db(), code, year);
}

QString TestReviewService::calm(const QString &code) const
{
    return TestData::calm(db(), code, kYear);
}

QStringList TestReviewService::audit(const QString &code, int year) const
{
    return TestData::audit(db(), code, year);
}

bool TestReviewService::save(const QString &code, const QString &v, const QString &note)
{
    QString error;
    const std::optional<Indicator> ind = CatalogRepository(db()).indicator(code);
    if (!ind
        || !ReturnService(db()).saveDraft(user("weijian"), *ind, kYear, entry(v, note), QStringLiteral("年报"),
                                          &error)) {
        qWarning("save %s: %s", qPrintable(code), qPrintable(error));
        return false;
    }
    return true;
}

bool TestReviewService::submit(const QStringList &codes)
{
    QString error;
    if (!ReturnService(db()).submit(user("weijian"), codes, kYear, &error)) {
        qWarning("submit: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestReviewService::bringTo(const QString &code, const QString &state)
{
    QString error;
    if (state == QLatin1String("none"))
        return true;
    if (!save(code, calm(code)))
        return false;
    if (state == QLatin1String("draft"))
        return true;
    if (!submit({code}))
        return false;
    if (state == QLatin1String("submitted"))
        return true;
    if (state == QLatin1String("returned"))
        return ReviewService(db()).sendBack(user("fuergw"), keys({code}), QStringLiteral("请核对"), &error);
    if (!ReviewService(db()).approve(user("fuergw"), keys({code}), &error))
        return false;
    return state == QLatin1String("approved");
}

Assessment::Status TestReviewService::statusOf(const QString &code, int year) const
{
    return AssessmentService(db()).assessOne(code, year).assessment.status;
}

void TestReviewService::approveSubmittedValues_data()
{
    QTest::addColumn<QString>("reviewer");
    QTest::newRow("区妇儿工委办 reviewer fuergw") << "fuergw";
    QTest::newRow("区统计局 reviewer tongji") << "tongji";
    QTest::newRow("administrator") << "admin";
}

void TestReviewService::approveSubmittedValues()
{
    QFETCH(QString, reviewer);
    QVERIFY(save("W04", calm("W04")));
    QVERIFY(save("W05", calm("W05")));
    QVERIFY(submit({"W04", "W05"}));
    const int audits = auditCount();
    QString error;
    QVERIFY2(ReviewService(db()).approve(user(reviewer), keys({"W04", "W05"}), &error), qPrintable(error));
    for (const QString code : {"W04", "W05"}) {
        const ValueRecord v = *value(code);
        QCOMPARE(v.state, ValueState::Approved);
        QCOMPARE(v.approvedValue, std::optional<double>(v.value));
        QCOMPARE(NumberParser::format(v.value), calm(code));
        QCOMPARE(v.updatedBy, reviewer);
        QVERIFY(v.reviewNote.isEmpty());
        QVERIFY(!v.changedSinceApproval());
        QCOMPARE(audit(code).last(),
                 QStringLiteral("approve by %1: %2 -> %2, submitted -> approved").arg(reviewer, calm(code)));
    }
    QCOMPARE(auditCount(), audits + 2);
    // Approved values count for the assessment of record.
    QCOMPARE(ValueRepository(db()).seriesByIndicator().value("W04").value(kYear), value("W04")->value);
}

void TestReviewService::sendBackNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("no reason") << "" << false << "";
    QTest::newRow("blanks only") << "   " << false << "";
    QTest::newRow("new line only") << "\n" << false << "";
    QTest::newRow("a reason") << "请补充数据来源" << true << "请补充数据来源";
    QTest::newRow("a reason with blanks around") << "  分母口径与上年不一致 \n" << true << "分母口径与上年不一致";
}

void TestReviewService::sendBackNeedsAReason()
{
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    QVERIFY(bringTo("W04", "submitted"));
    const int audits = auditCount();
    QString error;
    QCOMPARE(ReviewService(db()).sendBack(user("fuergw"), keys({"W04"}), reason, &error), accepted);
    const ValueRecord v = *value("W04");
    if (!accepted) {
        QCOMPARE(error, kReasonRequired);
        QCOMPARE(v.state, ValueState::Submitted);
        QVERIFY(v.reviewNote.isEmpty());
        QCOMPARE(auditCount(), audits);
        return;
    }
    QCOMPARE(v.state, ValueState::Returned);
    QCOMPARE(v.reviewNote, stored);
    QVERIFY(!v.approvedValue);
    QCOMPARE(auditCount(), audits + 1);
    QCOMPARE(audit("W04").last(),
             QStringLiteral("return by fuergw: %1 -> %1, submitted -> returned, reason: %2").arg(calm("W04"), stored));
}

void TestReviewService::sendBackShowsTheReasonToTheLiaison()
{
    QVERIFY(bringTo("W04", "submitted"));
    QVERIFY(bringTo("W05", "submitted"));
    const QString reason = QStringLiteral("与卫健统计年鉴不符，请核实");
    QString error;
    QVERIFY2(ReviewService(db()).sendBack(user("tongji"), keys({"W04", "W05"}), reason, &error), qPrintable(error));
    // What the liaison's return page reads: its indicators with state and reason.
    for (const Indicator &ind : ReturnService(db()).indicatorsFor(user("weijian"))) {
        const std::optional<ValueRecord> v = value(ind.code);
        if (ind.code == QLatin1String("W04") || ind.code == QLatin1String("W05")) {
            QVERIFY(v);
            QCOMPARE(v->state, ValueState::Returned);
            QCOMPARE(v->reviewNote, reason);
        } else {
            QVERIFY2(!v, qPrintable(ind.code));
        }
    }
    // The liaison may work on it again; a submitted or draft value may not be sent back twice.
    QVERIFY(!ReviewService(db()).sendBack(user("tongji"), keys({"W04"}), reason, &error));
    QCOMPARE(error, QStringLiteral("W04 2026 is Returned; it cannot be changed to Returned."));
}

void TestReviewService::reopenApprovedValue()
{
    QVERIFY(bringTo("W04", "approved"));
    const double approved = value("W04")->value;
    ReviewService review(db());
    QString error;
    int audits = auditCount();
    QVERIFY(!review.reopen(user("fuergw"), keys({"W04"}), QString(), &error));
    QCOMPARE(error, kReasonRequired);
    QVERIFY(!review.reopen(user("fuergw"), keys({"W04"}), QStringLiteral("  "), &error));
    QCOMPARE(error, kReasonRequired);
    QCOMPARE(value("W04")->state, ValueState::Approved);
    QCOMPARE(auditCount(), audits);

    const QString reason = QStringLiteral("统计局年报修订，请更新");
    QVERIFY2(review.reopen(user("fuergw"), keys({"W04"}), reason, &error), qPrintable(error));
    ValueRecord v = *value("W04");
    QCOMPARE(v.state, ValueState::Returned);
    QCOMPARE(v.reviewNote, reason);
    QCOMPARE(v.approvedValue, std::optional<double>(approved));
    QVERIFY(!v.changedSinceApproval());
    QCOMPARE(audit("W04").last(),
             QStringLiteral("reopen by fuergw: %1 -> %1, approved -> returned, reason: %2")
                 .arg(NumberParser::format(approved), reason));

    // The liaison changes it: reviewers see "changed since approval".
    const QString changed = NumberParser::format(approved - 0.4);
    QVERIFY(save("W04", changed));
    v = *value("W04");
    QCOMPARE(v.state, ValueState::Draft);
    QCOMPARE(v.reviewNote, reason);
    QVERIFY(v.changedSinceApproval());
    // Back to the approved number: nothing changed after all.
    QVERIFY(save("W04", NumberParser::format(approved)));
    QVERIFY(!value("W04")->changedSinceApproval());
    QVERIFY(save("W04", changed));
    QVERIFY(submit({"W04"}));
    v = *value("W04");
    QCOMPARE(v.state, ValueState::Submitted);
    QVERIFY(v.changedSinceApproval());
    QVERIFY(v.reviewNote.isEmpty());
    // Approving again remembers the new number.
    QVERIFY2(review.approve(user("tongji"), keys({"W04"}), &error), qPrintable(error));
    v = *value("W04");
    QCOMPARE(v.state, ValueState::Approved);
    QCOMPARE(NumberParser::format(*v.approvedValue), changed);
    QVERIFY(!v.changedSinceApproval());
}

void TestReviewService::liaisonCannotReview_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("disable");
    QTest::addColumn<ValueWorkflow::Act>("act");
    QTest::addColumn<QString>("code");

    const auto approve = ValueWorkflow::Act::Approve;
    const auto sendBack = ValueWorkflow::Act::Return;
    const auto reopen = ValueWorkflow::Act::Reopen;
    QTest::newRow("weijian approves its own submitted value") << "weijian" << false << approve << "W04";
    QTest::newRow("weijian returns its own submitted value") << "weijian" << false << sendBack << "W04";
    QTest::newRow("weijian reopens its own approved value") << "weijian" << false << reopen << "W05";
    QTest::newRow("gongan approves C04 it co-operates on") << "gongan" << false << approve << "C04";
    QTest::newRow("jiaowei returns W04 of another unit") << "jiaowei" << false << sendBack << "W04";
    QTest::newRow("disabled reviewer approves") << "fuergw" << true << approve << "W04";
    QTest::newRow("disabled reviewer reopens") << "tongji" << true << reopen << "W05";
}

void TestReviewService::liaisonCannotReview()
{
    QFETCH(QString, login);
    QFETCH(bool, disable);
    QFETCH(ValueWorkflow::Act, act);
    QFETCH(QString, code);
    QVERIFY(bringTo("W04", "submitted"));
    QVERIFY(bringTo("W05", "approved"));
    // C04 is binding: a note answers any warning, so it can be submitted.
    QVERIFY(save("C04", calm("C04"), QStringLiteral("与上年持平")));
    QVERIFY(submit({"C04"}));
    QString error;
    User actor = user(login);
    actor.disabled = disable;
    const std::optional<ValueRecord> before = value(code);
    QVERIFY(before);
    const int audits = auditCount();

    ReviewService review(db());
    bool done = true;
    const QString reason = QStringLiteral("我来退回");
    switch (act) {
    case ValueWorkflow::Act::Approve:
        done = review.approve(actor, keys({code}), &error);
        break;
    case ValueWorkflow::Act::Return:
        done = review.sendBack(actor, keys({code}), reason, &error);
        break;
    case ValueWorkflow::Act::Reopen:
        done = review.reopen(actor, keys({code}), reason, &error);
        break;
    default:
        QFAIL("not a reviewer's act");
    }
    QVERIFY(!done);
    const QString what = act == ValueWorkflow::Act::Approve ? QStringLiteral("approve values")
        : act == ValueWorkflow::Act::Return                 ? QStringLiteral("send values back")
                                                            : QStringLiteral("reopen values");
    QCOMPARE(error, QStringLiteral("%1 cannot %2; that is a reviewer's act.").arg(login, what));
    const ValueRecord after = *value(code);
    QCOMPARE(after.state, before->state);
    QCOMPARE(after.version, before->version);
    QCOMPARE(after.reviewNote, before->reviewNote);
    QCOMPARE(after.approvedValue, before->approvedValue);
    QCOMPARE(auditCount(), audits);
}

void TestReviewService::refusedTransitionsChangeNothing_data()
{
    QTest::addColumn<ValueWorkflow::Act>("act");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("error");

    const auto approve = ValueWorkflow::Act::Approve;
    const auto sendBack = ValueWorkflow::Act::Return;
    const auto reopen = ValueWorkflow::Act::Reopen;
    QTest::newRow("approve a draft") << approve << "draft"
                                     << "W04 2026 is Draft; it cannot be changed to Approved.";
    QTest::newRow("return a draft") << sendBack << "draft"
                                    << "W04 2026 is Draft; it cannot be changed to Returned.";
    QTest::newRow("reopen a draft") << reopen << "draft"
                                    << "W04 2026 is Draft; it cannot be changed to Returned.";
    QTest::newRow("reopen a submitted value") << reopen << "submitted"
                                              << "W04 2026 is Submitted; it cannot be changed to Returned.";
    QTest::newRow("approve an approved value") << approve << "approved"
                                               << "W04 2026 is Approved; it cannot be changed to Approved.";
    QTest::newRow("return an approved value") << sendBack << "approved"
                                              << "W04 2026 is Approved; it cannot be changed to Returned.";
    QTest::newRow("approve a returned value") << approve << "returned"
                                              << "W04 2026 is Returned; it cannot be changed to Approved.";
    QTest::newRow("return a returned value") << sendBack << "returned"
                                             << "W04 2026 is Returned; it cannot be changed to Returned.";
    QTest::newRow("reopen a returned value") << reopen << "returned"
                                             << "W04 2026 is Returned; it cannot be changed to Returned.";
    QTest::newRow("approve a missing value") << approve << "none"
                                             << "W04 2026 has no value yet.";
    QTest::newRow("reopen a missing value") << reopen << "none"
                                            << "W04 2026 has no value yet.";
}

void TestReviewService::refusedTransitionsChangeNothing()
{
    QFETCH(ValueWorkflow::Act, act);
    QFETCH(QString, state);
    QFETCH(QString, error);
    QVERIFY(bringTo("W04", state));
    const std::optional<ValueRecord> before = value("W04");
    QCOMPARE(stateOf(before), state);
    const int audits = auditCount();
    const QStringList trail = audit("W04");

    ReviewService review(db());
    QString got;
    bool done = true;
    const QString reason = QStringLiteral("理由");
    if (act == ValueWorkflow::Act::Approve)
        done = review.approve(user("fuergw"), keys({"W04"}), &got);
    else if (act == ValueWorkflow::Act::Return)
        done = review.sendBack(user("fuergw"), keys({"W04"}), reason, &got);
    else
        done = review.reopen(user("fuergw"), keys({"W04"}), reason, &got);
    QVERIFY(!done);
    QCOMPARE(got, error);

    const std::optional<ValueRecord> after = value("W04");
    QCOMPARE(stateOf(after), state);
    if (before) {
        QCOMPARE(after->value, before->value);
        QCOMPARE(after->version, before->version);
        QCOMPARE(after->updatedBy, before->updatedBy);
        QCOMPARE(after->reviewNote, before->reviewNote);
        QCOMPARE(after->approvedValue, before->approvedValue);
    }
    QCOMPARE(auditCount(), audits);
    QCOMPARE(audit("W04"), trail);
}

void TestReviewService::batchWithOneRefusedValueChangesNothing_data()
{
    QTest::addColumn<ValueWorkflow::Act>("act");
    QTest::addColumn<QString>("goodState");
    QTest::addColumn<QString>("badState");
    QTest::addColumn<QString>("badCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("approve two submitted and a draft") << ValueWorkflow::Act::Approve << "submitted"
                                                       << "draft"
                                                       << "W07"
                                                       << "W07 2026 is Draft; it cannot be changed to Approved.";
    QTest::newRow("return two submitted and an approved one")
        << ValueWorkflow::Act::Return << "submitted"
        << "approved"
        << "W07"
        << "W07 2026 is Approved; it cannot be changed to Returned.";
    QTest::newRow("reopen two approved and a submitted one")
        << ValueWorkflow::Act::Reopen << "approved"
        << "submitted"
        << "W07"
        << "W07 2026 is Submitted; it cannot be changed to Returned.";
    QTest::newRow("approve two submitted and one without value") << ValueWorkflow::Act::Approve << "submitted"
                                                                 << "none"
                                                                 << "W07"
                                                                 << "W07 2026 has no value yet.";
    QTest::newRow("approve two submitted and an unknown code") << ValueWorkflow::Act::Approve << "submitted"
                                                               << "none"
                                                               << "X99"
                                                               << "There is no indicator X99.";
}

void TestReviewService::batchWithOneRefusedValueChangesNothing()
{
    QFETCH(ValueWorkflow::Act, act);
    QFETCH(QString, goodState);
    QFETCH(QString, badState);
    QFETCH(QString, badCode);
    QFETCH(QString, error);
    QVERIFY(bringTo("W04", goodState));
    QVERIFY(bringTo("W05", goodState));
    if (badCode != QLatin1String("X99"))
        QVERIFY(bringTo(badCode, badState));
    const int audits = auditCount();
    const int w04Version = value("W04")->version;

    ReviewService review(db());
    // The refused value in the middle: the one before it must not stay changed.
    const QVector<ValueKey> batch = keys({"W04", badCode, "W05"});
    QString got;
    bool done = true;
    if (act == ValueWorkflow::Act::Approve)
        done = review.approve(user("fuergw"), batch, &got);
    else if (act == ValueWorkflow::Act::Return)
        done = review.sendBack(user("fuergw"), batch, QStringLiteral("整批退回"), &got);
    else
        done = review.reopen(user("fuergw"), batch, QStringLiteral("整批重开"), &got);
    QVERIFY(!done);
    QCOMPARE(got, error);
    QCOMPARE(stateOf(value("W04")), goodState);
    QCOMPARE(stateOf(value("W05")), goodState);
    QCOMPARE(value("W04")->version, w04Version);
    QVERIFY(value("W04")->reviewNote.isEmpty());
    if (badCode != QLatin1String("X99"))
        QCOMPARE(stateOf(value(badCode)), badState);
    QCOMPARE(auditCount(), audits);

    // Without the refused value the same batch goes through, one row per value.
    QVERIFY(act == ValueWorkflow::Act::Approve ? review.approve(user("fuergw"), keys({"W04", "W05"}), &got)
                : act == ValueWorkflow::Act::Return
                ? review.sendBack(user("fuergw"), keys({"W04", "W05"}), QStringLiteral("整批退回"), &got)
                : review.reopen(user("fuergw"), keys({"W04", "W05"}), QStringLiteral("整批重开"), &got));
    const QString expected = ValueStates::key(ValueWorkflow::resultOf(act));
    QCOMPARE(stateOf(value("W04")), expected);
    QCOMPARE(stateOf(value("W05")), expected);
    QCOMPARE(auditCount(), audits + 2);
}

void TestReviewService::judgeRecordsAVerdict_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("met");
    QTest::addColumn<Assessment::Status>("status");

    QTest::newRow("W20 2026 met, by fuergw") << "fuergw"
                                             << "W20" << 2026 << true << Assessment::Status::Met;
    QTest::newRow("W24 2026 not met, by tongji") << "tongji"
                                                 << "W24" << 2026 << false << Assessment::Status::NotMet;
    QTest::newRow("W25 2025 met, by fuergw") << "fuergw"
                                             << "W25" << 2025 << true << Assessment::Status::Met;
    QTest::newRow("W26 2025 not met, by admin") << "admin"
                                                << "W26" << 2025 << false << Assessment::Status::NotMet;
}

void TestReviewService::judgeRecordsAVerdict()
{
    QFETCH(QString, login);
    QFETCH(QString, code);
    QFETCH(int, year);
    QFETCH(bool, met);
    QFETCH(Assessment::Status, status);
    QCOMPARE(CatalogRepository(db()).indicator(code)->targetText, QStringLiteral("保持合理比例"));
    // W20 and W24 have no 2026 value: 无数据 until a verdict for 2026 itself is recorded
    // (the 2025 verdict is what their 2025 value had, named in the reason).
    QCOMPARE(statusOf(code, year), year == 2026 ? Assessment::Status::NoData : Assessment::Status::NeedsJudgement);
    const int audits = auditCount();

    const QString reason = QStringLiteral("女性比例与上年基本持平");
    QString error;
    QVERIFY2(ReviewService(db()).judge(user(login), code, year, met, QStringLiteral(" %1 ").arg(reason), &error),
             qPrintable(error));
    QCOMPARE(statusOf(code, year), status);
    const std::optional<Judgement> j = JudgementRepository(db()).judgement(code, QString(), year);
    QVERIFY(j);
    QCOMPARE(j->met, met);
    QCOMPARE(j->reason, reason);
    QCOMPARE(j->user, login);
    QCOMPARE(auditCount(), audits + 1);
    const QString verdict = met ? QStringLiteral("met") : QStringLiteral("not_met");
    QCOMPARE(audit(code, year).last(),
             QStringLiteral("judge by %1: - -> -, - -> %2, reason: %3").arg(login, verdict, reason));
    // The year before keeps its own verdict (or none).
    QCOMPARE(JudgementRepository(db()).judgement(code, QString(), year - 1).has_value(),
             code == QLatin1String("W20") || code == QLatin1String("W24"));

    // A second verdict replaces the first; the audit row shows both.
    QVERIFY2(ReviewService(db()).judge(user("fuergw"), code, year, !met, QStringLiteral("复核后改判"), &error),
             qPrintable(error));
    QCOMPARE(statusOf(code, year), met ? Assessment::Status::NotMet : Assessment::Status::Met);
    QCOMPARE(audit(code, year).last(),
             QStringLiteral("judge by fuergw: - -> -, %1 -> %2, reason: 复核后改判")
                 .arg(verdict, met ? QStringLiteral("not_met") : QStringLiteral("met")));
}

void TestReviewService::judgeIsRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("disable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error");

    const QString why = QStringLiteral("结构合理");
    QTest::newRow("computed target W04 ≥94")
        << "fuergw" << false << "W04" << why << "W04 (≥94) is computed from its values; it takes no verdict.";
    QTest::newRow("computed target W21 (relative)")
        << "fuergw" << false << "W21" << why
        << "W21 (不低于本区党员总数中女性比例) is computed from its values; "
           "it takes no verdict.";
    QTest::newRow("liaison of the lead unit zuzhi")
        << "zuzhi" << false << "W25" << why << "Only a reviewer records verdicts.";
    QTest::newRow("liaison weijian") << "weijian" << false << "W25" << why << "Only a reviewer records verdicts.";
    QTest::newRow("disabled reviewer") << "fuergw" << true << "W25" << why << "Only a reviewer records verdicts.";
    QTest::newRow("no reason") << "fuergw" << false << "W25"
                               << ""
                               << "A verdict needs a reason.";
    QTest::newRow("blank reason") << "fuergw" << false << "W25"
                                  << "  "
                                  << "A verdict needs a reason.";
    QTest::newRow("unknown indicator") << "fuergw" << false << "X99" << why << "There is no indicator X99.";
}

void TestReviewService::judgeIsRefused()
{
    QFETCH(QString, login);
    QFETCH(bool, disable);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    QFETCH(QString, error);
    User actor = user(login);
    actor.disabled = disable;
    const int audits = auditCount();
    const int verdicts = m_db->rowCount(QStringLiteral("judgements"));
    QString got;
    QVERIFY(!ReviewService(db()).judge(actor, code, 2025, true, reason, &got));
    QCOMPARE(got, error);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(m_db->rowCount(QStringLiteral("judgements")), verdicts);
    QVERIFY(!JudgementRepository(db()).judgement(code, QString(), 2025));
    if (code == QLatin1String("W25"))
        QCOMPARE(statusOf(code, 2025), Assessment::Status::NeedsJudgement);
}

void TestReviewService::submittedOf()
{
    ReviewService review(db());
    QVERIFY(review.submittedOf(QStringLiteral("区卫健委"), kYear).isEmpty());
    QVERIFY(bringTo("W04", "submitted"));
    QVERIFY(bringTo("W05", "submitted"));
    QVERIFY(bringTo("W07", "draft"));
    QVERIFY(save("C04", calm("C04"), QStringLiteral("与上年持平")));
    QVERIFY(submit({"C04"}));
    QString error;

    auto codes = [&](const QString &unit, int year) {
        QStringList out;
        for (const ValueKey &k : review.submittedOf(unit, year)) {
            if (k.year != year || !k.area.isEmpty())
                out << QStringLiteral("bad key");
            out << k.code;
        }
        return out;
    };
    QCOMPARE(codes(QStringLiteral("区卫健委"), kYear), QStringList({"W04", "W05", "C04"}));
    // C04 is in 区卫健委's return, not in that of 区公安分局, which co-operates.
    QVERIFY(codes(QStringLiteral("区公安分局"), kYear).isEmpty());
    QVERIFY(codes(QStringLiteral("区教委"), kYear).isEmpty());

    QVERIFY2(review.approve(user("fuergw"), keys({"W04"}), &error), qPrintable(error));
    QVERIFY2(review.sendBack(user("fuergw"), keys({"C04"}), QStringLiteral("请补充"), &error), qPrintable(error));
    QCOMPARE(codes(QStringLiteral("区卫健委"), kYear), QStringList{"W05"});
    // Approving "the whole return" is approving what submittedOf gives.
    QVERIFY2(review.approve(user("fuergw"), review.submittedOf(QStringLiteral("区卫健委"), kYear), &error),
             qPrintable(error));
    QVERIFY(codes(QStringLiteral("区卫健委"), kYear).isEmpty());
    QCOMPARE(value("W05")->state, ValueState::Approved);
    QCOMPARE(value("C04")->state, ValueState::Returned);

    // The demo's last year: some values are still submitted, all of the unit's own.
    const QStringList demo = codes(QStringLiteral("区卫健委"), DemoData::LastYear);
    QVERIFY(!demo.isEmpty());
    int expected = 0;
    for (const Indicator &ind : CatalogRepository(db()).indicators()) {
        const std::optional<ValueRecord> v = value(ind.code, DemoData::LastYear);
        if (ind.leadUnit() == QStringLiteral("区卫健委") && v && v->state == ValueState::Submitted) {
            ++expected;
            QVERIFY2(demo.contains(ind.code), qPrintable(ind.code));
        }
    }
    QCOMPARE(demo.size(), expected);
}

void TestReviewService::auditTrailOfAValue()
{
    // save → save → submit → return → save → submit → approve → reopen → submit → approve
    ReviewService review(db());
    QString error;
    QVERIFY(save("W04", "93.1"));
    QVERIFY(save("W04", "93.3"));
    QVERIFY(submit({"W04"}));
    QVERIFY2(review.sendBack(user("fuergw"), keys({"W04"}), QStringLiteral("分母有误"), &error), qPrintable(error));
    QVERIFY(save("W04", "93.4"));
    QVERIFY(submit({"W04"}));
    QVERIFY2(review.approve(user("tongji"), keys({"W04"}), &error), qPrintable(error));
    QVERIFY2(review.reopen(user("fuergw"), keys({"W04"}), QStringLiteral("年鉴修订"), &error), qPrintable(error));
    QVERIFY(submit({"W04"}));
    QVERIFY2(review.approve(user("admin"), keys({"W04"}), &error), qPrintable(error));
    // Refused acts in between leave no row.
    QVERIFY(!review.approve(user("admin"), keys({"W04"}), &error));
    QVERIFY(!review.reopen(user("weijian"), keys({"W04"}), QStringLiteral("x"), &error));
    QTest::ignoreMessage(QtWarningMsg, "save W04: W04 2026 is Approved and can no longer be changed by its unit.");
    QVERIFY(!save("W04", "99"));

    QCOMPARE(audit("W04"),
             QStringList({
                 "save by weijian: - -> 93.1, - -> draft",
                 "save by weijian: 93.1 -> 93.3, draft -> draft",
                 "submit by weijian: 93.3 -> 93.3, draft -> submitted",
                 "return by fuergw: 93.3 -> 93.3, submitted -> returned, reason: 分母有误",
                 "save by weijian: 93.3 -> 93.4, returned -> draft",
                 "submit by weijian: 93.4 -> 93.4, draft -> submitted",
                 "approve by tongji: 93.4 -> 93.4, submitted -> approved",
                 "reopen by fuergw: 93.4 -> 93.4, approved -> returned, reason: 年鉴修订",
                 "submit by weijian: 93.4 -> 93.4, returned -> submitted",
                 "approve by admin: 93.4 -> 93.4, submitted -> approved",
             }));
    const ValueRecord v = *value("W04");
    QCOMPARE(v.state, ValueState::Approved);
    QCOMPARE(v.value, 93.4);
    QCOMPARE(v.approvedValue, std::optional<double>(93.4));
    QCOMPARE(v.version, 10);
    QCOMPARE(v.updatedBy, QStringLiteral("admin"));
    // Every row carries its indicator, year and a time.
    for (const AuditEntry &e : AuditRepository(db()).history(QStringLiteral("W04"), 10)) {
        QCOMPARE(e.indicatorCode, QStringLiteral("W04"));
        QCOMPARE(e.year, kYear);
        QVERIFY(e.at.isValid());
        QVERIFY(e.area.isEmpty() || e.area == m_db->defaultAreaName());
    }
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
