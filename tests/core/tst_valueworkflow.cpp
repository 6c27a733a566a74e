// ValueWorkflow: the state machine of a reported value and who may move it.
//
//   (none) ─save→ draft ─submit→ submitted ─approve→ approved ─reopen→ returned
//                                          └─return→ returned ─save→ draft
//                                                    returned ─submit→ submitted
//
// Every act is tried from every current state (no value, draft, submitted,
// approved, returned); every role is tried with every act on an indicator led by
// 区卫健委 with 区公安分局 co-operating (as C04 5岁以下儿童死亡率 in the catalog).
#include "workflow/valueworkflow.h"

#include <QtTest>

#include <optional>

using Act = ValueWorkflow::Act;
using State = std::optional<ValueState>;

Q_DECLARE_METATYPE(ValueWorkflow::Act)
Q_DECLARE_METATYPE(std::optional<ValueState>)
Q_DECLARE_METATYPE(ValueState)
Q_DECLARE_METATYPE(User::Role)

namespace {

const QString kLead = QStringLiteral("区卫健委");
const QString kCoOperating = QStringLiteral("区公安分局");
const QString kOther = QStringLiteral("区教委");

Indicator c04()
{
    Indicator ind;
    ind.code = QStringLiteral("C04");
    ind.name = QStringLiteral("5岁以下儿童死亡率");
    ind.measureUnit = QStringLiteral("‰");
    ind.targetText = QStringLiteral("<4.5");
    ind.attribute = Indicator::Attribute::Binding;
    ind.units = QStringList{kLead, kCoOperating};
    return ind;
}

User makeUser(User::Role role, const QString &unit, bool disabled)
{
    User u;
    u.login = QStringLiteral("someone");
    u.role = role;
    u.unit = unit;
    u.disabled = disabled;
    return u;
}

QString actName(Act act)
{
    return ValueWorkflow::actKey(act);
}

QString stateName(State s)
{
    return s ? ValueStates::key(*s) : QStringLiteral("none");
}

const Act kActs[] = {Act::Save, Act::Submit, Act::Approve, Act::Return, Act::Reopen};

} // namespace

class TestValueWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void allowedFrom_data();
    void allowedFrom();
    void everyStateHasAWayOnExceptNone_data();
    void everyStateHasAWayOnExceptNone();
    void resultOf_data();
    void resultOf();
    void needsReason_data();
    void needsReason();
    void actKey_data();
    void actKey();
    void mayAct_data();
    void mayAct();
    void leadsViewAndComment_data();
    void leadsViewAndComment();
};

void TestValueWorkflow::allowedFrom_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<State>("current");
    QTest::addColumn<bool>("allowed");

    const State none;
    const State draft = ValueState::Draft;
    const State submitted = ValueState::Submitted;
    const State approved = ValueState::Approved;
    const State returned = ValueState::Returned;

    // The table of valueworkflow.h, row by row: 5 acts x 5 current states.
    struct Row
    {
        Act act;
        State current;
        bool allowed;
    };
    const Row rows[] = {
        {Act::Save, none, true},         {Act::Save, draft, true},        {Act::Save, submitted, false},
        {Act::Save, approved, false},    {Act::Save, returned, true},

        {Act::Submit, none, false},      {Act::Submit, draft, true},      {Act::Submit, submitted, false},
        {Act::Submit, approved, false},  {Act::Submit, returned, true},

        {Act::Approve, none, false},     {Act::Approve, draft, false},    {Act::Approve, submitted, true},
        {Act::Approve, approved, false}, {Act::Approve, returned, false},

        {Act::Return, none, false},      {Act::Return, draft, false},     {Act::Return, submitted, true},
        {Act::Return, approved, false},  {Act::Return, returned, false},

        {Act::Reopen, none, false},      {Act::Reopen, draft, false},     {Act::Reopen, submitted, false},
        {Act::Reopen, approved, true},   {Act::Reopen, returned, false},
    };
    for (const Row &r : rows) {
        const QString name = QStringLiteral("%1 from %2: %3")
                                 .arg(actName(r.act), stateName(r.current), r.allowed ? "allowed" : "refused");
        QTest::newRow(qPrintable(name)) << r.act << r.current << r.allowed;
    }
}

void TestValueWorkflow::allowedFrom()
{
    QFETCH(Act, act);
    QFETCH(State, current);
    QFETCH(bool, allowed);
    QCOMPARE(ValueWorkflow::allowedFrom(act, current), allowed);
}

void TestValueWorkflow::everyStateHasAWayOnExceptNone_data()
{
    QTest::addColumn<State>("current");
    QTest::addColumn<QStringList>("acts");
    QTest::newRow("none: only save") << State() << QStringList{"save"};
    QTest::newRow("draft: save, submit") << State(ValueState::Draft) << QStringList{"save", "submit"};
    QTest::newRow("submitted: approve, return") << State(ValueState::Submitted) << QStringList{"approve", "return"};
    QTest::newRow("approved: reopen only") << State(ValueState::Approved) << QStringList{"reopen"};
    QTest::newRow("returned: save, submit") << State(ValueState::Returned) << QStringList{"save", "submit"};
}

void TestValueWorkflow::everyStateHasAWayOnExceptNone()
{
    QFETCH(State, current);
    QFETCH(QStringList, acts);
    QStringList allowed;
    for (Act a : kActs) {
        if (ValueWorkflow::allowedFrom(a, current))
            allowed << ValueWorkflow::actKey(a);
    }
    QCOMPARE(allowed, acts);
}

