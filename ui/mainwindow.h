#pragma once

#include <QMainWindow>

#include <memory>

class CatalogPage;
class Database;
class QTabWidget;

// The application window: one database, its pages in tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString &path);
    QString lastError() const { return m_lastError; }
    CatalogPage *catalogPage() const { return m_catalogPage; }

private:
    void createMenus();
    void chooseDatabase();
    void updateTitle();

    std::unique_ptr<Database> m_database;
    QTabWidget *m_tabs;
    CatalogPage *m_catalogPage = nullptr;
    QString m_lastError;
};
