#include "mainwindow.h"

#include "aboutbox.h"
#include "accounts/changepassworddialog.h"
#include "accounts/userspage.h"
#include "catalog/catalogpage.h"
#include "firstadmindialog.h"
#include "import/importdialog.h"
#include "overview/overviewpage.h"
#include "report/reportdialog.h"
#include "report/returnpdf.h"
#include "return/returnpage.h"
#include "review/reviewpage.h"
#include "serverdialog.h"
#include "signindialog.h"
#include "todo/todonotice.h"
#include "todo/todopage.h"
#include "unitreport/unitreportpage.h"
#include "widgets/backgroundtask.h"
#include "widgets/windowsettings.h"

#include "session/session.h"
#include "workflow/adminservice.h"
#include "workflow/permissions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<Session>())
    , m_tabs(new QTabWidget)
    , m_todoNotice(new TodoNotice)
    , m_whereLabel(new QLabel)
{
    // The sign-in notice (待办) is a band above the pages, not a dialog.
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_todoNotice);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_whereLabel->setObjectName(QStringLiteral("whereLabel"));
    m_whereLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_whereLabel);
    connect(m_todoNotice, &TodoNotice::showRequested, this, [this] {
        if (m_todoPage)
            m_tabs->setCurrentWidget(m_todoPage);
    });
    // The pages save what is pending into the database they were built on, then go.
    connect(m_session->notifier(), &ChangeNotifier::aboutToReplaceDatabase, this, &MainWindow::clearPages);
    createMenus();
    resize(1280, 800);
    // Size and place as the person left them (closeEvent); pages restore their own
    // splitters and years when they are built.
    QSettings settings;
    WindowSettings::restoreWindow(this, settings);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The pages save pending drafts as they go; they must go before the database.
    clearPages();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addAction(tr("Connect to a &server..."), this, &MainWindow::connectToServer);
    m_importAction = file->addAction(tr("&Import values..."), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     &MainWindow::importValues);
    m_templateAction = file->addAction(tr("Save a return &template..."), this, &MainWindow::saveTemplate);
    m_importAction->setEnabled(false);
    m_templateAction->setEnabled(false);
    file->addSeparator();
    // Every menu's mnemonics are unique (tests/ui/tst_mnemonics): "Sign &out" took
    // the O of "&Open database".
    m_passwordAction = file->addAction(tr("Change my &password..."), this, &MainWindow::changeOwnPassword);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_passwordAction->setEnabled(false);
    file->addAction(tr("Sign o&ut"), this, &MainWindow::signOut);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("&Plenary summary..."), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        ReportDialog dialog(m_session.get(), this);
        dialog.exec();
    });
    // A unit's return to print, sign and stamp: a liaison's own, any unit's for the reviewers.
    m_printReturnAction = reports->addAction(tr("Printable &return (PDF)..."), this, &MainWindow::printReturn);
    m_printReturnAction->setObjectName(QStringLiteral("printReturnAction"));
    m_printReturnAction->setEnabled(false);
    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->addAction(tr("&Back up the database..."), this, &MainWindow::backUp);
    m_adminMenu->addAction(tr("&Restore from a backup..."), this, &MainWindow::restore);
    m_adminMenu->menuAction()->setVisible(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] { AboutBox::show(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    WindowSettings::saveWindow(this, settings);
    WindowSettings::savePages(m_tabs, settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Entries not stored yet (a refused save, a server that does not answer) would
    // be lost with the window: ask first.
    if (auto *page = m_tabs->findChild<ReturnPage *>()) {
        const int unsaved = page->unsavedCount();
        if (unsaved > 0
            && QMessageBox::question(this, tr("Quit"),
                                     tr("%n entry(s) of the return are not stored yet (see the messages in the "
                                        "table). Quit anyway and lose them?",
                                        nullptr, unsaved),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

std::optional<User> MainWindow::user() const
{
    return m_session->user();
}

bool MainWindow::openDatabase(const QString &path)
{
    // A file that fails to open leaves the window as it was; one that opens
    // replaces the pages (aboutToReplaceDatabase, connected in the constructor).
    if (!m_session->open(path)) {
        m_lastError = m_session->errorString();
        return false;
    }
    m_catalogPage = new CatalogPage(m_session.get());
    m_tabs->addTab(m_catalogPage, tr("Indicator catalog"));
    QSettings settings;
    WindowSettings::restorePages(m_catalogPage, settings);
    updateTitle();
    return true;
}

void MainWindow::clearPages()
{
    // Pages hold the session's database; they go before it does.
    m_session->signOut();
    m_catalogPage = nullptr;
    m_todoPage = nullptr;
    m_todoNotice->hide();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

bool MainWindow::signInInteractively()
{
    AuthService auth = m_session->auth();
    if (auth.serverSignsIn()) {
        // The server checked the password when the connection was made.
        const AuthService::SignIn s = auth.signInAsServerLogin();
        if (!s.user) {
            QMessageBox::warning(this, tr("Sign in"), s.message);
            return false;
        }
        setUser(*s.user);
        showTodoNotice();
        return true;
    }
    if (auth.needsFirstAdministrator()) {
        FirstAdminDialog first(&auth, this);
        if (first.exec() != QDialog::Accepted)
            return false;
    }
    SignInDialog dialog(&auth, m_session->isDemo(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setUser(dialog.user());
    showTodoNotice();
    return true;
}

void MainWindow::showTodoNotice()
{
    const std::optional<User> user = m_session->user();
    const int year = m_todoPage ? m_todoPage->year() : 0;
    const QVector<TodoItem> items = user && m_todoPage ? m_session->todo().items(*user, year) : QVector<TodoItem>();
    if (items.isEmpty()) {
        m_todoNotice->hide();
        return;
    }
    m_todoNotice->showText(tr("Waiting for you (待办) in %1: %2.").arg(year).arg(TodoService::summary(items)));
}

void MainWindow::openTodoItem(const TodoItem &item)
{
    switch (item.opens) {
    case TodoItem::Opens::ReturnPage:
        if (auto *page = m_tabs->findChild<ReturnPage *>()) {
            m_tabs->setCurrentWidget(page);
            page->setYear(item.year);
            if (!item.code.isEmpty())
                page->selectIndicator(item.code);
        }
        break;
    case TodoItem::Opens::ReviewPage:
        if (auto *page = m_tabs->findChild<ReviewPage *>()) {
            m_tabs->setCurrentWidget(page);
            page->setYear(item.year);
            if (!item.unit.isEmpty())
                page->selectUnit(item.unit);
            if (!item.codes.isEmpty())
                page->selectIndicators(item.codes);
            else if (!item.code.isEmpty())
                page->selectIndicator(item.code);
        }
        break;
    case TodoItem::Opens::ReportPage:
        if (auto *page = m_tabs->findChild<UnitReportPage *>()) {
            m_tabs->setCurrentWidget(page);
            page->setYear(item.year);
            if (!item.unit.isEmpty())
                page->setUnit(item.unit);
        }
        break;
    }
}

void MainWindow::removeRolePages()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *w = m_tabs->widget(i);
        if (w == m_catalogPage)
            continue;
        m_tabs->removeTab(i);
        delete w;
    }
    m_todoPage = nullptr;
    m_todoNotice->hide();
}

void MainWindow::setUser(const User &user)
{
    removeRolePages();
    m_session->setUser(user);
    // What the menus and tabs offer follows the rules the services enforce
    // (Permissions); a page shown by mistake would still be refused there.
    using Act = Permissions::Act;
    m_catalogPage->updateForUser();
    // A server is backed up by its IT staff (pg_dump, README), not by copying a file.
    m_adminMenu->menuAction()->setVisible(Permissions::may(user, Act::BackUp) && !m_session->isServer());
    m_importAction->setEnabled(Permissions::may(user, Act::ImportValues));
    m_templateAction->setEnabled(true);
    m_printReturnAction->setEnabled(true);
    m_passwordAction->setEnabled(true);
    if (Permissions::may(user, Act::EnterReturn)) {
        auto *page = new ReturnPage(m_session.get());
        m_tabs->insertTab(0, page, tr("Annual return"));
        m_tabs->insertTab(1, new UnitReportPage(m_session.get()), tr("Annual report"));
        m_tabs->setCurrentWidget(page);
    }
    if (Permissions::may(user, Act::Review)) {
        auto *review = new ReviewPage(m_session.get());
        auto *overview = new OverviewPage(m_session.get());
        m_tabs->insertTab(0, overview, tr("Progress and warnings"));
        m_tabs->insertTab(1, review, tr("Review returns"));
        m_tabs->insertTab(2, new UnitReportPage(m_session.get()), tr("Annual reports"));
        m_tabs->setCurrentWidget(overview);
        // Both refresh from the session's notifier when values or verdicts change.
        connect(overview, &OverviewPage::indicatorActivated, this, [this](const QString &code) {
            m_tabs->setCurrentWidget(m_catalogPage);
            m_catalogPage->selectIndicator(code);
        });
    }
    if (Permissions::may(user, Act::ManageAccounts))
        m_tabs->addTab(new UsersPage(m_session.get()), tr("Accounts"));
    if (Permissions::may(user, Act::EnterReturn) || Permissions::may(user, Act::Review)) {
        // 待办 first; the role's main page stays the one shown.
        m_todoPage = new TodoPage(m_session.get());
        m_tabs->insertTab(0, m_todoPage, tr("To do"));
        connect(m_todoPage, &TodoPage::openRequested, this, &MainWindow::openTodoItem);
    }
    QSettings settings;
    WindowSettings::restorePages(m_tabs, settings);
    updateTitle();
}

void MainWindow::signOut()
{
    if (!m_session->user())
        return;
    saveSettings();
    removeRolePages();
    m_session->signOut();
    m_catalogPage->updateForUser();
    m_adminMenu->menuAction()->setVisible(false);
    m_importAction->setEnabled(false);
    m_templateAction->setEnabled(false);
    m_printReturnAction->setEnabled(false);
    m_passwordAction->setEnabled(false);
    updateTitle();
    if (!signInInteractively())
        close();
}

void MainWindow::changeOwnPassword()
{
    if (!m_session->user())
        return;
    ChangePasswordDialog dialog(m_session.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"),
                                                      QFileInfo(m_session->path()).absolutePath(),
                                                      tr("Fuer Monitor databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!openDatabase(path)) {
        QMessageBox::warning(this, tr("Open database"), m_lastError);
        return;
    }
    signInInteractively();
}

void MainWindow::connectToServer()
{
    // The dialog opens the server as a file is opened: the pages of the database
    // open now go only once the server has accepted the connection.
    ServerDialog dialog(
        [this](const QString &uri, QString *error) {
            if (openDatabase(uri))
                return true;
            *error = m_lastError;
            return false;
        },
        this);
    // Connected to a server already (--db): its address, without the password.
    ServerAddress current;
    if (m_session->isServer() && Session::serverAddress(m_session->path(), &current))
        dialog.setAddress(current);
    if (dialog.exec() == QDialog::Accepted)
        signInInteractively();
}

void MainWindow::updateTitle()
{
    QString title = tr("Fuer Monitor");
    if (m_session->isOpen()) {
        // A file by its name; a server as user@host:port/database (no password).
        const QString where = m_session->isServer() ? m_session->displayName()
                                                    : QFileInfo(m_session->path()).fileName();
        title = QStringLiteral("%1 — %2").arg(where, title);
        if (const std::optional<User> u = m_session->user()) {
            const QString who = u->displayName.isEmpty() ? u->login : u->displayName;
            title += QStringLiteral(" — %1（%2）").arg(who, User::roleLabel(u->role));
        }
        if (m_session->isDemo())
            title += QStringLiteral(" — 示例数据"); // the data marking, in any language
    }
    setWindowTitle(title);
    m_whereLabel->setText(!m_session->isOpen() ? QString()
                              : m_session->isServer()
                              ? tr("Server: %1").arg(m_session->displayName())
                              : tr("File: %1").arg(QDir::toNativeSeparators(m_session->path())));
}

bool MainWindow::backUpTo(const QString &target, QString *error)
{
    const User actor = m_session->user().value_or(User());
    if (!Permissions::check(actor, Permissions::Act::BackUp, error))
        return false;
    const QString source = m_session->path();
    return BackgroundTask::run(
        this, tr("Backing up the database..."),
        [actor, source, target](QString *e, const auto &) { return AdminService::backUp(actor, source, target, e); },
        error);
}

bool MainWindow::restoreFrom(const QString &backup, QString *keptPath, QString *error)
{
    const User admin = m_session->user().value_or(User());
    // Refused before anything closes: a refusal leaves the window as it was.
    if (!Permissions::check(admin, Permissions::Act::Restore, error))
        return false;
    const QString path = m_session->path();
    // The pages and the connection go first: the file is replaced underneath.
    clearPages();
    m_session->close();
    const bool ok = BackgroundTask::run(
        this, tr("Restoring the database..."),
        [admin, backup, path, keptPath](QString *e, const auto &) {
            return AdminService::restore(admin, backup, path, keptPath, e);
        },
        error);
    if (!openDatabase(path)) {
        *error = m_lastError;
        return false;
    }
    // The restored file may not hold this administrator; then sign in anew.
    if (const std::optional<User> again = m_session->storedUser(admin.login))
        setUser(*again);
    return ok;
}

void MainWindow::backUp()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up the database"),
        QStringLiteral("%1-%2.sqlite")
            .arg(QFileInfo(m_session->path()).completeBaseName(),
                 QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
        tr("Fuer Monitor databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    QString error;
    if (backUpTo(target, &error))
        QMessageBox::information(this, tr("Back up the database"), tr("The backup was written to %1.").arg(target));
    else
        QMessageBox::warning(this, tr("Back up the database"), error);
}

void MainWindow::restore()
{
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from a backup"), QString(),
                                                        tr("Fuer Monitor databases (*.sqlite *.db);;All files (*)"));
    if (backup.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Restore from a backup"),
            tr("Replace the current database with %1? The current file is kept beside it.").arg(backup))
        != QMessageBox::Yes)
        return;
    QString kept, error;
    if (restoreFrom(backup, &kept, &error))
        QMessageBox::information(this, tr("Restore from a backup"),
                                 tr("The database was restored; the previous file was kept as %1.").arg(kept));
    else
        QMessageBox::warning(this, tr("Restore from a backup"), error);
    if (!m_session->user() && !signInInteractively())
        close();
}

void MainWindow::importValues()
{
    if (!m_session->user())
        return;
    // The pages that show the values refresh from the notifier.
    ImportDialog dialog(m_session.get(), this);
    connect(&dialog, &ImportDialog::imported, this,
            [this](int count) { statusBar()->showMessage(tr("Imported %n value(s).", nullptr, count), 10000); });
    dialog.exec();
}

void MainWindow::saveTemplate()
{
    const std::optional<User> user = m_session->user();
    if (!user)
        return;
    QString unit = user->unit;
    const PlanYears years = m_session->years();
    const int year = PlanYears::defaultYear(QDate::currentDate(), years.first, years.last);
    if (user->role != User::Role::Liaison) {
        QStringList units;
        for (const ResponsibleUnit &u : m_session->memberUnits())
            units << u.name;
        bool ok = false;
        unit = QInputDialog::getItem(this, tr("Return template"), tr("Unit:"), units, 0, false, &ok);
        if (!ok)
            return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a return template"),
                                                      tr("%1-return-%2.xlsx").arg(unit).arg(year),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_session->writeTemplate(unit, year, path, &error))
        statusBar()->showMessage(tr("Template written to %1.").arg(path), 10000);
    else
        QMessageBox::warning(this, tr("Return template"), error);
}

void MainWindow::printReturn()
{
    const std::optional<User> user = m_session->user();
    if (!user)
        return;
    QString unit = user->unit;
    const PlanYears years = m_session->years();
    int year = PlanYears::defaultYear(QDate::currentDate(), years.first, years.last);
    if (auto *page = qobject_cast<ReturnPage *>(m_tabs->currentWidget()))
        year = page->year();
    if (user->role != User::Role::Liaison) {
        bool ok = false;
        unit = QInputDialog::getItem(this, tr("Printable return"), tr("Unit:"), m_session->leadingUnits(), 0, false,
                                     &ok);
        if (!ok)
            return;
        QStringList yearTexts;
        for (int y : years.reportingYears())
            yearTexts << QString::number(y);
        const QString chosen = QInputDialog::getItem(this, tr("Printable return"), tr("Year:"), yearTexts,
                                                     std::max(0, int(yearTexts.indexOf(QString::number(year)))), false,
                                                     &ok);
        if (!ok)
            return;
        year = chosen.toInt();
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Printable return"), QDir(QDir::homePath()).filePath(ReturnPdf::suggestedFileName(unit, year)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<PrintedReturn> printed = m_session->printedReturn(unit, year, &error);
    if (printed && ReturnPdf(*printed).savePdf(path, &error))
        statusBar()->showMessage(tr("The return of %1 for %2 was written to %3.").arg(unit).arg(year).arg(path), 10000);
    else
        QMessageBox::warning(this, tr("Printable return"), error);
}
