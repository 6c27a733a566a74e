// The server drops a desk's connection (pg_terminate_backend, as a restart or a
// network cut would): before a save the connection is made again and the save goes
// through, LISTEN included; in the middle of a save (the server ends the backend
// from inside the write) the save is reported as not saved and nothing of it is
// stored, not the value and not its audit; the retry then stores it once. Runs only
// on the test server (FUER_TEST_PG).
#include "demofixture.h"
#include "pgtestserver.h"
#include "testdata.h"

#include "session/session.h"
#include "storage/database.h"
#include "storage/pgconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

class TestServerDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void droppedBetweenSavesIsMadeAgain();
    void droppedInTheMiddleOfASaveStoresNothing();
    void serverAwayForSeveralRetriesIsWaitedFor();

private:
    int backendOf(Session &s);
    bool terminate(int pid);
    QString stored(const QString &code, int year);

    std::unique_ptr<TempDatabase> m_demo;
};

namespace {
constexpr int Year = 2026;
}

void TestServerDrop::initTestCase()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    qputenv("FUER_TEST_BACKEND", "pg");
    m_demo = DemoFixture::open();
}

int TestServerDrop::backendOf(Session &s)
{
    QSqlQuery q(s.database()->connection());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toInt() : 0;
}

bool TestServerDrop::terminate(int pid)
{
    QSqlQuery q(m_demo->connection());
    if (!q.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid)) || !q.next())
        return false;
    return q.value(0).toBool();
}

QString TestServerDrop::stored(const QString &code, int year)
{
    const std::optional<ValueRecord> v = TestData::value(m_demo->connection(), code, year);
    return v ? QStringLiteral("%1/%2").arg(v->value).arg(v->version) : QStringLiteral("(none)");
}

void TestServerDrop::droppedBetweenSavesIsMadeAgain()
{
    Session desk;
    QVERIFY2(desk.open(m_demo->path()), qPrintable(desk.errorString()));
    const User weijian = TestData::user(m_demo->connection(), QStringLiteral("weijian"));
    desk.setUser(weijian);
    const QStringList listening = desk.database()->connection().driver()->subscribedToNotifications();
    QVERIFY(!listening.isEmpty());
    const int before = backendOf(desk);
    QVERIFY(before > 0);
    QVERIFY(terminate(before));

    QString error;
    const QString code = QStringLiteral("W04");
    QVERIFY2(desk.returns().saveDraft(weijian, TestData::indicator(m_demo->connection(), code), Year,
                                      TestData::entry(QStringLiteral("93.1")), QStringLiteral("卫生统计年报"), &error,
                                      0),
             qPrintable(error));
    QCOMPARE(stored(code, Year), QStringLiteral("93.1/1"));
    const int after = backendOf(desk);
    QVERIFY(after > 0 && after != before);
    // Still listening for the others' changes on the new connection.
    QCOMPARE(desk.database()->connection().driver()->subscribedToNotifications(), listening);
    QCOMPARE(desk.checkConnection(), Session::Link::Alive);

    // Dropped while idle, the window's check makes it again at once.
    QVERIFY(terminate(after));
    QSqlQuery(desk.database()->connection()).exec(QStringLiteral("SELECT 1")); // libpq learns of the drop
    QCOMPARE(desk.checkConnection(), Session::Link::Restored);
    QVERIFY(desk.districtValue(code, Year).has_value());
}

