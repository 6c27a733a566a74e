#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class Session;

// The office's due dates (报送截止日期) on the review page:
//  - the year's due date (Due date...): a date with a calendar, showing the date in
//    force (31 March of the following year until one is set);
//  - one unit's extension (Extend for unit...): a date no earlier than the year's,
//    and the reason, which is required.
// OK runs DeadlineService as the signed-in user; a refusal is shown in the dialog,
// which stays open with what was typed.
class DeadlineDialog : public QDialog
{
    Q_OBJECT

public:
    // The due date of `year`.
    DeadlineDialog(Session *session, int year, QWidget *parent = nullptr);
    // An extension of `year`'s due date for `unit`.
    DeadlineDialog(Session *session, int year, const QString &unit, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; } // nullptr for the year's date
    QString messageText() const;

public slots:
    void accept() override;

private:
    void build(const QDate &shown, const QString &note);

    Session *m_session;
    int m_year;
    QString m_unit; // empty: the year's due date
    QDateEdit *m_date;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_message;
};
