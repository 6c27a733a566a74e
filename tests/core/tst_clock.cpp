// Clock: the one source of "now" in core. With the clock fixed, every place that
// stamps time writes that exact time: the audit rows of a draft, a submission, an
// approval and a verdict, the value's last change, a comment and its audit row, a
// new account, the baselines of a new database, the report's date and the name of
// the file a restore keeps aside. A place that read the system clock instead
// would write today's date and fail here.
#include "demofixture.h"
#include "testdata.h"

#include "model/clock.h"
#include "storage/auditrepository.h"
#include "storage/backupservice.h"
#include "storage/commentrepository.h"
#include "storage/judgementrepository.h"
#include "storage/valuerepository.h"
#include "workflow/authservice.h"
#include "workflow/reportdata.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

namespace {
// Far from the time the tests run, so the system clock can never match it.
const QDateTime kFixed(QDate(2027, 3, 4), QTime(5, 6, 7), Qt::UTC);
constexpr int kYear = 2026;
} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void overrideIsScoped();
    void auditTrailAndValueTakeTheClock();
    void verdictTakesTheClock();
    void commentTakesTheClock();
    void newAccountTakesTheClock();
    void newDatabaseTakesTheClock();
    void reportDateTakesTheClock();
    void restoreNamesTheKeptFileByTheClock();
};

void TestClock::overrideIsScoped()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    {
        const Clock::Override fixed(kFixed);
        QCOMPARE(Clock::nowUtc(), kFixed);
        QCOMPARE(Clock::now(), kFixed.toLocalTime());
        QCOMPARE(Clock::now().timeSpec(), Qt::LocalTime);
        QCOMPARE(Clock::today(), kFixed.toLocalTime().date());
        {
            const Clock::Override later(kFixed.addDays(1));
            QCOMPARE(Clock::nowUtc(), kFixed.addDays(1));
        }
        QCOMPARE(Clock::nowUtc(), kFixed); // the outer override is back
    }
    // The real clock again.
    const QDateTime now = Clock::nowUtc();
    QVERIFY(now >= before.addSecs(-1) && now <= QDateTime::currentDateTimeUtc().addSecs(1));
    Clock::setForTesting(kFixed);
    QCOMPARE(Clock::nowUtc(), kFixed);
    Clock::setForTesting(QDateTime());
    QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) <= 1);
}

void TestClock::auditTrailAndValueTakeTheClock()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const int before = AuditRepository(c).history(QStringLiteral("W04")).size();
    {
        const Clock::Override fixed(kFixed);
        QString error;
        const User liaison = TestData::user(c, QStringLiteral("weijian"));
        QVERIFY2(ReturnService(c).saveDraft(liaison, TestData::indicator(c, QStringLiteral("W04")), kYear,
                                            TestData::entry(TestData::calm(c, QStringLiteral("W04"), kYear)),
                                            QStringLiteral("年报"), &error),
                 qPrintable(error));
        QCOMPARE(TestData::value(c, QStringLiteral("W04"), kYear)->updatedAt, kFixed);
        QVERIFY2(ReturnService(c).submit(liaison, {QStringLiteral("W04")}, kYear, &error), qPrintable(error));
        QVERIFY2(ReviewService(c).approve(TestData::user(c, QStringLiteral("fuergw")),
                                          {ValueKey{QStringLiteral("W04"), QString(), kYear}}, &error),
                 qPrintable(error));
    }
    const QVector<AuditEntry> history = AuditRepository(c).history(QStringLiteral("W04"));
    QCOMPARE(history.size(), before + 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(history.at(i).year, kYear);
        QCOMPARE(history.at(i).at, kFixed);
    }
    QCOMPARE(history.at(2).action, QStringLiteral("save"));
    QCOMPARE(history.at(1).action, QStringLiteral("submit"));
    QCOMPARE(history.at(0).action, QStringLiteral("approve"));
    const std::optional<ValueRecord> v = TestData::value(c, QStringLiteral("W04"), kYear);
    QCOMPARE(v->state, ValueState::Approved);
    QCOMPARE(v->updatedAt, kFixed);
    // As stored: UTC text, to the millisecond.
    QSqlQuery q(c);
    QVERIFY(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE at = '%1'").arg(kFixed.toString(Qt::ISODateWithMs))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestClock::verdictTakesTheClock()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    {
        const Clock::Override fixed(kFixed);
        QString error;
        QVERIFY2(ReviewService(c).judge(TestData::user(c, QStringLiteral("fuergw")), QStringLiteral("W25"), 2025, true,
                                        QStringLiteral("比例合理"), &error),
                 qPrintable(error));
    }
    const std::optional<Judgement> j = JudgementRepository(c).judgement(QStringLiteral("W25"), QString(), 2025);
    QVERIFY(j);
    QCOMPARE(j->at, kFixed);
    const AuditEntry last = AuditRepository(c).history(QStringLiteral("W25")).value(0);
    QCOMPARE(last.action, QStringLiteral("judge"));
    QCOMPARE(last.at, kFixed);
}

