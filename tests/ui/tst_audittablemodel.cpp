// AuditTableModel: an indicator's audit rows, newest first, as the return and the
// review panes show them. The demo database's rows of every indicator are checked
// against AuditRepository's entries; then one value goes through its whole life
// (draft, submission, sent back, draft again, submission, approval, reopened) at
// fixed times, and every cell of every row is compared with what happened.
// QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"
#include "valuetextcheck.h"

#include "widgets/audittablemodel.h"

#include "exchange/numberparser.h"
#include "model/clock.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"
#include "target/targetformat.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QLocale>
#include <QtTest>

namespace {
const QHash<QString, QString> kActions = {
    {"save", "Saved draft"},         {"clear", "Cleared draft"},
    {"submit", "Submitted"},         {"approve", "Approved"},
    {"return", "Returned"},          {"reopen", "Reopened"},
    {"import", "Imported"},          {"demo", "Demo data"},
    {"judge", "Verdict recorded"},   {"baseline", "Baseline from the plan"},
    {"catalog", "Indicator edited"}, {"comment", "Commented"},
};

// The stored keys that must never reach a person: actions, states, verdicts.
const QStringList kInternalWords = {"baseline",        "annual",  "system", "met",       "not_met",
                                    "needs_judgement", "no_data", "draft",  "submitted", "approved",
                                    "returned",        "catalog", "judge"};

QString when(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private slots:
    void headersAndLabels();
    void demoHistoryOfEveryIndicator();
    void lifeOfOneValue();
    void storedKeysReadAsWords();
};

void TestAuditTableModel::headersAndLabels()
{
    AuditTableModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model), QStringList({"When", "Who", "Action", "Year", "Value", "State", "Reason"}));
    for (auto it = kActions.cbegin(); it != kActions.cend(); ++it)
        QCOMPARE(AuditTableModel::actionLabel(it.key()), it.value());
    // An action without a word is shown as stored.
    QCOMPARE(AuditTableModel::actionLabel(QStringLiteral("frobnicate")), QStringLiteral("frobnicate"));
    QCOMPARE(AuditTableModel::userLabel(QStringLiteral("system")), QStringLiteral("Catalog"));
}

