// 待办 in the window (issue #15 item 3), the whole path with a fixed clock
// (2027-03-20, Asia/Shanghai) on the demo database's reporting year 2026: a liaison
// submits part of the return (the question names every indicator still without a
// submitted value; No submits nothing, Yes submits); the reviewer signs in, the
// notice counts the values to review and the to-do page opens the review page at
// that unit with those values selected; the reviewer returns one with a reason; the
// liaison signs in again, the notice and the to-do page show who returned it and
// why, Open goes to the indicator on the return page, the liaison fixes and
// resubmits and the item is gone. Nobody with nothing waiting gets a notice.
#include "demofixture.h"
#include "dialogtesting.h"
#include "modeltesting.h"
#include "testdata.h"

#include "mainwindow.h"
#include "return/returnpage.h"
#include "return/returntablemodel.h"
#include "return/returntableview.h"
#include "review/reviewpage.h"
#include "signindialog.h"
#include "todo/todomodel.h"
#include "todo/todonotice.h"
#include "todo/todopage.h"
#include "widgets/listdialog.h"

#include "model/clock.h"
#include "session/session.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "workflow/demodata.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
constexpr int Year = 2026;
const QString kUnit = QStringLiteral("区卫健委");
const QString kReviewerName = QStringLiteral("区妇儿工委办审核员（示例）");
} // namespace

class TestTodoPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholePath();
    void partialSelectionNamesTheDraftsLeftOut();

private:
    bool signIn(const QString &login);
    QStringList leadCodes() const;
    QString todoTexts() const;
    void screenshot(QWidget *widget, const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTodoPage::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("FuerMonitorTodoTest"));
    QSettings().clear();
}

bool TestTodoPage::signIn(const QString &login)
{
    bool signedIn = false;
    const bool seen = onDialog<SignInDialog>([&] { signedIn = m_window->signInInteractively(); },
                                             [&](SignInDialog *dialog) {
                                                 if (dialog->trySignIn(login, DemoData::examplePassword()))
                                                     dialog->done(QDialog::Accepted);
                                             });
    QTest::qWait(20);
    return seen && signedIn && m_window->user() && m_window->user()->login == login;
}

QStringList TestTodoPage::leadCodes() const
{
    QStringList out;
    for (const Indicator &ind : CatalogRepository(m_window->session()->database()->connection()).indicators()) {
        if (ind.leadUnit() == kUnit)
            out << ind.code;
    }
    return out;
}

QString TestTodoPage::todoTexts() const
{
    QStringList out;
    for (const TodoItem &i : m_window->todoPage()->model()->items())
        out << i.text;
    return out.join(QLatin1Char('\n'));
}

