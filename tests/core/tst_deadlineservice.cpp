// DeadlineService (报送截止日期 as the office's acts): a reviewer or the
// administrator sets the year's due date and extends it for one unit; a liaison is
// refused and nothing is written; an extension needs a reason and may not fall
// before the year's due date; each act is audited and announced as
// deadlinesChanged(year); the completeness the office reads follows, with a fixed
// clock for the days past due.
#include "demofixture.h"
#include "testdata.h"

#include "model/clock.h"
#include "storage/completenessrepository.h"
#include "storage/deadlinerepository.h"
#include "workflow/changenotifier.h"
#include "workflow/deadlineservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {
constexpr int Year = 2025;
const QString kUnit = QStringLiteral("区卫健委");

UnitCompleteness rowOf(QSqlDatabase db, const QString &unit)
{
    for (const UnitCompleteness &u : CompletenessRepository(db).byUnit(Year)) {
        if (u.unit == unit)
            return u;
    }
    qFatal("no completeness row for %s", qPrintable(unit));
}

int deadlineAudit(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('set_deadline', 'extend_deadline')"))
            && q.next()
        ? q.value(0).toInt()
        : -1;
}
} // namespace

class TestDeadlineService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultUntilSet();
    void whoMaySet_data();
    void whoMaySet();
    void liaisonIsRefused();
    void extensionRules();
    void completenessFollows();
};

void TestDeadlineService::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestDeadlineService::defaultUntilSet()
{
    const auto db = DemoFixture::open();
    DeadlineService service(db->connection());
    QCOMPARE(DeadlineService::defaultDueDate(Year), QDate(2026, 3, 31));
    QCOMPARE(service.dueDate(Year), QDate(2026, 3, 31));
    QVERIFY(!service.isSet(Year));
    QVERIFY(service.extensions(Year).isEmpty());
}

void TestDeadlineService::whoMaySet_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("reviewer (the office)") << "fuergw";
    QTest::newRow("administrator") << "admin";
}

void TestDeadlineService::whoMaySet()
{
    QFETCH(QString, login);
    const auto db = DemoFixture::open();
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::deadlinesChanged);
    DeadlineService service(db->connection(), &notifier);
    const User actor = TestData::user(db->connection(), login);
    QString error;
    QVERIFY2(service.setDueDate(actor, Year, QDate(2026, 3, 20), &error), qPrintable(error));
    QCOMPARE(service.dueDate(Year), QDate(2026, 3, 20));
    QVERIFY(service.isSet(Year));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), Year);
    QVERIFY2(service.extend(actor, Year, kUnit, QDate(2026, 4, 10), QStringLiteral("补充调查"), &error),
             qPrintable(error));
    QHash<QString, QString> reasons;
    QCOMPARE(service.extensions(Year, &reasons), (QHash<QString, QDate>{{kUnit, QDate(2026, 4, 10)}}));
    QCOMPARE(reasons.value(kUnit), QStringLiteral("补充调查"));
    QCOMPARE(changed.count(), 2);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, action, year, reason FROM audit_log"
                                  " WHERE action IN ('set_deadline', 'extend_deadline') ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3: %4")
                    .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString(), q.value(3).toString());
    QCOMPARE(rows,
             QStringList({QStringLiteral("set_deadline %1 2025: 2026-03-20").arg(login),
                          QStringLiteral("extend_deadline %1 2025: 2026-04-10: 补充调查").arg(login)}));
}

void TestDeadlineService::liaisonIsRefused()
{
    const auto db = DemoFixture::open();
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::deadlinesChanged);
    DeadlineService service(db->connection(), &notifier);
    const User liaison = TestData::user(db->connection(), QStringLiteral("weijian"));
    const QString refusal = QStringLiteral(
        "Due dates are set and extended by a reviewer (the office) or by the administrator.");
    QString error;
    QVERIFY(!service.setDueDate(liaison, Year, QDate(2026, 5, 1), &error));
    QCOMPARE(error, refusal);
    error.clear();
    QVERIFY(!service.extend(liaison, Year, kUnit, QDate(2026, 5, 1), QStringLiteral("mine"), &error));
    QCOMPARE(error, refusal);
    User disabledReviewer = TestData::user(db->connection(), QStringLiteral("fuergw"));
    disabledReviewer.disabled = true;
    QVERIFY(!service.setDueDate(disabledReviewer, Year, QDate(2026, 5, 1), &error));
    QCOMPARE(error, refusal);
    QVERIFY(!service.isSet(Year));
    QVERIFY(service.extensions(Year).isEmpty());
    QCOMPARE(deadlineAudit(db->connection()), 0);
    QCOMPARE(changed.count(), 0);
}

