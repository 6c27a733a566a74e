// Two desks on one server database: a liaison's session saves and submits, a
// reviewer's session (another connection, as another program would have) hears
// it through LISTEN/NOTIFY on its ChangeNotifier within two seconds, with the
// indicators and year, and its completeness then reads the submission; reports and
// due dates travel the same way. Nothing is echoed back to the desk that acted.
// Runs only on the test server (FUER_TEST_PG).
#include "demofixture.h"
#include "pgtestserver.h"
#include "testdata.h"

#include "session/session.h"

#include <QSignalSpy>
#include <QtTest>

class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherDeskHearsSubmissionsReportsAndDeadlines();
};

namespace {
constexpr int Year = 2026;

int submittedOf(const Session &s, const QString &unit)
{
    for (const UnitCompleteness &u : s.completeness(Year)) {
        if (u.unit == unit)
            return u.submitted;
    }
    return -1;
}
} // namespace

void TestServerChanges::initTestCase()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    // DemoFixture then clones the demo database on the server.
    qputenv("FUER_TEST_BACKEND", "pg");
}

void TestServerChanges::otherDeskHearsSubmissionsReportsAndDeadlines()
{
    const std::unique_ptr<TempDatabase> demo = DemoFixture::open();
    const QString uri = demo->path();
    const QString unit = QStringLiteral("区卫健委");
    Session liaisonDesk, reviewerDesk;
    QVERIFY2(liaisonDesk.open(uri), qPrintable(liaisonDesk.errorString()));
    QVERIFY2(reviewerDesk.open(uri), qPrintable(reviewerDesk.errorString()));
    QVERIFY(liaisonDesk.isServer() && reviewerDesk.isServer());
    const User weijian = TestData::user(demo->connection(), QStringLiteral("weijian"));
    const User fuergw = TestData::user(demo->connection(), QStringLiteral("fuergw"));
    liaisonDesk.setUser(weijian);
    reviewerDesk.setUser(fuergw);

    QSignalSpy heard(reviewerDesk.notifier(), &ChangeNotifier::valuesChanged);
    QSignalSpy own(liaisonDesk.notifier(), &ChangeNotifier::valuesChanged);
    const int before = submittedOf(reviewerDesk, unit);
    QVERIFY(before >= 0);

    const QStringList codes{QStringLiteral("W03"), QStringLiteral("W04")};
    QString error;
    ReturnService returns = liaisonDesk.returns();
    for (const QString &code : codes) {
        const EntryValidator::Input in = TestData::entry(TestData::calm(demo->connection(), code, Year),
                                                         QStringLiteral("口径同上年"));
        QVERIFY2(returns.saveDraft(weijian, TestData::indicator(demo->connection(), code), Year, in,
                                   QStringLiteral("卫生统计年报"), &error),
                 qPrintable(error));
    }
    QVERIFY2(returns.submit(weijian, codes, Year, &error), qPrintable(error));
    // Two drafts and one submission: three announcements, all heard over there.
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 3, 2000);
    const QList<QVariant> last = heard.last();
    QCOMPARE(last.at(0).toStringList(), codes);
    QCOMPARE(last.at(1).toInt(), Year);
    QCOMPARE(submittedOf(reviewerDesk, unit), before + 2);
    // Nothing came back to the desk that acted: its own three, no echo.
    QTest::qWait(300);
    QCOMPARE(own.count(), 3);
    QCOMPARE(heard.count(), 3);

    // The report the other way: the liaison hears the reviewer's due date.
    QSignalSpy deadlines(liaisonDesk.notifier(), &ChangeNotifier::deadlinesChanged);
    QSignalSpy reports(reviewerDesk.notifier(), &ChangeNotifier::reportsChanged);
    const User admin = TestData::user(demo->connection(), QStringLiteral("admin"));
    reviewerDesk.setUser(admin);
    QVERIFY2(reviewerDesk.deadlines().setDueDate(admin, Year, QDate(2027, 3, 31), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(deadlines.count(), 1, 2000);
    QCOMPARE(deadlines.first().at(0).toInt(), Year);

    ReportService reportService = liaisonDesk.reports();
    UnitReport r = *reportService.report(weijian, unit, Year, &error);
    r.problems = QStringLiteral("基层统计人手不足");
    int version = 0;
    QVERIFY2(reportService.saveDraft(weijian, r, &error, &version), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(reports.count(), 1, 2000);
    QCOMPARE(reports.first().at(0).toString(), unit);
    QCOMPARE(reports.first().at(1).toInt(), Year);
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "tst_serverchanges.moc"
