#pragma once

#include "workflow/todoservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class Session;
class TodoModel;

// 待办: what waits for the signed-in person in the chosen year (TodoService): for a
// liaison the returned values and report with the reviewer's reason, the drafts,
// the indicators without a value and the due date; for a reviewer the units'
// submissions, oldest first, and the verdicts to record. Double-click or Open asks
// the window to go to the page that deals with the item (openRequested). Follows
// every change of values, reports, verdicts and due dates; a hidden page reloads
// when it is shown.
class TodoPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodoPage(Session *session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    TodoModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    // Asks to open the item of `row` (openRequested); false when there is none.
    bool openRow(int row);

signals:
    void openRequested(const TodoItem &item);

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changed();
    void updateButtons();

    Session *m_session;
    TodoModel *m_model;
    QComboBox *m_year;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_open;
    bool m_stale = true;
};
