#pragma once

#include "model/user.h"
#include "model/valuestate.h"
#include "target/indicatorassessment.h"

#include <QWidget>

class CompletenessModel;
class Session;
class IndicatorReviewPane;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class ReviewValueModel;

// The reviewer's workspace (docs/DESIGN.md, "Who uses it"): which unit has submitted
// what for the year, one unit's return read-only with the live assessment of each
// value, the acts on it (approve, send back and reopen with a reason, the verdict
// on judged targets) and the selected indicator's trend, values and history.
//
// Every act goes through ReviewService, which checks the permissions; the page only
// asks for the reason, shows the core's message and reloads.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    // Acts as the session's user; the review service refuses a user who may not.
    explicit ReviewPage(Session *session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);
    QString currentUnit() const;
    bool selectUnit(const QString &unit);
    // Selects the indicator's row in the open return (one row; the pane follows).
    bool selectIndicator(const QString &code);
    bool selectIndicators(const QStringList &codes);
    QStringList selectedCodes() const;

    CompletenessModel *completeness() const { return m_completeness; }
    ReviewValueModel *values() const { return m_values; }
    QTableView *completenessView() const { return m_completenessView; }
    QTableView *valuesView() const { return m_valuesView; }
    IndicatorReviewPane *indicatorPane() const { return m_pane; }
    QString messageText() const;
    qint64 longestReloadMs() const { return m_longestReloadMs; }

    // What the buttons do once the reason is given; no dialogs. False with the
    // core's message in `error`.
    bool approveCodes(const QStringList &codes, QString *error);
    bool approveWholeReturn(QString *error);
    bool sendBackCodes(const QStringList &codes, const QString &reason, QString *error);
    bool reopenCodes(const QStringList &codes, const QString &reason, QString *error);
    bool recordVerdict(const QString &code, bool met, const QString &reason, QString *error);
    // The reminder list (催报名单) of the shown year as .xlsx, as of today.
    bool writeReminderList(const QString &path, QString *error) const;

public slots:
    // Reads everything again: completeness, the open return and the indicator pane.
    // A hidden page only notes it and reloads when shown; the first show loads.
    void reload();
    void approveSelected();
    void approveReturn();
    void sendBackSelected();
    void reopenSelected();
    void recordVerdictForCurrent();
    // The office's due dates and the reminder list (reviewpagedeadlines.cpp).
    void editDueDate();
    void extendForUnit();
    void exportReminderList();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildLayout();
    void showUnit(const QStringList &keep);
    void showIndicator();
    void updateButtons();
    void fitMatrix();
    bool finishAct(bool ok, const QString &done, QString *error);
    void report(const QString &title, bool ok, const QString &error);
    QStringList codesIn(const QStringList &codes, ValueState state) const;
    const QVector<IndicatorAssessment> &assessments();

    User reviewer() const;

    Session *m_session;
    CompletenessModel *m_completeness;
    ReviewValueModel *m_values;
    QComboBox *m_year;
    QTableView *m_completenessView;
    QTableView *m_valuesView;
    QLabel *m_returnTitle;
    QLabel *m_message;
    QSplitter *m_upper = nullptr;
    IndicatorReviewPane *m_pane;
    QPushButton *m_approveSelected;
    QPushButton *m_approveReturn;
    QPushButton *m_sendBack;
    QPushButton *m_reopen;
    QPushButton *m_verdict;
    QPushButton *m_dueDate;
    QPushButton *m_extend;
    QPushButton *m_reminders;
    // Assessments of the shown year, computed once per reload and shared by the
    // return table and the indicator pane.
    QVector<IndicatorAssessment> m_assessments;
    int m_assessedYear = 0;
    bool m_stale = true;            // not loaded since it was last hidden: values may have changed elsewhere
    bool m_splitterDragged = false; // by the reviewer: the matrix is no longer fitted
    qint64 m_longestReloadMs = 0;
};
