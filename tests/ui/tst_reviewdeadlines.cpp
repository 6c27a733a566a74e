// The office's due dates on the review page (填报审核, issue #15 item 2): Due
// date... shows the date in force (31 March of the following year until one is
// set) with a calendar and sets it; Extend for unit... extends it for the selected
// unit with a required reason, refusing a date before the year's; the matrix
// follows on deadlinesChanged and shows 逾期 n 天 from the new date; Export reminder
// list... writes the 催报名单 .xlsx chosen in the file dialog; the buttons follow
// the permission; and all the matrix's columns are in sight at 1366 x 768.
// The clock is fixed (2026-04-10, Asia/Shanghai).
#include "demofixture.h"
#include "dialogtesting.h"
#include "modeltesting.h"
#include "testdata.h"
#include "unitreportrows.h"

#include "review/completenessmodel.h"
#include "review/deadlinedialog.h"
#include "review/reviewpage.h"
#include "session/session.h"

#include "catalog/plandatabase.h"
#include "exchange/xlsxreader.h"
#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/valuerepository.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace {
constexpr int Year = 2025;
const QString kUnit = QStringLiteral("区卫健委");
} // namespace

class TestReviewDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void matrixFitsAt1366();
    void dueDateButton();
    void extensionChangesTheDaysLate();
    void extensionRefusalsStayInTheDialog();
    void reminderListButton();
    void disabledReviewerMayNotSetDueDates();

private:
    QString text(const QString &unit, int column) const;
    QPushButton *button(const char *name) const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Clock::Override> m_clock;
    std::unique_ptr<Database> m_db; // before the page: destroyed after it
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ReviewPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_copy = 0;
};

void TestReviewDeadlines::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QVERIFY(m_dir.isValid());
}

void TestReviewDeadlines::init()
{
    m_clock = std::make_unique<Clock::Override>(QDateTime(QDate(2026, 4, 10), QTime(10, 0), Qt::LocalTime));
    const QString path = m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_copy));
    QVERIFY(DemoFixture::copyTo(path));
    m_db = std::make_unique<Database>();
    QVERIFY2(PlanDatabase::open(*m_db, path), qPrintable(m_db->errorString()));
    m_session = std::make_unique<Session>(m_db.get());
    m_session->setUser(TestData::signIn(m_db->connection(), QStringLiteral("fuergw")));
    m_page = std::make_unique<ReviewPage>(m_session.get());
    m_testers = attachModelTesters<CompletenessModel>(m_page.get());
    m_page->setYear(Year);
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QCoreApplication::processEvents();
    QVERIFY(m_page->selectUnit(kUnit));
}

void TestReviewDeadlines::cleanup()
{
    m_testers.clear();
    m_page.reset();
    m_session.reset();
    m_db.reset();
    m_clock.reset();
}

QString TestReviewDeadlines::text(const QString &unit, int column) const
{
    const CompletenessModel *model = m_page->completeness();
    return ModelText::text(model, model->rowOfUnit(unit), column);
}

