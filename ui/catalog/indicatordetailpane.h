#pragma once

#include "model/indicator.h"
#include "model/valuerecord.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;
class ValueTableModel;

// The right-hand side of the catalog page: what the plan says of one indicator,
// how its target is read, its assessment for the chosen year and its values.
class IndicatorDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorDetailPane(QWidget *parent = nullptr);

    void showIndicator(const Indicator &indicator, const QVector<ValueRecord> &values);
    void showAssessment(const QString &ruleText, const QString &paramsText, const QString &assessmentHtml);
    void clear();
    // The code of the indicator shown; empty when the pane is cleared.
    QString shownCode() const { return m_code; }

    QTableView *valuesView() const { return m_valuesView; }
    QString assessmentText() const;

private:
    QLabel *m_title;
    QLabel *m_target;
    QLabel *m_rule;
    QLabel *m_params;
    QLabel *m_attribute;
    QLabel *m_units;
    QLabel *m_category;
    QTextBrowser *m_assessment;
    QTableView *m_valuesView;
    ValueTableModel *m_values;
    QString m_code;
};