void TestAuditTableModel::demoHistoryOfEveryIndicator()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    AuditTableModel model;
    const auto tester = attachModelTester(&model);
    int rows = 0;
    for (const Indicator &ind : CatalogRepository(c).indicators()) {
        const QVector<AuditEntry> history = AuditRepository(c).history(ind.code);
        model.setEntries(history, ind);
        QCOMPARE(model.rowCount(), history.size());
        for (int r = 0; r < history.size(); ++r) {
            const AuditEntry &e = history.at(r);
            QCOMPARE(ModelText::text(&model, r, AuditTableModel::WhenColumn), when(e.at));
            QCOMPARE(ModelText::text(&model, r, AuditTableModel::UserColumn),
                     e.user == QLatin1String("system") ? QStringLiteral("Catalog") : e.user);
            // No stored key in any cell people read (变更记录 once said "baseline", "→ met").
            for (const int column : {AuditTableModel::UserColumn, AuditTableModel::ActionColumn,
                                     AuditTableModel::ValueColumn, AuditTableModel::StateColumn}) {
                const QString text = ModelText::text(&model, r, column);
                for (const QString &word :
                     text.split(QRegularExpression(QStringLiteral("[\\s→]+")), Qt::SkipEmptyParts))
                    QVERIFY2(!kInternalWords.contains(word),
                             qPrintable(QStringLiteral("%1 row %2: %3").arg(ind.code).arg(r).arg(text)));
            }
            const QString valueText = ModelText::text(&model, r, AuditTableModel::ValueColumn);
            QVERIFY2(ValueTextCheck::problems(valueText, ind).isEmpty(),
                     qPrintable(ValueTextCheck::problems(valueText, ind).join(QLatin1Char('\n'))));
            QCOMPARE(ModelText::text(&model, r, AuditTableModel::ActionColumn), kActions.value(e.action, e.action));
            QCOMPARE(model.index(r, AuditTableModel::YearColumn).data(), QVariant(e.year));
            QCOMPARE(ModelText::text(&model, r, AuditTableModel::ReasonColumn), e.reason);
            QCOMPARE(model.index(r, AuditTableModel::ReasonColumn).data(Qt::ToolTipRole).toString(), e.reason);
            if (e.action == QLatin1String("demo") && !e.oldValue) {
                // DemoData wrote the value: nothing before, the stored value after.
                const std::optional<ValueRecord> v = TestData::value(c, ind.code, e.year);
                QVERIFY(v);
                QCOMPARE(ModelText::text(&model, r, AuditTableModel::ValueColumn),
                         QStringLiteral("— → ") + TargetFormat::value(v->value, ind));
                QCOMPARE(e.user, QStringLiteral("demo"));
            }
            if (r > 0)
                QVERIFY(history.at(r - 1).at >= e.at); // newest first
        }
        rows += history.size();
    }
    QVERIFY(rows > 400);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditTableModel::lifeOfOneValue()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString code = QStringLiteral("W04");
    const int year = 2026;
    const User liaison = TestData::user(c, QStringLiteral("weijian"));
    const User reviewer = TestData::user(c, QStringLiteral("fuergw"));
    const Indicator ind = TestData::indicator(c, code);
    const QVector<ValueKey> key{ValueKey{code, QString(), year}};
    const QDateTime start(QDate(2027, 3, 4), QTime(9, 0), Qt::UTC);

    AuditTableModel model;
    const auto tester = attachModelTester(&model);
    const int before = AuditRepository(c).history(code).size();
    QString error;
    int step = 0;
    // Each step one minute after the last, so every row has its own time.
    auto at = [&] { return start.addSecs(60 * step++); };
    {
        const Clock::Override clock(at());
        QVERIFY2(ReturnService(c).saveDraft(liaison, ind, year, TestData::entry("95.1", "按年报口径，已核实"), "年报",
                                            &error),
                 qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReturnService(c).submit(liaison, {code}, year, &error), qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReviewService(c).sendBack(reviewer, key, QStringLiteral("口径与上年不一致"), &error),
                 qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReturnService(c).saveDraft(liaison, ind, year, TestData::entry("95.3", "按年报口径，已核实"), "年报",
                                            &error),
                 qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReturnService(c).submit(liaison, {code}, year, &error), qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReviewService(c).approve(reviewer, key, &error), qPrintable(error));
    }
    {
        const Clock::Override clock(at());
        QVERIFY2(ReviewService(c).reopen(reviewer, key, QStringLiteral("复核分母"), &error), qPrintable(error));
    }
    model.setEntries(AuditRepository(c).history(code), ind);
    QCOMPARE(model.rowCount(), before + 7);

    // Newest first: when, who, action, year, value, state, reason.
    const QVector<QStringList> expected = {
        {when(start.addSecs(360)), "fuergw", "Reopened", "2026", "95.3%", "Approved → Returned", "复核分母"},
        {when(start.addSecs(300)), "fuergw", "Approved", "2026", "95.3%", "Submitted → Approved", ""},
        {when(start.addSecs(240)), "weijian", "Submitted", "2026", "95.3%", "Draft → Submitted", ""},
        {when(start.addSecs(180)), "weijian", "Saved draft", "2026", "95.1% → 95.3%", "Returned → Draft", ""},
        {when(start.addSecs(120)), "fuergw", "Returned", "2026", "95.1%", "Submitted → Returned", "口径与上年不一致"},
        {when(start.addSecs(60)), "weijian", "Submitted", "2026", "95.1%", "Draft → Submitted", ""},
    };
    for (int r = 0; r < expected.size(); ++r) {
        QStringList got;
        for (int column = 0; column < model.columnCount(); ++column)
            got << ModelText::text(&model, r, column);
        QCOMPARE(got, expected.at(r));
    }
    // The first draft: no value before it.
    const int first = expected.size();
    QCOMPARE(ModelText::text(&model, first, AuditTableModel::WhenColumn), when(start));
    QCOMPARE(ModelText::text(&model, first, AuditTableModel::ActionColumn), QStringLiteral("Saved draft"));
    QCOMPARE(ModelText::text(&model, first, AuditTableModel::ValueColumn), QStringLiteral("— → 95.1%"));
    QVERIFY(ModelText::text(&model, first, AuditTableModel::StateColumn).endsWith(QStringLiteral("→ Draft")));
    QCOMPARE(model.index(0, AuditTableModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("复核分母"));
    QCOMPARE(model.flags(model.index(0, 0)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
}

void TestAuditTableModel::storedKeysReadAsWords()
{
    // The rows 变更记录 once showed as "baseline", "system" and "— → met".
    Indicator w03;
    w03.code = QStringLiteral("W03");
    w03.measureUnit = QStringLiteral("1/10万");
    AuditEntry baseline;
    baseline.user = QStringLiteral("system");
    baseline.action = QStringLiteral("baseline");
    baseline.year = 2020;
    baseline.newValue = 5.0;
    baseline.newState = QStringLiteral("approved");
    AuditEntry verdict;
    verdict.user = QStringLiteral("fuergw");
    verdict.action = QStringLiteral("judge");
    verdict.year = 2025;
    verdict.newState = QStringLiteral("met");
    AuditEntry changedVerdict = verdict;
    changedVerdict.oldState = QStringLiteral("met");
    changedVerdict.newState = QStringLiteral("not_met");
    AuditEntry edit;
    edit.user = QStringLiteral("admin");
    edit.action = QStringLiteral("catalog");
    AuditTableModel model;
    const auto tester = attachModelTester(&model);
    model.setEntries({baseline, verdict, changedVerdict, edit}, w03);
    const auto row = [&model](int r) {
        QStringList cells;
        for (int c = AuditTableModel::UserColumn; c < AuditTableModel::ReasonColumn; ++c)
            cells << ModelText::text(&model, r, c);
        return cells;
    };
    QCOMPARE(row(0), QStringList({"Catalog", "Baseline from the plan", "2020", "— → 5.0/10万", "— → Approved"}));
    QCOMPARE(row(1), QStringList({"fuergw", "Verdict recorded", "2025", "—", "— → Met"}));
    QCOMPARE(row(2), QStringList({"fuergw", "Verdict recorded", "2025", "—", "Met → Not met"}));
    QCOMPARE(row(3), QStringList({"admin", "Indicator edited", "", "—", ""}));
}

QTEST_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
