// Comments of the lead and co-operating units: who may write them, what is kept.

#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/commentrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"

#include <QTemporaryDir>
#include <QtTest>

class TestComments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whoMayComment_data();
    void whoMayComment();
    void keptNewestFirstAndAudited();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestComments::initTestCase()
{
    QVERIFY(DemoFixture::copyTo(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    QVERIFY(PlanDatabase::open(m_db, m_dir.filePath(QStringLiteral("demo.sqlite"))));
}

void TestComments::whoMayComment_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("allowed");
    // C04 5岁以下儿童死亡率 is led by 区卫健委 with 区公安分局 co-operating.
    QTest::newRow("lead unit") << "weijian" << true;
    QTest::newRow("co-operating unit") << "gongan" << true;
    QTest::newRow("unrelated unit") << "tiyu" << false;
    QTest::newRow("reviewer") << "fuergw" << true;
}

void TestComments::whoMayComment()
{
    QFETCH(QString, login);
    QFETCH(bool, allowed);
    const User user = *UserRepository(m_db.connection()).user(login);
    const Indicator c04 = *CatalogRepository(m_db.connection()).indicator(QStringLiteral("C04"));
    const int before = CommentRepository(m_db.connection()).comments(QStringLiteral("C04")).size();
    QString error;
    QCOMPARE(ReturnService(m_db.connection()).addComment(user, c04, 2025, QStringLiteral("口径已核对"), &error),
             allowed);
    QCOMPARE(CommentRepository(m_db.connection()).comments(QStringLiteral("C04")).size(), before + (allowed ? 1 : 0));
    if (!allowed)
        QVERIFY2(error.contains(QStringLiteral("C04")) && error.contains(QStringLiteral("区体育局")),
                 qPrintable(error));
}

void TestComments::keptNewestFirstAndAudited()
{
    const User gongan = *UserRepository(m_db.connection()).user(QStringLiteral("gongan"));
    const Indicator c04 = *CatalogRepository(m_db.connection()).indicator(QStringLiteral("C04"));
    ReturnService service(m_db.connection());
    QString error;
    QVERIFY(!service.addComment(gongan, c04, 2025, QStringLiteral("   "), &error)); // empty refused
    QVERIFY(service.addComment(gongan, c04, 2025, QStringLiteral("第一条"), &error));
    QVERIFY(service.addComment(gongan, c04, 2025, QStringLiteral("第二条"), &error));
    const QVector<Comment> all = CommentRepository(m_db.connection()).comments(QStringLiteral("C04"));
    QCOMPARE(all.first().body, QStringLiteral("第二条"));
    QCOMPARE(all.first().unit, QStringLiteral("区公安分局"));
    QCOMPARE(all.first().user, QStringLiteral("gongan"));
    const AuditEntry last = AuditRepository(m_db.connection()).history(QStringLiteral("C04")).first();
    QCOMPARE(last.action, QStringLiteral("comment"));
    QCOMPARE(last.reason, QStringLiteral("第二条"));
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
