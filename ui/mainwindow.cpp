#include "mainwindow.h"

#include "aboutbox.h"
#include "catalog/catalogpage.h"
#include "firstadmindialog.h"
#include "signindialog.h"
#include "widgets/backgroundtask.h"
#include "import/importdialog.h"
#include "report/reportdialog.h"
#include "overview/overviewpage.h"
#include "return/returnpage.h"
#include "review/reviewpage.h"
#include "accounts/userspage.h"

#include "exchange/returntemplate.h"
#include "storage/backupservice.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/settingsrepository.h"
#include "workflow/authservice.h"

#include <QApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QStatusBar>
#include <QMessageBox>
#include <QTabWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::make_unique<Database>())
    , m_tabs(new QTabWidget)
{
    setCentralWidget(m_tabs);
    createMenus();
    resize(1280, 800);
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
    m_importAction = file->addAction(tr("&Import values..."), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     &MainWindow::importValues);
    m_templateAction = file->addAction(tr("Save a return &template..."), this, &MainWindow::saveTemplate);
    m_importAction->setEnabled(false);
    m_templateAction->setEnabled(false);
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("&Plenary summary..."), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        ReportDialog dialog(m_database.get(), this);
        dialog.exec();
    });
    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->addAction(tr("&Back up the database..."), this, &MainWindow::backUp);
    m_adminMenu->addAction(tr("&Restore from a backup..."), this, &MainWindow::restore);
    m_adminMenu->menuAction()->setVisible(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] { AboutBox::show(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path)) {
        m_lastError = db->errorString();
        return false;
    }
    clearPages();
    m_database = std::move(db);
    m_catalogPage = new CatalogPage(m_database.get());
    m_tabs->addTab(m_catalogPage, tr("Indicator catalog"));
    updateTitle();
    return true;
}

