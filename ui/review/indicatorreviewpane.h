#pragma once

#include "model/auditentry.h"
#include "model/valuerecord.h"
#include "target/indicatorassessment.h"

#include <QWidget>

class AuditTableModel;
class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTabWidget;
class QTextBrowser;
class TrendChart;
class ValueTableModel;

// One indicator as a reviewer checks it: the trend chart (approved and not yet
// approved values, target, baseline, projection, mid-term point) with copy and
// save, and beside it the assessment with its reason and projection formula, the
// values by year with source and note, and the audit history. Shared by the review
// and overview pages so that both show the same facts the same way.
class IndicatorReviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorReviewPane(QWidget *parent = nullptr);

    // `records` are the indicator's stored values (district), `history` its audit rows.
    void showIndicator(const IndicatorAssessment &assessment, const QVector<ValueRecord> &records,
                       const QVector<AuditEntry> &history);
    void clear();

    QString currentCode() const { return m_code; }
    TrendChart *chart() const { return m_chart; }
    QTableView *valuesView() const { return m_valuesView; }
    QTableView *auditView() const { return m_auditView; }
    QString assessmentText() const;
    QList<QAction *> chartActions() const;
    QString verdictText() const;
    // Horizontal: the chart beside the facts (a wide, low place); vertical: the chart
    // above them (a narrow column).
    void setOrientation(Qt::Orientation orientation);

public slots:
    void copyChart();
    void saveChartAsPng();
    void saveChartAsSvg();

private:
    QString chartFileName(const QString &suffix) const;
    void showVerdict(const Assessment &assessment);

    QString m_code;
    QLabel *m_title;
    QLabel *m_verdict; // met or missed, in words and colour, above the chart
    TrendChart *m_chart;
    QSplitter *m_columns;
    QSplitter *m_facts;
    QTextBrowser *m_assessment;
    QTabWidget *m_tabs;
    ValueTableModel *m_values;
    AuditTableModel *m_audit;
    QTableView *m_valuesView;
    QTableView *m_auditView;
    QAction *m_copy;
    QAction *m_savePng;
    QAction *m_saveSvg;
};
