#pragma once

#include "model/user.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class CatalogPage;
class TodoNotice;
class TodoPage;
struct TodoItem;
class Session;
class QLabel;
class QTabWidget;

// The application window: one database, one signed-in user, and the pages that
// user's role works with, in tabs. Every role sees the catalog; a liaison gets the
// annual return, reviewers the review pages, the administrator the accounts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDatabase(const QString &path);
    // Asks for the first administrator of a new database, then signs in.
    // Returns false when the person cancels.
    bool signInInteractively();
    void setUser(const User &user);
    std::optional<User> user() const;

    QString lastError() const { return m_lastError; }
    // The administrator's copies; public so tests can drive them without dialogs.
    bool backUpTo(const QString &target, QString *error);
    bool restoreFrom(const QString &backup, QString *keptPath, QString *error);
    CatalogPage *catalogPage() const { return m_catalogPage; }
    QTabWidget *tabs() const { return m_tabs; }
    // 待办: the page (nullptr before signing in) and the band shown on signing in.
    TodoPage *todoPage() const { return m_todoPage; }
    TodoNotice *todoNotice() const { return m_todoNotice; }
    // Shows the band when something waits for the signed-in person in the to-do
    // page's year, hides it otherwise (signInInteractively calls it).
    void showTodoNotice();
    // Goes to the page that deals with `item` (the to-do page's Open).
    void openTodoItem(const TodoItem &item);
    Session *session() const { return m_session.get(); }

    // Writes the window's geometry and state and the pages' splitters and years to
    // QSettings (also on close and on signing out).
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseDatabase();
    void connectToServer();
    void signOut();
    void changeOwnPassword();
    void backUp();
    void importValues();
    void saveTemplate();
    void printReturn();
    void restore();
    void removeRolePages();
    void clearPages();
    void updateTitle();

    std::unique_ptr<Session> m_session;
    QTabWidget *m_tabs;
    CatalogPage *m_catalogPage = nullptr;
    TodoPage *m_todoPage = nullptr;
    TodoNotice *m_todoNotice;
    QLabel *m_whereLabel; // the status bar's permanent note of the file or server
    QMenu *m_adminMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_templateAction = nullptr;
    QAction *m_printReturnAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QString m_lastError;
};