void TestValueWorkflow::resultOf_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<ValueState>("result");
    QTest::newRow("save -> draft") << Act::Save << ValueState::Draft;
    QTest::newRow("submit -> submitted") << Act::Submit << ValueState::Submitted;
    QTest::newRow("approve -> approved") << Act::Approve << ValueState::Approved;
    QTest::newRow("return -> returned") << Act::Return << ValueState::Returned;
    QTest::newRow("reopen -> returned") << Act::Reopen << ValueState::Returned;
}

void TestValueWorkflow::resultOf()
{
    QFETCH(Act, act);
    QFETCH(ValueState, result);
    QCOMPARE(ValueWorkflow::resultOf(act), result);
    // What an act leads to is a state the value can leave again (no dead end).
    bool wayOn = false;
    for (Act next : kActs)
        wayOn = wayOn || ValueWorkflow::allowedFrom(next, result);
    QVERIFY(wayOn);
}

void TestValueWorkflow::needsReason_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<bool>("needsReason");
    QTest::newRow("save: no reason") << Act::Save << false;
    QTest::newRow("submit: no reason") << Act::Submit << false;
    QTest::newRow("approve: no reason") << Act::Approve << false;
    QTest::newRow("return: reason required") << Act::Return << true;
    QTest::newRow("reopen: reason required") << Act::Reopen << true;
}

void TestValueWorkflow::needsReason()
{
    QFETCH(Act, act);
    QFETCH(bool, needsReason);
    QCOMPARE(ValueWorkflow::needsReason(act), needsReason);
}

void TestValueWorkflow::actKey_data()
{
    QTest::addColumn<Act>("act");
    QTest::addColumn<QString>("key");
    QTest::newRow("save") << Act::Save << "save";
    QTest::newRow("submit") << Act::Submit << "submit";
    QTest::newRow("approve") << Act::Approve << "approve";
    QTest::newRow("return") << Act::Return << "return";
    QTest::newRow("reopen") << Act::Reopen << "reopen";
}

void TestValueWorkflow::actKey()
{
    QFETCH(Act, act);
    QFETCH(QString, key);
    QCOMPARE(ValueWorkflow::actKey(act), key);
}

void TestValueWorkflow::mayAct_data()
{
    QTest::addColumn<User::Role>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<Act>("act");
    QTest::addColumn<bool>("may");

    struct Who
    {
        const char *name;
        User::Role role;
        QString unit;
        bool disabled;
        bool entry;  // may save and submit
        bool review; // may approve, return and reopen
    };
    const Who people[] = {
        {"liaison of the lead unit", User::Role::Liaison, kLead, false, true, false},
        {"liaison of another unit", User::Role::Liaison, kOther, false, false, false},
        {"liaison of the co-operating unit", User::Role::Liaison, kCoOperating, false, false, false},
        {"liaison without a unit", User::Role::Liaison, QString(), false, false, false},
        {"reviewer", User::Role::Reviewer, QString(), false, false, true},
        {"reviewer with the lead unit's name", User::Role::Reviewer, kLead, false, false, true},
        {"administrator", User::Role::Admin, QString(), false, false, true},
        {"disabled liaison of the lead unit", User::Role::Liaison, kLead, true, false, false},
        {"disabled reviewer", User::Role::Reviewer, QString(), true, false, false},
        {"disabled administrator", User::Role::Admin, QString(), true, false, false},
    };
    for (const Who &w : people) {
        for (Act a : kActs) {
            const bool entryAct = a == Act::Save || a == Act::Submit;
            const bool may = entryAct ? w.entry : w.review;
            const QString name = QStringLiteral("%1 %2: %3").arg(w.name, actName(a), may ? "may" : "may not");
            QTest::newRow(qPrintable(name)) << w.role << w.unit << w.disabled << a << may;
        }
    }
}

void TestValueWorkflow::mayAct()
{
    QFETCH(User::Role, role);
    QFETCH(QString, unit);
    QFETCH(bool, disabled);
    QFETCH(Act, act);
    QFETCH(bool, may);
    QCOMPARE(ValueWorkflow::mayAct(makeUser(role, unit, disabled), act, c04()), may);
}

void TestValueWorkflow::leadsViewAndComment_data()
{
    QTest::addColumn<User::Role>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("leads");
    QTest::addColumn<bool>("canView");
    QTest::addColumn<bool>("canComment");

    QTest::newRow("lead unit's liaison") << User::Role::Liaison << kLead << false << true << true << true;
    QTest::newRow("co-operating unit's liaison")
        << User::Role::Liaison << kCoOperating << false << false << true << true;
    QTest::newRow("other unit's liaison") << User::Role::Liaison << kOther << false << false << false << false;
    QTest::newRow("liaison without unit") << User::Role::Liaison << QString() << false << false << false << false;
    QTest::newRow("reviewer") << User::Role::Reviewer << QString() << false << false << true << true;
    QTest::newRow("administrator") << User::Role::Admin << QString() << false << false << true << true;
    QTest::newRow("disabled lead liaison: sees, may not comment")
        << User::Role::Liaison << kLead << true << true << true << false;
    QTest::newRow("disabled reviewer: may not comment")
        << User::Role::Reviewer << QString() << true << false << true << false;
}

void TestValueWorkflow::leadsViewAndComment()
{
    QFETCH(User::Role, role);
    QFETCH(QString, unit);
    QFETCH(bool, disabled);
    QFETCH(bool, leads);
    QFETCH(bool, canView);
    QFETCH(bool, canComment);
    const User u = makeUser(role, unit, disabled);
    QCOMPARE(ValueWorkflow::leads(u, c04()), leads);
    QCOMPARE(ValueWorkflow::canView(u, c04()), canView);
    QCOMPARE(ValueWorkflow::canComment(u, c04()), canComment);
}

QTEST_GUILESS_MAIN(TestValueWorkflow)
#include "tst_valueworkflow.moc"
