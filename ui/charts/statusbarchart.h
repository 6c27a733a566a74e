#pragma once

#include "chartwidget.h"

#include <QStringList>
#include <QVector>

#include <array>

// Indicators by assessment status per category, as horizontal stacked bars. The four
// statuses differ by fill pattern as well as colour, for black-and-white printing.
// Every category keeps its label: the widget's minimum height gives each category a
// line of the label font (QtCharts drops labels that would overlap).
class StatusBarChart : public ChartWidget
{
    Q_OBJECT

public:
    using Counts = std::array<int, 4>; // indexed by Assessment::Status

    explicit StatusBarChart(QWidget *parent = nullptr);

    // `counts` in the order of `categories`; the first category is the top row.
    void setCounts(const QStringList &categories, const QVector<Counts> &counts, const QString &title);

protected:
    void build(QChart *c) override;

private:
    int neededHeight() const;

    QStringList m_categories;
    QVector<Counts> m_counts;
    QString m_title;
};