void TestClock::commentTakesTheClock()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    {
        const Clock::Override fixed(kFixed);
        QString error;
        QVERIFY2(ReturnService(c).addComment(TestData::user(c, QStringLiteral("gongan")),
                                             TestData::indicator(c, QStringLiteral("C04")), 2025,
                                             QStringLiteral("公安口径：含户籍外儿童"), &error),
                 qPrintable(error));
    }
    const QVector<Comment> comments = CommentRepository(c).comments(QStringLiteral("C04"));
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().at, kFixed);
    QCOMPARE(comments.first().user, QStringLiteral("gongan"));
    const AuditEntry last = AuditRepository(c).history(QStringLiteral("C04")).value(0);
    QCOMPARE(last.action, QStringLiteral("comment"));
    QCOMPARE(last.at, kFixed);
}

void TestClock::newAccountTakesTheClock()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    {
        const Clock::Override fixed(kFixed);
        User u;
        u.login = QStringLiteral("newbie");
        u.displayName = QStringLiteral("新同事");
        u.role = User::Role::Reviewer;
        QString error;
        QVERIFY2(AuthService(c).createUser(TestData::user(c, QStringLiteral("admin")), u,
                                           QStringLiteral("Fuer-2026-secret"), &error),
                 qPrintable(error));
    }
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT created_at FROM users WHERE login = 'newbie'")));
    QVERIFY(q.next());
    QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), kFixed);
    // Its audit row (the account's login is the row's reason).
    QVERIFY(q.exec(QStringLiteral("SELECT at FROM audit_log WHERE action = 'user_create' AND reason = 'newbie'")));
    QVERIFY(q.next());
    QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), kFixed);
}

void TestClock::newDatabaseTakesTheClock()
{
    TempDatabase db;
    {
        const Clock::Override fixed(kFixed);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
    }
    // The plan's baselines are stored when the database is created.
    const QVector<ValueRecord> values = ValueRepository(db.connection()).values();
    QVERIFY(!values.isEmpty());
    for (const ValueRecord &v : values)
        QCOMPARE(v.updatedAt, kFixed);
}

void TestClock::reportDateTakesTheClock()
{
    const auto db = DemoFixture::open();
    const Clock::Override fixed(kFixed);
    const ReportData d = ReportData::build(db->connection(), ReportData::Kind::Annual, 2025);
    QCOMPARE(d.generated, kFixed.toLocalTime().date());
}

void TestClock::restoreNamesTheKeptFileByTheClock()
{
    auto db = DemoFixture::open();
    const QString live = db->path();
    const QString copy = db->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    QVERIFY2(BackupService::backup(live, copy, &error), qPrintable(error));
    db->close();
    QString kept;
    {
        const Clock::Override fixed(kFixed);
        QVERIFY2(BackupService::restore(copy, live, &kept, &error), qPrintable(error));
    }
    QCOMPARE(kept,
             live + QStringLiteral(".before-restore-")
                 + kFixed.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QVERIFY(QFileInfo::exists(kept));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
