// The annual report page (年度报告, issue #15 item 1): a liaison types, the autosave
// stores it, a new page over the same database shows the draft; submit; the
// reviewer returns it with a reason, the liaison's page shows the reason; resubmit;
// approve. Also: a co-operating unit reads but cannot write, attachments go in and
// come out byte for byte, and a page refreshes when another one acts.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "session/session.h"
#include "testdata.h"
#include "unitreport/unitreportpage.h"

#include "storage/database.h"
#include "workflow/reportservice.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString kUnit = QStringLiteral("区卫健委");
const QString kHealth = QStringLiteral("儿童与健康");
const int kYear = 2024;
} // namespace

class TestUnitReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void autosavedDraftSurvivesANewPage();
    void closingSavesAtOnce();
    void submitReturnResubmitApprove();
    void cooperatingUnitReadsOnly();
    void attachments();
    void conflictKeepsTheText();

private:
    // A page of `login` over the one session (its user is taken when the page is
    // made), so pages of a liaison and a reviewer hear each other's acts.
    std::unique_ptr<UnitReportPage> openPage(const QString &login, const QString &unit = QString());
    std::optional<UnitReport> stored() const;
    void screenshot(UnitReportPage *page, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestUnitReportPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
    m_db = std::make_unique<Database>();
    QVERIFY2(PlanDatabase::open(*m_db, m_path), qPrintable(m_db->errorString()));
    m_session = std::make_unique<Session>(m_db.get());
}

std::unique_ptr<UnitReportPage> TestUnitReportPage::openPage(const QString &login, const QString &unit)
{
    m_session->setUser(TestData::signIn(m_db->connection(), login));
    auto page = std::make_unique<UnitReportPage>(m_session.get());
    page->setYear(kYear);
    if (!unit.isEmpty())
        page->setUnit(unit);
    page->resize(1100, 900);
    page->show();
    return page;
}

std::optional<UnitReport> TestUnitReportPage::stored() const
{
    QString error;
    return ReportService(m_db->connection())
        .report(TestData::signIn(m_db->connection(), QStringLiteral("fuergw")), kUnit, kYear, &error);
}