void TestTodoPage::screenshot(QWidget *widget, const QString &name) const
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestTodoPage::wholePath()
{
    const Clock::Override clock(QDateTime(QDate(Year + 1, 3, 20), QTime(10, 0)));
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openDatabase(path), qPrintable(m_window->lastError()));
    Session *session = m_window->session();
    const auto db = [session] { return session->database()->connection(); };

    // The pages' year is remembered: 2026 on the to-do page, as a person left it.
    m_window->setUser(TestData::user(db(), QStringLiteral("weijian")));
    QVERIFY(m_window->todoPage());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->todoPage())), QStringLiteral("To do"));
    m_window->todoPage()->setYear(Year);
    m_window->findChild<ReturnPage *>()->setYear(Year);
    m_window->saveSettings();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Nothing waits for the administrator yet (nothing submitted for 2026): no notice.
    QVERIFY(signIn(QStringLiteral("admin")));
    QCOMPARE(m_window->todoPage()->year(), Year);
    QVERIFY(!m_window->todoNotice()->isVisible());

    // The liaison: every indicator owed, the due date with its days left.
    QVERIFY(signIn(QStringLiteral("weijian")));
    QVERIFY(m_window->todoNotice()->isVisible());
    const QStringList leads = leadCodes();
    QVERIFY2(
        m_window->todoNotice()->text().contains(QStringLiteral("%1 indicator(s) without a value").arg(leads.size()))
            && m_window->todoNotice()->text().contains(QStringLiteral("due 2027-03-31, 11 day(s) left")),
        qPrintable(m_window->todoNotice()->text()));
    auto *returns = m_window->findChild<ReturnPage *>();
    QVERIFY(returns);
    returns->setYear(Year);
    const User liaison = *session->user();
    const QStringList filled{leads.at(0), leads.at(1), leads.at(2)};
    QString error;
    for (const QString &code : filled) {
        QVERIFY2(session->returns().saveDraft(
                     liaison, TestData::indicator(db(), code), Year,
                     TestData::entry(TestData::calm(db(), code, Year), QStringLiteral("口径同上年")),
                     QStringLiteral("卫生统计年报"), &error),
                 qPrintable(error));
    }
    QCOMPARE(returns->readyCodes(), filled);

    // Submitting part of the return names every indicator still missing; No submits nothing.
    m_window->tabs()->setCurrentWidget(returns);
    QVERIFY(onDialog<ListDialog>([&] { returns->submitAllReady(); },
                                 [&](ListDialog *dialog) {
                                     QCOMPARE(dialog->objectName(), QStringLiteral("partialSubmitConfirm"));
                                     const QString list = dialog->listText();
                                     for (const QString &code : leads.mid(3)) {
                                         const Indicator ind = TestData::indicator(db(), code);
                                         QVERIFY2(list.contains(QStringLiteral("%1 %2: no value").arg(code, ind.name)),
                                                  qPrintable(code));
                                     }
                                     // Enter answers No.
                                     auto *box = dialog->findChild<QDialogButtonBox *>();
                                     QVERIFY(box && box->button(QDialogButtonBox::No)->isDefault());
                                     QVERIFY(!box->button(QDialogButtonBox::Yes)->isDefault());
                                     dialog->resize(760, 460);
                                     screenshot(dialog, QStringLiteral("partial-submit-confirm"));
                                     dialog->reject();
                                 }));
    for (const QString &code : filled)
        QCOMPARE(TestData::value(db(), code, Year)->state, ValueState::Draft);
    QVERIFY(onDialog<ListDialog>([&] { returns->submitAllReady(); }, [](ListDialog *dialog) { dialog->accept(); }));
    for (const QString &code : filled)
        QCOMPARE(TestData::value(db(), code, Year)->state, ValueState::Submitted);

    // The reviewer: the notice counts them; the to-do page opens the unit's return.
    QVERIFY(signIn(QStringLiteral("fuergw")));
    QVERIFY(m_window->todoNotice()->isVisible());
    QVERIFY2(m_window->todoNotice()->text().contains(QStringLiteral("3 value(s) of 1 unit(s) to review")),
             qPrintable(m_window->todoNotice()->text()));
    QTest::mouseClick(m_window->todoNotice()->showButton(), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->todoPage());
    QVERIFY(!m_window->todoNotice()->isVisible());
    TodoPage *todo = m_window->todoPage();
    auto testers = attachModelTesters<TodoModel>(todo);
    QCOMPARE(todo->model()->rowCount(), 1);
    const TodoItem review = todo->model()->items().first();
    QCOMPARE(review.kind, TodoItem::Kind::ValuesToReview);
    QCOMPARE(review.codes, filled);
    QVERIFY2(review.text.contains(kUnit), qPrintable(review.text));
    screenshot(m_window.get(), QStringLiteral("todo-reviewer"));
    QVERIFY(todo->openRow(0));
    auto *reviewPage = m_window->findChild<ReviewPage *>();
    QCOMPARE(m_window->tabs()->currentWidget(), reviewPage);
    QCOMPARE(reviewPage->year(), Year);
    QCOMPARE(reviewPage->currentUnit(), kUnit);
    QCOMPARE(reviewPage->selectedCodes(), filled);
    const QString returned = filled.at(1);
    QVERIFY2(reviewPage->sendBackCodes({returned}, QStringLiteral("数据来源不明"), &error), qPrintable(error));
    m_window->tabs()->setCurrentWidget(todo);
    QCOMPARE(todo->model()->items().first().codes.size(), 2);
    // A shown page follows the notifier at once.
    QVERIFY(todo->isVisible());
    QVERIFY2(session->reviews().approve(*session->user(), {{filled.at(0), QString(), Year}}, &error),
             qPrintable(error));
    QCOMPARE(todo->model()->items().first().codes, QStringList{filled.at(2)});
    testers.clear(); // the pages go on signing in again

    // The liaison signs in again: the notice and the to-do page give the reason.
    QVERIFY(signIn(QStringLiteral("weijian")));
    QVERIFY(m_window->todoNotice()->isVisible());
    QVERIFY2(m_window->todoNotice()->text().contains(QStringLiteral("1 value(s) returned")),
             qPrintable(m_window->todoNotice()->text()));
    screenshot(m_window.get(), QStringLiteral("signin-notice"));
    QTest::mouseClick(m_window->todoNotice()->showButton(), Qt::LeftButton);
    todo = m_window->todoPage();
    QCOMPARE(m_window->tabs()->currentWidget(), todo);
    int row = -1;
    for (int r = 0; r < todo->model()->rowCount(); ++r) {
        if (todo->model()->rowAt(r)->kind == TodoItem::Kind::ReturnedValue)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(todoTexts()));
    const Indicator ind = TestData::indicator(db(), returned);
    QCOMPARE(todo->model()->index(row, TodoModel::TextColumn).data().toString(),
             QStringLiteral("%1 %2 returned by %3 on 2027-03-20: 数据来源不明").arg(returned, ind.name, kReviewerName));
    QCOMPARE(todo->model()->index(row, TodoModel::KindColumn).data().toString(), QStringLiteral("Value returned"));
    QVERIFY(todo->summaryText().contains(QStringLiteral("1 value(s) returned")));
    todo->view()->setCurrentIndex(todo->model()->index(row, TodoModel::TextColumn));
    screenshot(m_window.get(), QStringLiteral("todo-liaison"));
    QTest::mouseClick(todo->findChild<QPushButton *>(QStringLiteral("todoOpen")), Qt::LeftButton);
    returns = m_window->findChild<ReturnPage *>();
    QCOMPARE(m_window->tabs()->currentWidget(), returns);
    QCOMPARE(returns->year(), Year);
    QCOMPARE(returns->model()->rowAt(returns->table()->currentIndex().row())->indicator.code, returned);

    // Fixed and submitted again: the item is gone.
    QVERIFY2(session->returns().saveDraft(
                 *session->user(), ind, Year,
                 TestData::entry(TestData::calm(db(), returned, Year), QStringLiteral("来源：年报")),
                 QStringLiteral("卫生统计年报（2026）"), &error),
             qPrintable(error));
    QVERIFY2(returns->submitCodes({returned}, &error), qPrintable(error));
    m_window->tabs()->setCurrentWidget(todo);
    for (const TodoItem &i : todo->model()->items())
        QVERIFY2(i.kind != TodoItem::Kind::ReturnedValue, qPrintable(i.text));
    QVERIFY(!todo->summaryText().contains(QStringLiteral("returned")));

    // The band closes.
    m_window->showTodoNotice();
    QVERIFY(m_window->todoNotice()->isVisible());
    QTest::mouseClick(m_window->todoNotice()->closeButton(), Qt::LeftButton);
    QVERIFY(!m_window->todoNotice()->isVisible());
    m_window.reset();
}