void MainWindow::clearPages()
{
    // Pages hold the database; they go before it does.
    m_user.reset();
    m_catalogPage = nullptr;
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

bool MainWindow::signInInteractively()
{
    AuthService auth(m_database->connection());
    if (auth.needsFirstAdministrator()) {
        FirstAdminDialog first(&auth, this);
        if (first.exec() != QDialog::Accepted)
            return false;
    }
    SignInDialog dialog(&auth, SettingsRepository(m_database->connection()).isDemo(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setUser(dialog.user());
    return true;
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
}

void MainWindow::setUser(const User &user)
{
    removeRolePages();
    m_user = user;
    m_catalogPage->setEditor(user);
    m_adminMenu->menuAction()->setVisible(user.role == User::Role::Admin);
    m_importAction->setEnabled(user.role != User::Role::Reviewer);
    m_templateAction->setEnabled(true);
    if (user.role == User::Role::Liaison) {
        auto *page = new ReturnPage(m_database.get(), user);
        m_tabs->insertTab(0, page, tr("Annual return"));
        m_tabs->setCurrentWidget(page);
    }
    if (user.role == User::Role::Reviewer || user.role == User::Role::Admin) {
        auto *review = new ReviewPage(m_database.get(), user);
        auto *overview = new OverviewPage(m_database.get());
        m_tabs->insertTab(0, overview, tr("Progress and warnings"));
        m_tabs->insertTab(1, review, tr("Review returns"));
        m_tabs->setCurrentWidget(overview);
        // A reviewer's act changes the counts and warnings of the overview.
        connect(review, &ReviewPage::valuesChanged, overview, &OverviewPage::reload);
        connect(overview, &OverviewPage::indicatorActivated, this, [this](const QString &code) {
            m_tabs->setCurrentWidget(m_catalogPage);
            m_catalogPage->selectIndicator(code);
        });
    }
    if (user.role == User::Role::Admin)
        m_tabs->addTab(new UsersPage(m_database.get(), user), tr("Accounts"));
    updateTitle();
}

void MainWindow::signOut()
{
    if (!m_user)
        return;
    removeRolePages();
    m_user.reset();
    m_catalogPage->setEditor(std::nullopt);
    m_adminMenu->menuAction()->setVisible(false);
    m_importAction->setEnabled(false);
    m_templateAction->setEnabled(false);
    updateTitle();
    if (!signInInteractively())
        close();
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Fuer Monitor databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!openDatabase(path)) {
        QMessageBox::warning(this, tr("Open database"), m_lastError);
        return;
    }
    signInInteractively();
}

void MainWindow::updateTitle()
{
    QString title = tr("Fuer Monitor");
    if (m_database && m_database->isOpen()) {
        title = QStringLiteral("%1 — %2").arg(QFileInfo(m_database->path()).fileName(), title);
        if (m_user) {
            const QString who = m_user->displayName.isEmpty() ? m_user->login : m_user->displayName;
            title += QStringLiteral(" — %1（%2）").arg(who, User::roleLabel(m_user->role));
        }
        if (SettingsRepository(m_database->connection()).isDemo())
            title += QStringLiteral(" — 示例数据"); // the data marking, in any language
    }
    setWindowTitle(title);
}

bool MainWindow::backUpTo(const QString &target, QString *error)
{
    if (!m_user || m_user->role != User::Role::Admin) {
        *error = tr("Only the administrator backs up the database.");
        return false;
    }
    const QString source = m_database->path();
    return BackgroundTask::run(
        this, tr("Backing up the database..."),
        [source, target](QString *e, const auto &) { return BackupService::backup(source, target, e); }, error);
}

bool MainWindow::restoreFrom(const QString &backup, QString *keptPath, QString *error)
{
    if (!m_user || m_user->role != User::Role::Admin) {
        *error = tr("Only the administrator restores the database.");
        return false;
    }
    const QString path = m_database->path();
    const User admin = *m_user;
    // The pages and the connection go first: the file is replaced underneath.
    clearPages();
    m_database->close();
    const bool ok = BackgroundTask::run(
        this, tr("Restoring the database..."),
        [backup, path, keptPath](QString *e, const auto &) { return BackupService::restore(backup, path, keptPath, e); },
        error);
    if (!openDatabase(path)) {
        *error = m_lastError;
        return false;
    }
    // The restored file may not hold this administrator; then sign in anew.
    if (const std::optional<User> again = UserRepository(m_database->connection()).user(admin.login))
        setUser(*again);
    return ok;
}

void MainWindow::backUp()
{
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up the database"),
        QStringLiteral("%1-%2.sqlite").arg(QFileInfo(m_database->path()).completeBaseName(),
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
    if (QMessageBox::question(this, tr("Restore from a backup"),
                              tr("Replace the current database with %1? The current file is kept beside it.").arg(backup))
        != QMessageBox::Yes)
        return;
    QString kept, error;
    if (restoreFrom(backup, &kept, &error))
        QMessageBox::information(this, tr("Restore from a backup"),
                                 tr("The database was restored; the previous file was kept as %1.").arg(kept));
    else
        QMessageBox::warning(this, tr("Restore from a backup"), error);
    if (!m_user && !signInInteractively())
        close();
}

void MainWindow::importValues()
{
    if (!m_user)
        return;
    ImportDialog dialog(m_database.get(), *m_user, this);
    connect(&dialog, &ImportDialog::imported, this, [this](int count) {
        statusBar()->showMessage(tr("Imported %n value(s).", nullptr, count), 10000);
        for (ReturnPage *page : findChildren<ReturnPage *>())
            page->reload();
    });
    dialog.exec();
}

void MainWindow::saveTemplate()
{
    if (!m_user)
        return;
    QString unit = m_user->unit;
    const int year = qBound(2021, QDate::currentDate().year() - 1, 2030);
    if (m_user->role != User::Role::Liaison) {
        QStringList units;
        for (const ResponsibleUnit &u : CatalogRepository(m_database->connection()).units()) {
            if (u.kind == ResponsibleUnit::Kind::Member)
                units << u.name;
        }
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
    if (ReturnTemplate::write(m_database->connection(), unit, year, path, &error))
        statusBar()->showMessage(tr("Template written to %1.").arg(path), 10000);
    else
        QMessageBox::warning(this, tr("Return template"), error);
}