void TestUnitReportPage::screenshot(UnitReportPage *page, const QString &name)
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // the layout settles after a state change
    if (!dir.isEmpty())
        QVERIFY(page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestUnitReportPage::autosavedDraftSurvivesANewPage()
{
    auto page = openPage(QStringLiteral("weijian"));
    QCOMPARE(page->unit(), kUnit);
    QCOMPARE(page->year(), kYear);
    QVERIFY(page->categories().contains(kHealth));
    QVERIFY(page->stateText().startsWith(QStringLiteral("State: Not started")));
    QVERIFY(page->isEditable());
    QPlainTextEdit *health = page->progressEdit(kHealth);
    QVERIFY(health);
    health->setFocus();
    QTest::keyClicks(health, QStringLiteral("Vaccination rate kept above 99%."));
    QVERIFY(page->hasUnsavedChanges());
    QCOMPARE(page->saveStatusText(), QStringLiteral("Not saved yet"));
    QVERIFY(!stored()->isStored());
    // The autosave comes by itself after the pause.
    QTRY_VERIFY_WITH_TIMEOUT(!page->hasUnsavedChanges(), UnitReportPage::AutosaveDelayMs * 4);
    QVERIFY(page->saveStatusText().startsWith(QStringLiteral("All changes saved")));
    QCOMPARE(stored()->progress.value(kHealth), QStringLiteral("Vaccination rate kept above 99%."));
    QCOMPARE(stored()->state, ValueState::Draft);
    QCOMPARE(stored()->updatedBy, QStringLiteral("weijian"));
    page.reset();

    auto again = openPage(QStringLiteral("weijian"));
    QCOMPARE(again->progressEdit(kHealth)->toPlainText(), QStringLiteral("Vaccination rate kept above 99%."));
    QVERIFY(again->stateText().startsWith(QStringLiteral("State: Draft")));
    QVERIFY(again->reasonText().isEmpty());
}

void TestUnitReportPage::closingSavesAtOnce()
{
    auto page = openPage(QStringLiteral("weijian"));
    page->problemsEdit()->setFocus();
    QTest::keyClicks(page->problemsEdit(), QStringLiteral("Too few staff in the clinics."));
    page->problemsEdit()->insertPlainText(QStringLiteral("\n基层人手不足。"));
    QVERIFY(page->hasUnsavedChanges());
    page.reset(); // closed before the timer fired
    QCOMPARE(stored()->problems, QStringLiteral("Too few staff in the clinics.\n基层人手不足。"));
    auto again = openPage(QStringLiteral("weijian"));
    QCOMPARE(again->problemsEdit()->toPlainText(), QStringLiteral("Too few staff in the clinics.\n基层人手不足。"));
}

void TestUnitReportPage::submitReturnResubmitApprove()
{
    auto mine = openPage(QStringLiteral("weijian"));
    auto review = openPage(QStringLiteral("fuergw"), kUnit);
    QCOMPARE(review->unit(), kUnit);
    QVERIFY(!review->isEditable());
    QVERIFY(review->findChild<QPushButton *>(QStringLiteral("unitReportSubmit"))->isHidden());
    QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("unitReportApprove"))->isEnabled());
    mine->planEdit()->setFocus();
    QTest::keyClicks(mine->planEdit(), QStringLiteral("Open two more clinics."));
    QString error;
    QVERIFY2(mine->submit(&error), qPrintable(error)); // saves the typed text first
    QCOMPARE(stored()->state, ValueState::Submitted);
    QCOMPARE(stored()->nextYearPlan, QStringLiteral("Open two more clinics."));
    QVERIFY(mine->stateText().startsWith(QStringLiteral("State: Submitted")));
    QVERIFY(!mine->isEditable());
    QVERIFY(mine->planEdit()->isReadOnly());
    // The reviewer's page heard it.
    QVERIFY(review->stateText().startsWith(QStringLiteral("State: Submitted")));
    QCOMPARE(review->planEdit()->toPlainText(), QStringLiteral("Open two more clinics."));
    QVERIFY(review->findChild<QPushButton *>(QStringLiteral("unitReportApprove"))->isEnabled());
    screenshot(review.get(), QStringLiteral("unitreport-reviewer-submitted"));

    QVERIFY(!review->returnReport(QStringLiteral(" "), &error));
    QCOMPARE(error, QStringLiteral("Returning the report of 区卫健委 for 2024 needs a reason for the unit."));
    QVERIFY2(review->returnReport(QStringLiteral("请补充2024年儿童健康体检覆盖情况。"), &error), qPrintable(error));
    QVERIFY(review->stateText().startsWith(QStringLiteral("State: Returned")));

    QVERIFY(mine->stateText().startsWith(QStringLiteral("State: Returned")));
    QCOMPARE(mine->reasonText(), QStringLiteral("Returned by the reviewer: 请补充2024年儿童健康体检覆盖情况。"));
    QVERIFY(mine->isEditable());
    screenshot(mine.get(), QStringLiteral("unitreport-liaison-returned"));
    // A new page (the next sign-in) shows the reason too.
    mine.reset();
    mine = openPage(QStringLiteral("weijian"));
    QCOMPARE(mine->reasonText(), QStringLiteral("Returned by the reviewer: 请补充2024年儿童健康体检覆盖情况。"));

    mine->progressEdit(kHealth)->setFocus();
    mine->progressEdit(kHealth)->moveCursor(QTextCursor::End);
    mine->progressEdit(kHealth)->insertPlainText(QStringLiteral("\n体检覆盖率98%。"));
    QVERIFY2(mine->saveNow(&error), qPrintable(error));
    // Still shown while the fix is a draft; gone once submitted again.
    QVERIFY(!mine->reasonText().isEmpty());
    QVERIFY2(mine->submit(&error), qPrintable(error));
    QVERIFY(mine->reasonText().isEmpty());
    QVERIFY(review->stateText().startsWith(QStringLiteral("State: Submitted")));
    QVERIFY2(review->approve(&error), qPrintable(error));
    QVERIFY(review->stateText().startsWith(QStringLiteral("State: Approved")));
    QVERIFY(mine->stateText().startsWith(QStringLiteral("State: Approved")));
    QCOMPARE(stored()->state, ValueState::Approved);
    QCOMPARE(stored()->progress.value(kHealth), QStringLiteral("Vaccination rate kept above 99%.\n体检覆盖率98%。"));
    screenshot(review.get(), QStringLiteral("unitreport-reviewer-approved"));

    // Every act is in the audit log, naming the unit.
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT a.action, a.user_name FROM audit_log a JOIN units u ON u.id = a.unit_id"
                          " WHERE u.name = '区卫健委' AND a.year = 2024 AND a.action LIKE 'report%' ORDER BY a.id"));
    QStringList acts;
    while (q.next())
        acts << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    QCOMPARE(acts,
             (QStringList{QStringLiteral("report_save:weijian"), QStringLiteral("report_save:weijian"),
                          QStringLiteral("report_save:weijian"), QStringLiteral("report_submit:weijian"),
                          QStringLiteral("report_return:fuergw"), QStringLiteral("report_save:weijian"),
                          QStringLiteral("report_submit:weijian"), QStringLiteral("report_approve:fuergw")}));
}