void TestDeadlineService::extensionRules()
{
    const auto db = DemoFixture::open();
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::deadlinesChanged);
    DeadlineService service(db->connection(), &notifier);
    const User office = TestData::user(db->connection(), QStringLiteral("fuergw"));
    QString error;
    QVERIFY(!service.extend(office, Year, kUnit, QDate(2026, 4, 30), QStringLiteral("   "), &error));
    QCOMPARE(error, QStringLiteral("An extension for 区卫健委 needs a reason."));
    QVERIFY(!service.extend(office, Year, kUnit, QDate(2026, 3, 30), QStringLiteral("补充调查"), &error));
    QCOMPARE(error,
             QStringLiteral("The extension for 区卫健委 (2026-03-30) is earlier than the year's due date "
                            "2026-03-31."));
    QVERIFY(
        !service.extend(office, Year, QStringLiteral("区不存在局"), QDate(2026, 4, 30), QStringLiteral("r"), &error));
    QCOMPARE(error, QStringLiteral("There is no unit named 区不存在局."));
    QVERIFY(!service.setDueDate(office, Year, QDate(2024, 12, 31), &error));
    QCOMPARE(error, QStringLiteral("The due date of 2025 (2024-12-31) falls before the year it reports on."));
    QVERIFY(!service.setDueDate(office, Year, QDate(), &error));
    QCOMPARE(error, QStringLiteral("The due date of 2025 is not a valid date."));
    QVERIFY(service.extensions(Year).isEmpty());
    QVERIFY(!service.isSet(Year));
    QCOMPARE(deadlineAudit(db->connection()), 0);
    QCOMPARE(changed.count(), 0);
    // The due date itself is the earliest extension allowed.
    QVERIFY2(service.extend(office, Year, kUnit, QDate(2026, 3, 31), QStringLiteral("补充调查"), &error),
             qPrintable(error));
}

void TestDeadlineService::completenessFollows()
{
    const auto db = DemoFixture::open();
    DeadlineService service(db->connection());
    const User office = TestData::user(db->connection(), QStringLiteral("fuergw"));
    const Clock::Override at(QDateTime(QDate(2026, 4, 10), QTime(10, 0), Qt::LocalTime));
    QString error;
    QVERIFY2(service.setDueDate(office, Year, QDate(2026, 4, 1), &error), qPrintable(error));
    UnitCompleteness u = rowOf(db->connection(), kUnit);
    QCOMPARE(u.dueDate, QDate(2026, 4, 1));
    QVERIFY(!u.extended);
    // The demo has no annual reports: every unit is 未报送, 9 days past due.
    QCOMPARE(u.timeliness(), UnitCompleteness::Timeliness::Missing);
    QCOMPARE(u.daysLate(Clock::today()), 9);
    QVERIFY2(service.extend(office, Year, kUnit, QDate(2026, 4, 20), QStringLiteral("补充调查"), &error),
             qPrintable(error));
    u = rowOf(db->connection(), kUnit);
    QCOMPARE(u.dueDate, QDate(2026, 4, 20));
    QVERIFY(u.extended);
    QCOMPARE(u.extensionReason, QStringLiteral("补充调查"));
    QCOMPARE(u.daysLate(Clock::today()), -10);
    // Another unit keeps the year's date.
    QCOMPARE(rowOf(db->connection(), QStringLiteral("区体育局")).dueDate, QDate(2026, 4, 1));
}

QTEST_GUILESS_MAIN(TestDeadlineService)
#include "tst_deadlineservice.moc"
