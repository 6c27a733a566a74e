// TodoService (待办): with a fixed clock, a liaison's list holds the due date with the
// days left, late or extended, each value sent back with who returned it, when and
// why (also after it was saved again), the report sent back with its reason, the
// drafts and the indicators without a value, and is empty once everything is
// delivered; a reviewer's list holds the units' submitted values with the longest
// waiting unit first, the submitted reports oldest first and the judged targets
// with a value but no verdict; the administrator gets the reviewer's list.
#include "demofixture.h"
#include "testdata.h"

#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"
#include "workflow/deadlineservice.h"
#include "workflow/reportservice.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"
#include "workflow/todoservice.h"

#include <QtTest>

namespace {
constexpr int Year = 2026;
const QString kUnit = QStringLiteral("区卫健委");
const QString kReviewerName = QStringLiteral("区妇儿工委办审核员（示例）");

QDateTime local(int month, int day, int hour = 10)
{
    return QDateTime(QDate(Year + 1, month, day), QTime(hour, 0));
}

QStringList leadCodes(QSqlDatabase db, const QString &unit)
{
    QStringList out;
    for (const Indicator &ind : CatalogRepository(db).indicators()) {
        if (ind.leadUnit() == unit)
            out << ind.code;
    }
    return out;
}

QString liaisonOf(QSqlDatabase db, const QString &unit)
{
    for (const User &u : UserRepository(db).users()) {
        if (u.role == User::Role::Liaison && u.unit == unit)
            return u.login;
    }
    qFatal("no liaison for %s", qPrintable(unit));
}

bool saveAndSubmit(QSqlDatabase db, const QString &login, const QStringList &codes, int year = Year)
{
    const User u = TestData::user(db, login);
    ReturnService returns(db);
    QString error;
    for (const QString &code : codes) {
        const EntryValidator::Input in = TestData::entry(TestData::calm(db, code, year), QStringLiteral("口径同上年"));
        if (!returns.saveDraft(u, TestData::indicator(db, code), year, in, QStringLiteral("卫生统计年报"), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    if (!returns.submit(u, codes, year, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool writeAndSubmitReport(QSqlDatabase db, const QString &login, const QString &unit, int year = Year)
{
    ReportService reports(db);
    const User u = TestData::user(db, login);
    QString error;
    UnitReport r = *reports.report(u, unit, year, &error);
    r.problems = QStringLiteral("基层统计人手不足");
    r.nextYearPlan = QStringLiteral("继续推进");
    int version = 0;
    if (!reports.saveDraft(u, r, &error, &version) || !reports.submit(u, unit, year, version, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QVector<TodoItem> ofKind(const QVector<TodoItem> &items, TodoItem::Kind kind)
{
    QVector<TodoItem> out;
    for (const TodoItem &i : items) {
        if (i.kind == kind)
            out << i;
    }
    return out;
}

QStringList codesOf(const QVector<TodoItem> &items)
{
    QStringList out;
    for (const TodoItem &i : items)
        out << i.code;
    return out;
}
} // namespace

class TestTodoService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liaisonOwesEverything();
    void returnedValueNamesReviewerAndReason();
    void returnedReportCarriesReason();
    void deadline_data();
    void deadline();
    void nothingOwedIsEmpty();
    void reviewerSeesOldestFirst();
    void verdictToRecord();
    void administratorAndDisabled();
};

void TestTodoService::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestTodoService::liaisonOwesEverything()
{
    const auto db = DemoFixture::open();
    const Clock::Override clock(local(3, 20));
    const QVector<TodoItem> items =
        TodoService(db->connection()).items(TestData::user(db->connection(), "weijian"), Year);
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().kind, TodoItem::Kind::Deadline);
    QCOMPARE(items.first().due, QDate(Year + 1, 3, 31));
    QCOMPARE(items.first().daysLeft, 11);
    QVERIFY2(items.first().text.contains(QStringLiteral("11 day(s) left")), qPrintable(items.first().text));
    // Every indicator the unit leads, each named, in catalog order; none of another unit.
    const QStringList leads = leadCodes(db->connection(), kUnit);
    QVERIFY(leads.size() > 5);
    const QVector<TodoItem> unfilled = ofKind(items, TodoItem::Kind::NotFilled);
    QCOMPARE(codesOf(unfilled), leads);
    for (const TodoItem &i : unfilled) {
        const Indicator ind = TestData::indicator(db->connection(), i.code);
        QVERIFY2(i.text.contains(ind.code) && i.text.contains(ind.name), qPrintable(i.text));
        QCOMPARE(i.opens, TodoItem::Opens::ReturnPage);
    }
    QCOMPARE(ofKind(items, TodoItem::Kind::ReportNotSubmitted).size(), 1);
    QCOMPARE(ofKind(items, TodoItem::Kind::ReportNotSubmitted).first().opens, TodoItem::Opens::ReportPage);
    QVERIFY2(TodoService::summary(items).contains(QStringLiteral("%1 indicator(s) without a value").arg(leads.size())),
             qPrintable(TodoService::summary(items)));

    // A draft is no longer "no value" but "not submitted".
    QString error;
    const QString code = leads.first();
    QVERIFY2(ReturnService(db->connection())
                 .saveDraft(TestData::user(db->connection(), "weijian"), TestData::indicator(db->connection(), code),
                            Year, TestData::entry(TestData::calm(db->connection(), code, Year)), QString(), &error),
             qPrintable(error));
    const QVector<TodoItem> after =
        TodoService(db->connection()).items(TestData::user(db->connection(), "weijian"), Year);
    QVERIFY(!codesOf(ofKind(after, TodoItem::Kind::NotFilled)).contains(code));
    QCOMPARE(codesOf(ofKind(after, TodoItem::Kind::DraftNotSubmitted)), QStringList{code});
}

void TestTodoService::returnedValueNamesReviewerAndReason()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QStringList leads = leadCodes(c, kUnit);
    const QString w1 = leads.at(0), w2 = leads.at(1);
    {
        const Clock::Override clock(local(3, 1));
        QVERIFY(saveAndSubmit(c, "weijian", {w1, w2}));
    }
    QString error;
    {
        const Clock::Override clock(local(3, 2));
        QVERIFY2(ReviewService(c).sendBack(TestData::user(c, "fuergw"), {{w2, QString(), Year}},
                                           QStringLiteral("数据来源不明"), &error),
                 qPrintable(error));
    }
    {
        const Clock::Override clock(local(3, 3));
        QVERIFY2(ReviewService(c).sendBack(TestData::user(c, "fuergw"), {{w1, QString(), Year}},
                                           QStringLiteral("分子分母不一致"), &error),
                 qPrintable(error));
    }
    const Clock::Override clock(local(3, 5));
    QVector<TodoItem> returned = ofKind(TodoService(c).items(TestData::user(c, "weijian"), Year),
                                        TodoItem::Kind::ReturnedValue);
    // Oldest return first.
    QCOMPARE(codesOf(returned), (QStringList{w2, w1}));
    const Indicator ind2 = TestData::indicator(c, w2);
    QCOMPARE(returned.at(0).reason, QStringLiteral("数据来源不明"));
    QCOMPARE(returned.at(0).who, kReviewerName);
    QCOMPARE(returned.at(0).text,
             QStringLiteral("%1 %2 returned by %3 on %4-03-02: 数据来源不明")
                 .arg(w2, ind2.name, kReviewerName)
                 .arg(Year + 1));
    QCOMPARE(returned.at(1).reason, QStringLiteral("分子分母不一致"));

    // Saved again but not submitted: still waiting, with who returned it and when.
    QVERIFY2(
        ReturnService(c).saveDraft(TestData::user(c, "weijian"), ind2, Year,
                                   TestData::entry(TestData::calm(c, w2, Year), QStringLiteral("来源：卫生统计年报")),
                                   QStringLiteral("卫生统计年报"), &error),
        qPrintable(error));
    returned = ofKind(TodoService(c).items(TestData::user(c, "weijian"), Year), TodoItem::Kind::ReturnedValue);
    QCOMPARE(returned.size(), 2);
    QCOMPARE(returned.at(0).code, w2);
    QCOMPARE(returned.at(0).who, kReviewerName);
    QVERIFY2(returned.at(0).text.contains(QStringLiteral("on %1-03-02: 数据来源不明").arg(Year + 1)),
             qPrintable(returned.at(0).text));
    // Submitted again: gone.
    QVERIFY2(ReturnService(c).submit(TestData::user(c, "weijian"), {w2}, Year, &error), qPrintable(error));
    returned = ofKind(TodoService(c).items(TestData::user(c, "weijian"), Year), TodoItem::Kind::ReturnedValue);
    QCOMPARE(codesOf(returned), QStringList{w1});
    QVERIFY(TodoService::summary(TodoService(c).items(TestData::user(c, "weijian"), Year))
                .startsWith(QStringLiteral("1 value(s) returned")));
}

void TestTodoService::returnedReportCarriesReason()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const Clock::Override clock(local(3, 10));
    QVERIFY(writeAndSubmitReport(c, "weijian", kUnit));
    // Submitted: not the liaison's to do any more, the reviewer's.
    QVERIFY(
        ofKind(TodoService(c).items(TestData::user(c, "weijian"), Year), TodoItem::Kind::ReportNotSubmitted).isEmpty());
    const QVector<TodoItem> toReview = ofKind(TodoService(c).items(TestData::user(c, "fuergw"), Year),
                                              TodoItem::Kind::ReportToReview);
    QCOMPARE(toReview.size(), 1);
    QCOMPARE(toReview.first().unit, kUnit);
    QString error;
    ReportService reports(c);
    const UnitReport r = *reports.report(TestData::user(c, "fuergw"), kUnit, Year, &error);
    QVERIFY2(reports.returnReport(TestData::user(c, "fuergw"), kUnit, Year, r.version, QStringLiteral("缺少盖章扫描件"),
                                  &error),
             qPrintable(error));
    const QVector<TodoItem> items = TodoService(c).items(TestData::user(c, "weijian"), Year);
    const QVector<TodoItem> returned = ofKind(items, TodoItem::Kind::ReturnedReport);
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.first().reason, QStringLiteral("缺少盖章扫描件"));
    QCOMPARE(returned.first().opens, TodoItem::Opens::ReportPage);
    QCOMPARE(returned.first().text,
             QStringLiteral("The annual report %1 was returned by %2 on %3-03-10: 缺少盖章扫描件")
                 .arg(Year)
                 .arg(kReviewerName)
                 .arg(Year + 1));
    QVERIFY(ofKind(items, TodoItem::Kind::ReportNotSubmitted).isEmpty());
    QVERIFY(ofKind(TodoService(c).items(TestData::user(c, "fuergw"), Year), TodoItem::Kind::ReportToReview).isEmpty());
}

void TestTodoService::deadline_data()
{
    QTest::addColumn<QDateTime>("today");
    QTest::addColumn<QDate>("extendTo"); // invalid: no extension
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("before") << local(3, 20) << QDate() << QDate(Year + 1, 3, 31) << 11 << "11 day(s) left";
    QTest::newRow("on the day") << local(3, 31, 23) << QDate() << QDate(Year + 1, 3, 31) << 0 << "due today";
    QTest::newRow("after") << local(4, 3) << QDate() << QDate(Year + 1, 3, 31) << -3 << "3 day(s) late";
    QTest::newRow("one day late") << local(4, 1, 0) << QDate() << QDate(Year + 1, 3, 31) << -1 << "1 day(s) late";
    QTest::newRow("extended") << local(4, 3) << QDate(Year + 1, 4, 10) << QDate(Year + 1, 4, 10) << 7
                              << "extended: 新系统上线|7 day(s) left";
}

void TestTodoService::deadline()
{
    QFETCH(QDateTime, today);
    QFETCH(QDate, extendTo);
    QFETCH(QDate, due);
    QFETCH(int, daysLeft);
    QFETCH(QString, text);
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    QString error;
    if (extendTo.isValid()) {
        QVERIFY2(DeadlineService(c).extend(TestData::user(c, "fuergw"), Year, kUnit, extendTo,
                                           QStringLiteral("新系统上线"), &error),
                 qPrintable(error));
        // Another unit's extension is not this unit's.
        QVERIFY(DeadlineService(c).extend(TestData::user(c, "fuergw"), Year, QStringLiteral("区体育局"),
                                          QDate(Year + 1, 5, 1), QStringLiteral("另议"), &error));
    }
    const Clock::Override clock(today);
    const QVector<TodoItem> items = TodoService(c).items(TestData::user(c, "weijian"), Year);
    const TodoItem *d = TodoService::deadline(items);
    QVERIFY(d);
    QCOMPARE(d->due, due);
    QCOMPARE(d->daysLeft, daysLeft);
    QCOMPARE(d->extended, extendTo.isValid());
    for (const QString &part : text.split(QLatin1Char('|')))
        QVERIFY2(d->text.contains(part), qPrintable(d->text));
    QVERIFY2(TodoService::summary(items).contains(TodoService::daysText(daysLeft)),
             qPrintable(TodoService::summary(items)));
}

void TestTodoService::nothingOwedIsEmpty()
{
    // 2025 in the demo: every value submitted or approved; once the report is in, nothing waits.
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const Clock::Override clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    const QString unit = QStringLiteral("区体育局");
    const QString login = liaisonOf(c, unit);
    QVector<TodoItem> items = TodoService(c).items(TestData::user(c, login), 2025);
    QCOMPARE(items.size(), 2); // the report not written and the due date it is owed by
    QCOMPARE(items.at(0).kind, TodoItem::Kind::Deadline);
    QVERIFY2(items.at(0).text.contains(QStringLiteral("the annual report still to submit")),
             qPrintable(items.at(0).text));
    QCOMPARE(items.at(1).kind, TodoItem::Kind::ReportNotSubmitted);
    QVERIFY(writeAndSubmitReport(c, login, unit, 2025));
    items = TodoService(c).items(TestData::user(c, login), 2025);
    QVERIFY2(items.isEmpty(), qPrintable(items.value(0).text));
    QVERIFY(TodoService::summary(items).isEmpty());
}

void TestTodoService::reviewerSeesOldestFirst()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString other = QStringLiteral("区体育局");
    const QStringList health = leadCodes(c, kUnit);
    const QStringList sport = leadCodes(c, other);
    QVERIFY(!sport.isEmpty());
    // Nothing submitted for 2026 yet: the reviewer has nothing of values or reports.
    {
        const QVector<TodoItem> none = TodoService(c).items(TestData::user(c, "fuergw"), Year);
        QVERIFY(ofKind(none, TodoItem::Kind::ValuesToReview).isEmpty());
        QVERIFY(ofKind(none, TodoItem::Kind::ReportToReview).isEmpty());
    }
    {
        const Clock::Override clock(local(3, 1));
        QVERIFY(saveAndSubmit(c, "weijian", {health.at(2)}));
    }
    {
        const Clock::Override clock(local(3, 2));
        QVERIFY(saveAndSubmit(c, liaisonOf(c, other), sport));
        QVERIFY(writeAndSubmitReport(c, liaisonOf(c, other), other));
    }
    {
        const Clock::Override clock(local(3, 4));
        QVERIFY(saveAndSubmit(c, "weijian", {health.at(0), health.at(1)}));
        QVERIFY(writeAndSubmitReport(c, "weijian", kUnit));
    }
    const Clock::Override clock(local(3, 5));
    const QVector<TodoItem> items = TodoService(c).items(TestData::user(c, "fuergw"), Year);
    const QVector<TodoItem> values = ofKind(items, TodoItem::Kind::ValuesToReview);
    QCOMPARE(values.size(), 2);
    // 区卫健委 waits since 1 March, 区体育局 since 2 March.
    QCOMPARE(values.at(0).unit, kUnit);
    QCOMPARE(values.at(0).codes, (QStringList{health.at(2), health.at(0), health.at(1)}));
    QCOMPARE(values.at(0).opens, TodoItem::Opens::ReviewPage);
    QVERIFY2(values.at(0).text.contains(QStringLiteral("3 value(s) waiting for review since %1-03-01").arg(Year + 1)),
             qPrintable(values.at(0).text));
    QCOMPARE(values.at(1).unit, other);
    QCOMPARE(values.at(1).codes.size(), sport.size());
    // Reports: 区体育局 (2 March) before 区卫健委 (4 March).
    const QVector<TodoItem> reports = ofKind(items, TodoItem::Kind::ReportToReview);
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).unit, other);
    QCOMPARE(reports.at(1).unit, kUnit);
    // Values first, then reports, then verdicts.
    QCOMPARE(items.at(0).kind, TodoItem::Kind::ValuesToReview);
    QCOMPARE(items.at(2).kind, TodoItem::Kind::ReportToReview);
    QVERIFY(TodoService::summary(items).contains(
        QStringLiteral("%1 value(s) of 2 unit(s) to review").arg(3 + sport.size())));

    // Approving one unit's return takes it off the list.
    QString error;
    const User reviewer = TestData::user(c, "fuergw");
    QVERIFY2(ReviewService(c).approve(reviewer, ReviewService(c).submittedOf(kUnit, Year), &error), qPrintable(error));
    const QVector<TodoItem> left = ofKind(TodoService(c).items(reviewer, Year), TodoItem::Kind::ValuesToReview);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().unit, other);
    // A liaison never sees the reviewer's items.
    QVERIFY(ofKind(TodoService(c).items(TestData::user(c, "weijian"), Year), TodoItem::Kind::ValuesToReview).isEmpty());
}