void TestUnitReportPage::cooperatingUnitReadsOnly()
{
    auto page = openPage(QStringLiteral("jiaowei"));
    QCOMPARE(page->unit(), QStringLiteral("区教委"));
    QVERIFY(page->isEditable());
    QVERIFY(page->setUnit(kUnit));
    QVERIFY(!page->isEditable());
    QVERIFY(page->progressEdit(kHealth)->isReadOnly());
    QCOMPARE(page->progressEdit(kHealth)->toPlainText(), stored()->progress.value(kHealth));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("unitReportSubmit"))->isHidden());
    QVERIFY(!page->setUnit(QStringLiteral("区体育局")));
}

void TestUnitReportPage::attachments()
{
    auto page = openPage(QStringLiteral("tiyu"));
    QCOMPARE(page->unit(), QStringLiteral("区体育局"));
    const QString pdf = m_dir.filePath(QStringLiteral("实施方案.pdf"));
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString fake = m_dir.filePath(QStringLiteral("scan.png"));
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QString error;
    QVERIFY(!page->addAttachmentFile(fake, &error));
    QCOMPARE(error, QStringLiteral("The content of scan.png is not a PNG file, as its extension says."));
    QVERIFY2(page->addAttachmentFile(pdf, &error), qPrintable(error));
    QCOMPARE(page->attachmentNames(), QStringList{QStringLiteral("实施方案.pdf")});
    // The reviewer downloads it.
    auto review = openPage(QStringLiteral("fuergw"), QStringLiteral("区体育局"));
    QCOMPARE(review->attachmentNames(), QStringList{QStringLiteral("实施方案.pdf")});
    const QString out = m_dir.filePath(QStringLiteral("downloaded.pdf"));
    QVERIFY2(review->saveAttachmentAs(0, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QVERIFY(!review->removeAttachment(0, &error));
    QVERIFY2(page->removeAttachment(0, &error), qPrintable(error));
    QVERIFY(page->attachmentNames().isEmpty());
    QVERIFY(review->attachmentNames().isEmpty()); // refreshed from the notifier
}

void TestUnitReportPage::conflictKeepsTheText()
{
    auto first = openPage(QStringLiteral("tiyu"));
    auto later = openPage(QStringLiteral("tiyu"));
    first->problemsEdit()->setPlainText(QStringLiteral("first window"));
    later->problemsEdit()->setPlainText(QStringLiteral("second window"));
    QString error;
    QVERIFY2(later->saveNow(&error), qPrintable(error));
    QVERIFY(!first->saveNow(&error));
    QVERIFY2(error.contains(QStringLiteral("was changed by tiyu at")), qPrintable(error));
    QCOMPARE(first->messageText(), error);
    QCOMPARE(first->saveStatusText(), QStringLiteral("Not saved"));
    QCOMPARE(first->problemsEdit()->toPlainText(), QStringLiteral("first window"));
    QVERIFY(first->hasUnsavedChanges());
}

QTEST_MAIN(TestUnitReportPage)
#include "tst_unitreportpage.moc"
