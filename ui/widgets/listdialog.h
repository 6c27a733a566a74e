#pragma once

#include <QDialog>

class QPlainTextEdit;

// A short message above a complete, selectable list: what is about to be
// submitted, or every problem that stopped it. QMessageBox hides long lists
// behind "Show Details", and the liaison needs all of them to fix the return.
class ListDialog : public QDialog
{
    Q_OBJECT

public:
    // Confirm: Submit / Cancel; Question: Yes / No (No is the default); Problems: Close.
    enum class Kind { Confirm, Question, Problems };

    ListDialog(Kind kind, const QString &title, const QString &message, const QStringList &lines,
               QWidget *parent = nullptr);

    QString listText() const;

private:
    QPlainTextEdit *m_list;
};
