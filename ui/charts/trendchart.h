#pragma once

#include "chartwidget.h"
#include "workflow/trendseries.h"

// The trend of one indicator: its values (approved solid, submitted hollow), the
// target as a line or a band, the baseline, the projection to 2030 and the mid-term
// point. Every element differs by line style or marker shape as well as by colour,
// so that the chart reads the same when printed in black and white.
class TrendChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setSeries(const TrendSeries &series, const QString &title);
    const TrendSeries &series() const { return m_series; }

protected:
    void build(QChart *c) override;

private:
    TrendSeries m_series;
    QString m_title;
};
