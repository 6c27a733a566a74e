// The report dialog as a reviewer uses it: the issuing body is shown, changed and
// kept for later reports; the Word copy (DOCX) is one of the buttons and is written
// with the issuing body on its cover; a bad name is refused with the message and
// nothing is written.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "report/reportdialog.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testzip.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void docxWithTheIssuingBody();
    void badIssuingBodyWritesNothing();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestReportDialog::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(path));
    QVERIFY(PlanDatabase::open(m_db, path));
}

void TestReportDialog::docxWithTheIssuingBody()
{
    Session session(&m_db);
    session.setUser(*UserRepository(m_db.connection()).user(QStringLiteral("fuergw")));
    ReportDialog dialog(&session);
    QCOMPARE(dialog.issuingBodyEdit()->text(), QStringLiteral("江北区妇女儿童工作委员会办公室"));
    QStringList buttons;
    for (const QPushButton *b : dialog.findChildren<QPushButton *>())
        buttons << b->text();
    QVERIFY2(buttons.contains(QStringLiteral("Save &Word copy (DOCX)...")), qPrintable(buttons.join(QLatin1Char('|'))));
    QVERIFY(buttons.contains(QStringLiteral("Save &PDF...")));
    QVERIFY(buttons.contains(QStringLiteral("Save &editable copy (ODT)...")));

    // FUER_SCREENSHOTS=DIR: the dialog as the reviewer sees it, to look at.
    if (qEnvironmentVariableIsSet("FUER_SCREENSHOTS")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(qEnvironmentVariable("FUER_SCREENSHOTS") + QStringLiteral("/report-dialog.png"));
    }

    const QString office = QStringLiteral("江北区妇儿工委办（窗口）");
    dialog.issuingBodyEdit()->setText(office);
    const QString path = m_dir.filePath(QStringLiteral("dialog.docx"));
    QString error;
    QVERIFY2(dialog.saveDocx(path, &error), qPrintable(error));
    QCOMPARE(session.issuingBody(), office);
    const QMap<QString, QByteArray> parts = TestZip::readAll(path, &error);
    QVERIFY2(parts.contains(QStringLiteral("word/document.xml")), qPrintable(error));
    QVERIFY(QString::fromUtf8(parts.value(QStringLiteral("word/document.xml"))).contains(office));

    // A new dialog shows the kept name.
    ReportDialog again(&session);
    QCOMPARE(again.issuingBodyEdit()->text(), office);
}

void TestReportDialog::badIssuingBodyWritesNothing()
{
    Session session(&m_db);
    session.setUser(*UserRepository(m_db.connection()).user(QStringLiteral("fuergw")));
    ReportDialog dialog(&session);
    const QString before = session.issuingBody();
    dialog.issuingBodyEdit()->setText(QString(61, QChar(0x533A)));
    const QString path = m_dir.filePath(QStringLiteral("refused.docx"));
    QString error;
    QVERIFY(!dialog.saveDocx(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Issuing body: ")) && error.contains(QStringLiteral("at most 60")),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(session.issuingBody(), before);
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
