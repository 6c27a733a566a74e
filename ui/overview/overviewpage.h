#pragma once

#include "target/indicatorassessment.h"

#include <QHash>
#include <QWidget>

class Session;
class IndicatorReviewPane;
class QComboBox;
class QLabel;
class QTableView;
class StatusBarChart;
class StatusSummaryModel;
class WarningBoardFilter;
class WarningBoardModel;

// The committee office's overview of a year: per plan and category how many
// indicators are met, not met, awaiting judgement or without data, the share met
// against the year before, the status by category as a chart, and the early-warning
// board (red, then yellow) with filters. Every count leads to the indicators behind
// it: clicking it filters the board; selecting a board row shows the indicator's
// trend, values and history below it; double-clicking emits indicatorActivated.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Session *session, QWidget *parent = nullptr);

    int year() const;
    void setYear(int year);

    StatusSummaryModel *summary() const { return m_summary; }
    WarningBoardModel *board() const { return m_board; }
    WarningBoardFilter *boardFilter() const { return m_filter; }
    QTableView *summaryView() const { return m_summaryView; }
    QTableView *boardView() const { return m_boardView; }
    QWidget *boardArea() const { return m_boardArea; }
    StatusBarChart *statusChart() const { return m_chart; }
    IndicatorReviewPane *indicatorPane() const { return m_pane; }
    QComboBox *planFilter() const { return m_plan; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *attributeFilter() const { return m_attribute; }
    QComboBox *warningFilter() const { return m_warning; }
    QComboBox *statusFilter() const { return m_status; }
    QString boardCountText() const;
    qint64 longestReloadMs() const { return m_longestReloadMs; }

    // The codes the board shows, top to bottom.
    QStringList boardCodes() const;
    bool selectIndicator(const QString &code);
    // What clicking a cell of the summary does: the board lists the indicators
    // behind that count (its plan or category, and its status).
    void showIndicatorsOf(const QModelIndex &summaryIndex);

public slots:
    // Assesses the year and the one before again and refreshes every view. A hidden
    // page only notes it and reloads when shown; the first show loads.
    void reload();
    // Back to the default board: every red and yellow indicator.
    void clearFilters();

signals:
    void indicatorActivated(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildBoard();
    void fillFilterChoices();
    void fillCategories();
    void applyFilters();
    void showCurrentIndicator();
    const QVector<IndicatorAssessment> &assessments(int year);

    Session *m_session;
    StatusSummaryModel *m_summary;
    WarningBoardModel *m_board;
    WarningBoardFilter *m_filter;
    QComboBox *m_year;
    QTableView *m_summaryView;
    StatusBarChart *m_chart;
    QWidget *m_boardArea = nullptr;
    QTableView *m_boardView;
    QLabel *m_boardCount;
    QComboBox *m_plan;
    QComboBox *m_category;
    QComboBox *m_unit;
    QComboBox *m_attribute;
    QComboBox *m_warning;
    QComboBox *m_status;
    IndicatorReviewPane *m_pane;
    // Assessments per year, computed at most once per reload.
    QHash<int, QVector<IndicatorAssessment>> m_cache;
    bool m_stale = true; // not loaded since it was last hidden: values may have changed elsewhere
    qint64 m_longestReloadMs = 0;
};