QPushButton *TestReviewDeadlines::button(const char *name) const
{
    auto *b = m_page->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

void TestReviewDeadlines::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestReviewDeadlines::matrixFitsAt1366()
{
    // With an extension (the longest due-date text) and a unit past due.
    QString error;
    QVERIFY2(m_session->deadlines().extend(m_session->user().value(), Year, kUnit, QDate(2026, 4, 30),
                                           QStringLiteral("补充调查"), &error),
             qPrintable(error));
    QTableView *view = m_page->completenessView();
    QCoreApplication::processEvents();
    screenshot(m_page.get(), QStringLiteral("review-page-1366"));
    QString widths;
    for (int c = 0; c < CompletenessModel::ColumnCount; ++c)
        widths += QString::number(view->horizontalHeader()->sectionSize(c)) + QLatin1Char(' ');
    qInfo("matrix columns %s= %d in a viewport of %d", qPrintable(widths), view->horizontalHeader()->length(),
          view->viewport()->width());
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < CompletenessModel::ColumnCount; ++c) {
        QVERIFY2(header->sectionViewportPosition(c) >= 0, qPrintable(QString::number(c)));
        QVERIFY2(header->sectionViewportPosition(c) + header->sectionSize(c) <= view->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(c)
                                .arg(header->sectionViewportPosition(c) + header->sectionSize(c))
                                .arg(view->viewport()->width())));
        // Cut-short headers say in full what they mean.
        QVERIFY(!m_page->completeness()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    // The return beside it keeps a usable width.
    QVERIFY2(m_page->valuesView()->width() >= 480, qPrintable(QString::number(m_page->valuesView()->width())));
    for (const char *name : {"dueDateButton", "extendButton", "reminderButton"})
        QVERIFY(button(name)->isVisible() && button(name)->isEnabled());
}

void TestReviewDeadlines::dueDateButton()
{
    QCOMPARE(text(kUnit, CompletenessModel::DueColumn), QStringLiteral("2026-03-31"));
    QVERIFY(onDialog<DeadlineDialog>([this] { button("dueDateButton")->click(); },
                                     [&](DeadlineDialog *d) {
                                         QVERIFY(d->dateEdit()->calendarPopup());
                                         QVERIFY(!d->reasonEdit());
                                         // Nothing set: the proposal, 31 March of the following year.
                                         QCOMPARE(d->dateEdit()->date(), QDate(2026, 3, 31));
                                         d->dateEdit()->setDate(QDate(2026, 4, 1));
                                         screenshot(d, QStringLiteral("due-date-dialog"));
                                         d->accept();
                                     }));
    QCOMPARE(m_session->deadlines().dueDate(Year), QDate(2026, 4, 1));
    // The matrix followed (deadlinesChanged), for every unit.
    const CompletenessModel *model = m_page->completeness();
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(ModelText::text(model, r, CompletenessModel::DueColumn), QStringLiteral("2026-04-01"));
    QCOMPARE(m_page->messageText(), QStringLiteral("The due date of 2025 is now 2026-04-01."));
    QCOMPARE(m_page->currentUnit(), kUnit); // the selection stays
    // Opened again, the dialog shows the date now in force.
    QVERIFY(onDialog<DeadlineDialog>([this] { button("dueDateButton")->click(); },
                                     [&](DeadlineDialog *d) { QCOMPARE(d->dateEdit()->date(), QDate(2026, 4, 1)); }));
}

void TestReviewDeadlines::extensionChangesTheDaysLate()
{
    // 区卫健委 delivers everything on 5 April: its values and its report.
    QVector<ValueRecord> records;
    for (const Indicator &ind : CatalogRepository(m_db->connection()).indicators()) {
        if (ind.leadUnit() != kUnit)
            continue;
        ValueRecord r;
        r.indicatorCode = ind.code;
        r.year = Year;
        const std::optional<ValueRecord> demo = TestData::value(m_db->connection(), ind.code, Year);
        r.value = demo ? demo->value : 50.0;
        r.state = ValueState::Approved;
        records.append(r);
    }
    QString error;
    const QDateTime delivered(QDate(2026, 4, 5), QTime(10, 0), Qt::LocalTime);
    {
        const Clock::Override at(delivered);
        QVERIFY2(ValueRepository(m_db->connection())
                     .store(records, QStringLiteral("weijian"), QStringLiteral("import"), false, &error),
                 qPrintable(error));
    }
    // The demo stamped its submissions when the fixture was built: they are moved to
    // the day of delivery too.
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("UPDATE indicator_values SET submitted_at = ? WHERE year = ? AND submitted_at IS NOT NULL"));
    q.addBindValue(delivered.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(Year);
    QVERIFY(q.exec());
    QVERIFY(UnitReportRows::put(m_db->connection(), kUnit, Year, QStringLiteral("submitted"), delivered));
    QVERIFY2(m_session->deadlines().setDueDate(m_session->user().value(), Year, QDate(2026, 4, 1), &error),
             qPrintable(error));
    QCOMPARE(text(kUnit, CompletenessModel::TimelinessColumn), QStringLiteral("逾期 4 天"));
    // Another unit, nothing delivered: past due by 9 days on 10 April.
    QCOMPARE(text(QStringLiteral("区体育局"), CompletenessModel::TimelinessColumn), QStringLiteral("未报送(逾期9天)"));

    QVERIFY(m_page->selectUnit(kUnit));
    QVERIFY(onDialog<DeadlineDialog>([this] { button("extendButton")->click(); },
                                     [&](DeadlineDialog *d) {
                                         QVERIFY(d->dateEdit()->calendarPopup());
                                         QVERIFY(d->reasonEdit());
                                         QVERIFY(d->windowTitle().contains(kUnit));
                                         d->dateEdit()->setDate(QDate(2026, 4, 3));
                                         d->reasonEdit()->setPlainText(QStringLiteral("卫生统计年报延后发布"));
                                         screenshot(d, QStringLiteral("extension-dialog"));
                                         d->accept();
                                     }));
    QCOMPARE(text(kUnit, CompletenessModel::DueColumn), QStringLiteral("2026-04-03 *"));
    QCOMPARE(text(kUnit, CompletenessModel::TimelinessColumn), QStringLiteral("逾期 2 天"));
    QCOMPARE(m_page->messageText(), QStringLiteral("The 2025 due date for 区卫健委 is extended to 2026-04-03."));
    const CompletenessModel *model = m_page->completeness();
    QCOMPARE(model->index(model->rowOfUnit(kUnit), CompletenessModel::DueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Extended: 卫生统计年报延后发布"));
    // Extended past the day it delivered: on time.
    QVERIFY(onDialog<DeadlineDialog>([this] { button("extendButton")->click(); },
                                     [&](DeadlineDialog *d) {
                                         // The extension in force, and its reason, to change.
                                         QCOMPARE(d->dateEdit()->date(), QDate(2026, 4, 3));
                                         QCOMPARE(d->reasonEdit()->toPlainText(),
                                                  QStringLiteral("卫生统计年报延后发布"));
                                         d->dateEdit()->setDate(QDate(2026, 4, 6));
                                         d->accept();
                                     }));
    QCOMPARE(text(kUnit, CompletenessModel::TimelinessColumn), QStringLiteral("按时"));
    QCOMPARE(text(QStringLiteral("区体育局"), CompletenessModel::TimelinessColumn), QStringLiteral("未报送(逾期9天)"));
}

void TestReviewDeadlines::extensionRefusalsStayInTheDialog()
{
    QStringList messages;
    QVERIFY(onDialog<DeadlineDialog>([this] { button("extendButton")->click(); },
                                     [&](DeadlineDialog *d) {
                                         d->dateEdit()->setDate(QDate(2026, 4, 20));
                                         d->reasonEdit()->clear();
                                         d->accept();
                                         QVERIFY(d->isVisible());
                                         messages << d->messageText();
                                         d->dateEdit()->setDate(QDate(2026, 3, 1));
                                         d->reasonEdit()->setPlainText(QStringLiteral("补充调查"));
                                         d->accept();
                                         QVERIFY(d->isVisible());
                                         messages << d->messageText();
                                     }));
    QCOMPARE(messages,
             QStringList({QStringLiteral("An extension for 区卫健委 needs a reason."),
                          QStringLiteral("The extension for 区卫健委 (2026-03-01) is earlier than the "
                                         "year's due date 2026-03-31.")}));
    QVERIFY(m_session->deadlines().extensions(Year).isEmpty());
    QCOMPARE(text(kUnit, CompletenessModel::DueColumn), QStringLiteral("2026-03-31"));
}

void TestReviewDeadlines::reminderListButton()
{
    const QString path = m_dir.filePath(QStringLiteral("reminders-%1.xlsx").arg(m_copy));
    QVERIFY(onDialog<QFileDialog>([this] { button("reminderButton")->click(); },
                                  [&](QFileDialog *d) {
                                      d->selectFile(path);
                                      static_cast<QDialog *>(d)->accept(); // QFileDialog::accept is protected
                                  }));
    QVERIFY(QFileInfo::exists(path));
    XlsxReader::Sheet sheet;
    QString error;
    QVERIFY2(XlsxReader::read(path, &sheet, &error), qPrintable(error));
    QStringList texts;
    for (const XlsxReader::Cell &c : sheet.cells)
        texts << c.text;
    QVERIFY(texts.contains(QStringLiteral("Days past")));
    QVERIFY(texts.contains(kUnit));
    QVERIFY(texts.contains(QStringLiteral("2026-03-31")));
    QVERIFY(texts.contains(QStringLiteral("10"))); // 10 days past the default due date
    QCOMPARE(m_page->messageText(),
             QStringLiteral("Reminder list of 2025 written to %1.").arg(QDir::toNativeSeparators(path)));
}

void TestReviewDeadlines::disabledReviewerMayNotSetDueDates()
{
    // The buttons follow Permissions::Act::SetDeadlines: an administrator may, a
    // disabled reviewer may not (and the service would refuse).
    User disabled = m_session->user().value();
    disabled.disabled = true;
    m_session->setUser(disabled);
    m_page->reload();
    QVERIFY(!button("dueDateButton")->isEnabled());
    QVERIFY(!button("extendButton")->isEnabled());
    m_session->setUser(TestData::user(m_db->connection(), QStringLiteral("admin")));
    m_page->reload();
    QVERIFY(button("dueDateButton")->isEnabled());
    QVERIFY(button("extendButton")->isEnabled());
}

QTEST_MAIN(TestReviewDeadlines)
#include "tst_reviewdeadlines.moc"
