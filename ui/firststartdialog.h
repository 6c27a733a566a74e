#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// The program's first start for this account: no --db, and nothing yet where the
// database is kept by default. Says where that is, that removing the program leaves
// it, and offers the demo data (a separate file beside it) to look around first.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    FirstStartDialog(const QString &databasePath, const QString &demoPath, QWidget *parent = nullptr);

    // The database the window opens after acceptance: the person's own (created by
    // opening it) or the demo data, written on the first choice and reused after.
    QString chosenPath() const { return m_chosen; }
    QString message() const;
    QPushButton *demoButton() const { return m_demoButton; }
    QPushButton *ownButton() const { return m_ownButton; }

    // The demo data's file beside the default database.
    static QString demoPathFor(const QString &databasePath);
    // Writes the demo data into `path` unless it already is a demo database; never
    // touches a file with real data.
    static bool prepareDemo(const QString &path, QString *error);

private:
    void chooseDemo();

    QString m_databasePath;
    QString m_demoPath;
    QString m_chosen;
    QLabel *m_message;
    QPushButton *m_demoButton;
    QPushButton *m_ownButton;
};