void TestServerDrop::droppedInTheMiddleOfASaveStoresNothing()
{
    Session desk;
    QVERIFY2(desk.open(m_demo->path()), qPrintable(desk.errorString()));
    const User weijian = TestData::user(m_demo->connection(), QStringLiteral("weijian"));
    desk.setUser(weijian);
    // The server ends the writing backend from inside its first write of W03.
    QString dropError;
    QVERIFY2(PgTestServer::dropNextValueWrite(m_demo->connection(), &dropError), qPrintable(dropError));
    QSqlQuery q(m_demo->connection());
    const QString code = QStringLiteral("W03");
    const int auditBefore = TestData::audit(m_demo->connection(), code, Year).size();

    QString error;
    const Indicator w03 = TestData::indicator(m_demo->connection(), code);
    QVERIFY(!desk.returns().saveDraft(weijian, w03, Year, TestData::entry(QStringLiteral("6.5")),
                                      QStringLiteral("卫生统计年报"), &error, 0));
    QVERIFY2(!error.isEmpty(), "a reason is given");
    // Nothing of it is stored: not the value, not an audit row.
    QCOMPARE(stored(code, Year), QStringLiteral("(none)"));
    QCOMPARE(TestData::audit(m_demo->connection(), code, Year).size(), auditBefore);
    // The desk knows the link went down and makes it again.
    QCOMPARE(desk.checkConnection(), Session::Link::Restored);

    // The retry, from the same version, stores it once.
    QVERIFY2(desk.returns().saveDraft(weijian, w03, Year, TestData::entry(QStringLiteral("6.5")),
                                      QStringLiteral("卫生统计年报"), &error, 0),
             qPrintable(error));
    QCOMPARE(stored(code, Year), QStringLiteral("6.5/1"));
    QCOMPARE(TestData::audit(m_demo->connection(), code, Year).size(), auditBefore + 1);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER drop_mid_save ON indicator_values")));
}

void TestServerDrop::serverAwayForSeveralRetriesIsWaitedFor()
{
    // The server drops the desk and takes no new connection for a while (a restart
    // that takes long, a network down): every save meanwhile is reported as not
    // stored and the link as still lost, however many times it is tried; once the
    // server takes connections again the next save goes through, stored once.
    Session desk;
    QVERIFY2(desk.open(m_demo->path()), qPrintable(desk.errorString()));
    const User weijian = TestData::user(m_demo->connection(), QStringLiteral("weijian"));
    desk.setUser(weijian);
    // ALLOW_CONNECTIONS of a database is changed from another one: the cluster's
    // maintenance database, as FUER_TEST_PG names it.
    PgConnectionSpec maintenance;
    QString error;
    QVERIFY2(PgConnectionSpec::parse(qEnvironmentVariable("FUER_TEST_PG"), &maintenance, &error), qPrintable(error));
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("serverdrop_maintenance"));
    maintenance.applyTo(other);
    QVERIFY2(maintenance.open(other, &error), qPrintable(error));
    QSqlQuery owner(other);
    const QString database = m_demo->connection().databaseName();
    auto allow = [&](bool on) {
        return owner.exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                              .arg(database, on ? QStringLiteral("true") : QStringLiteral("false")));
    };
    QVERIFY2(allow(false), qPrintable(owner.lastError().text()));
    struct Reopen
    {
        std::function<bool(bool)> allow;
        ~Reopen() { allow(true); }
    } reopen{allow};
    QVERIFY(terminate(backendOf(desk)));

    const QString code = QStringLiteral("W06");
    const Indicator w06 = TestData::indicator(m_demo->connection(), code);
    const int auditBefore = TestData::audit(m_demo->connection(), code, Year).size();
    for (int attempt = 0; attempt < 3; ++attempt) {
        QVERIFY(!desk.returns().saveDraft(weijian, w06, Year, TestData::entry(QStringLiteral("97.2")),
                                          QStringLiteral("卫生统计年报"), &error, 0));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        QCOMPARE(desk.checkConnection(), Session::Link::Lost);
    }
    QCOMPARE(stored(code, Year), QStringLiteral("(none)"));
    QCOMPARE(TestData::audit(m_demo->connection(), code, Year).size(), auditBefore);

    QVERIFY2(allow(true), qPrintable(owner.lastError().text()));
    QVERIFY2(desk.returns().saveDraft(weijian, w06, Year, TestData::entry(QStringLiteral("97.2")),
                                      QStringLiteral("卫生统计年报"), &error, 0),
             qPrintable(error));
    QCOMPARE(stored(code, Year), QStringLiteral("97.2/1"));
    QCOMPARE(TestData::audit(m_demo->connection(), code, Year).size(), auditBefore + 1);
    QCOMPARE(desk.checkConnection(), Session::Link::Alive);
}

QTEST_GUILESS_MAIN(TestServerDrop)
#include "tst_serverdrop.moc"