void TestTodoService::verdictToRecord()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    // W20 and W24 are judged (保持合理比例); the demo has verdicts up to 2025 only.
    const User reviewer = TestData::user(c, "fuergw");
    const QStringList in2025 = codesOf(ofKind(TodoService(c).items(reviewer, 2025), TodoItem::Kind::VerdictToRecord));
    QVERIFY2(!in2025.contains(QStringLiteral("W20")) && !in2025.contains(QStringLiteral("W24")),
             qPrintable(in2025.join(QLatin1Char(' '))));
    // Every other judged or unparsed target with a 2025 value has no verdict in the demo.
    for (const QString &code : in2025)
        QVERIFY(TestData::value(c, code, 2025));
    QVERIFY(ofKind(TodoService(c).items(reviewer, Year), TodoItem::Kind::VerdictToRecord).isEmpty());
    const QString code = QStringLiteral("W20");
    const Indicator ind = TestData::indicator(c, code);
    // A draft is not there yet for the reviewer.
    QString error;
    const QString login = liaisonOf(c, ind.leadUnit());
    // Another value than 2025's: the 2025 verdict does not carry over to it.
    const QString changed = QString::number(TestData::value(c, code, 2025)->value + 0.5);
    QVERIFY2(ReturnService(c).saveDraft(TestData::user(c, login), ind, Year,
                                        TestData::entry(changed, QStringLiteral("党员发展结构变化")),
                                        QStringLiteral("统计年报"), &error),
             qPrintable(error));
    QVERIFY(ofKind(TodoService(c).items(reviewer, Year), TodoItem::Kind::VerdictToRecord).isEmpty());
    QVERIFY2(ReturnService(c).submit(TestData::user(c, login), {code}, Year, &error), qPrintable(error));
    QVector<TodoItem> verdicts = ofKind(TodoService(c).items(reviewer, Year), TodoItem::Kind::VerdictToRecord);
    QVERIFY2(codesOf(verdicts) == QStringList{code}, qPrintable(codesOf(verdicts).join(QLatin1Char(' '))));
    QCOMPARE(verdicts.first().unit, ind.leadUnit());
    QCOMPARE(verdicts.first().opens, TodoItem::Opens::ReviewPage);
    QVERIFY2(verdicts.first().text.contains(ind.name) && verdicts.first().text.contains(ind.targetText),
             qPrintable(verdicts.first().text));
    QVERIFY2(ReviewService(c).judge(reviewer, code, Year, true, QStringLiteral("比例合理"), &error), qPrintable(error));
    verdicts = ofKind(TodoService(c).items(reviewer, Year), TodoItem::Kind::VerdictToRecord);
    QVERIFY(verdicts.isEmpty());
}

void TestTodoService::administratorAndDisabled()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const Clock::Override clock(local(3, 1));
    QVERIFY(saveAndSubmit(c, "weijian", {leadCodes(c, kUnit).first()}));
    const QVector<TodoItem> admin = TodoService(c).items(TestData::user(c, "admin"), Year);
    QCOMPARE(ofKind(admin, TodoItem::Kind::ValuesToReview).size(), 1);
    QCOMPARE(admin.size(), TodoService(c).items(TestData::user(c, "fuergw"), Year).size());
    User disabled = TestData::user(c, "weijian");
    disabled.disabled = true;
    QVERIFY(TodoService(c).items(disabled, Year).isEmpty());
}

QTEST_GUILESS_MAIN(TestTodoService)
#include "tst_todoservice.moc"
