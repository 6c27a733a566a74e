#include "mainwindow.h"

#include "catalogpage.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
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

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database..."), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Fuer Monitor"),
                           tr("<p><b>Fuer Monitor %1</b></p><p>Monitoring of the district's Women's and Children's "
                              "Development Plans (2021-2030).</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (!db->open(path)) {
        m_lastError = db->errorString();
        return false;
    }
    // Pages hold the database; rebuild them for the new one.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_database = std::move(db);
    m_catalogPage = new CatalogPage(m_database.get());
    m_tabs->addTab(m_catalogPage, tr("Indicator catalog"));
    updateTitle();
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Fuer Monitor databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!openDatabase(path))
        QMessageBox::warning(this, tr("Open database"), m_lastError);
}

void MainWindow::updateTitle()
{
    QString title = tr("Fuer Monitor");
    if (m_database && m_database->isOpen()) {
        title = QStringLiteral("%1 — %2").arg(QFileInfo(m_database->path()).fileName(), title);
        if (SettingsRepository(m_database->connection()).isDemo())
            title += QStringLiteral(" — 示例数据"); // the data marking, in any language
    }
    setWindowTitle(title);
}
