// A co-operating unit comments on an indicator it sees read-only on its return page.

#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "return/returnhistorypane.h"
#include "return/returnpage.h"
#include "session/session.h"

#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/demodata.h"

#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestReturnComments : public QObject
{
    Q_OBJECT

private slots:
    void cooperatingUnitComments();
};

void TestReturnComments::cooperatingUnitComments()
{
    QTemporaryDir dir;
    QVERIFY(DemoFixture::copyTo(dir.filePath(QStringLiteral("demo.sqlite"))));
    Database db;
    QVERIFY(PlanDatabase::open(db, dir.filePath(QStringLiteral("demo.sqlite"))));
    QString error;
    {
        Session session(&db);
        session.setUser(*UserRepository(db.connection()).user(QStringLiteral("gongan")));
        ReturnPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setYear(2025);
        page.selectIndicator(QStringLiteral("C04"));
        auto *pane = page.findChild<ReturnHistoryPane *>();
        QVERIFY(pane);
        QCOMPARE(pane->currentCode(), QStringLiteral("C04"));
        QVERIFY2(page.commentOn(QStringLiteral("C04"), QStringLiteral("公安口径：含户籍外儿童"), &error),
                 qPrintable(error));
        QCOMPARE(pane->commentsView()->count(), 1);
        QVERIFY(pane->commentsView()->item(0)->text().contains(QStringLiteral("区公安分局")));
        QVERIFY(pane->commentsView()->item(0)->text().contains(QStringLiteral("公安口径：含户籍外儿童")));
        // C19 belongs to 区教委: neither led nor co-operated by 区公安分局.
        QVERIFY(!page.commentOn(QStringLiteral("C19"), QStringLiteral("x"), &error));
    }
}

QTEST_MAIN(TestReturnComments)
#include "tst_returncomments.moc"