void TestTodoPage::partialSelectionNamesTheDraftsLeftOut()
{
    // Submit selected with one of two drafts: the other is named as left out, and
    // so is every indicator without a value; No submits nothing.
    const auto db = DemoFixture::open();
    Session session(&db->database());
    session.setUser(TestData::signIn(db->connection(), QStringLiteral("weijian")));
    QStringList leads;
    for (const Indicator &ind : CatalogRepository(db->connection()).indicators()) {
        if (ind.leadUnit() == kUnit)
            leads << ind.code;
    }
    QString error;
    for (const QString &code : {leads.at(0), leads.at(1)}) {
        QVERIFY2(session.returns().saveDraft(
                     *session.user(), TestData::indicator(db->connection(), code), Year,
                     TestData::entry(TestData::calm(db->connection(), code, Year), QStringLiteral("口径同上年")),
                     QStringLiteral("卫生统计年报"), &error),
                 qPrintable(error));
    }
    ReturnPage page(&session);
    page.setYear(Year);
    page.resize(1200, 700);
    page.show();
    QVERIFY(page.selectIndicator(leads.at(0)));
    QCOMPARE(page.selectedCodes(), QStringList{leads.at(0)});
    const QStringList missing = page.missingAfter({leads.at(0)});
    QCOMPARE(missing.size(), leads.size() - 1);
    const Indicator second = TestData::indicator(db->connection(), leads.at(1));
    QCOMPARE(missing.first(), QStringLiteral("%1 %2: draft, not included").arg(second.code, second.name));
    QString shown;
    QVERIFY(onDialog<ListDialog>([&] { page.submitSelected(); },
                                 [&](ListDialog *dialog) {
                                     shown = dialog->listText();
                                     dialog->reject();
                                 }));
    for (const QString &line : missing)
        QVERIFY2(shown.contains(line), qPrintable(line));
    QCOMPARE(TestData::value(db->connection(), leads.at(0), Year)->state, ValueState::Draft);
    // Yes submits the selected one only.
    QVERIFY(onDialog<ListDialog>([&] { page.submitSelected(); }, [](ListDialog *dialog) { dialog->accept(); }));
    QCOMPARE(TestData::value(db->connection(), leads.at(0), Year)->state, ValueState::Submitted);
    QCOMPARE(TestData::value(db->connection(), leads.at(1), Year)->state, ValueState::Draft);
    // Everything submitted: the plain confirmation, no question.
    const QStringList none = page.missingAfter(leads);
    QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTodoPage)
#include "tst_todopage.moc"
