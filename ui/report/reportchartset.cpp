#include "reportchartset.h"

#include "charts/statusbarchart.h"
#include "charts/trendchart.h"
#include "reportstyle.h"

ReportChartSet ReportChartSet::render(const ReportData &data, const std::function<void(int, int)> &progress)
{
    ReportChartSet set;
    const QFont font = ReportStyle::font(9);

    StatusBarChart status;
    status.setChartFont(font);
    QStringList names;
    QVector<StatusBarChart::Counts> counts;
    for (const ReportData::CategorySection &c : data.categories) {
        names << c.name;
        counts << c.byStatus;
    }
    status.setCounts(
        names, counts,
        QCoreApplication::translate("ReportChartSet", "Indicators by status and category, %1").arg(data.dataYear));
    set.statusByCategory = status.toImage(QSize(StatusWidth, StatusHeight) * Scale, Scale);

    TrendChart trend;
    trend.setChartFont(ReportStyle::font(8.5));
    trend.setDesignWidth(380);
    trend.setLegendVisible(false);
    const int total = data.warnings.size();
    for (int i = 0; i < total; ++i) {
        const IndicatorAssessment &ia = data.assessments.at(data.warnings.at(i).row);
        const QString code = ia.indicator.code;
        trend.setSeries(TrendSeries::build(ia, data.records.value(code)), QString());
        set.trends.insert(code, trend.toImage(QSize(TrendWidth, TrendHeight) * Scale, Scale));
        if (progress)
            progress(i + 1, total);
    }
    return set;
}
