#include "reportchartset.h"

#include "charts/statusbarchart.h"
#include "charts/trendchart.h"
#include "reportstyle.h"

#include <QPainter>

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
    set.statusByCategory = status.toPicture(QSize(StatusWidth, StatusHeight) * Scale);

    TrendChart trend;
    trend.setChartFont(ReportStyle::font(8.5));
    trend.setDesignWidth(380);
    trend.setLegendVisible(false);
    const int total = data.warnings.size();
    for (int i = 0; i < total; ++i) {
        const IndicatorAssessment &ia = data.assessments.at(data.warnings.at(i).row);
        const QString code = ia.indicator.code;
        trend.setSeries(TrendSeries::build(ia, data.records.value(code)), QString());
        set.trends.insert(code, trend.toPicture(QSize(TrendWidth, TrendHeight) * Scale));
        if (progress)
            progress(i + 1, total);
    }
    return set;
}

QImage ReportChartSet::toImage(const QPicture &picture)
{
    const QRect bounds = picture.boundingRect();
    QImage image(bounds.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    play(&painter, picture, QRectF(QPointF(0, 0), QSizeF(bounds.size())));
    painter.end();
    image.setDevicePixelRatio(Scale);
    return image;
}

void ReportChartSet::play(QPainter *painter, const QPicture &picture, const QRectF &target)
{
    const QRect bounds = picture.boundingRect();
    if (bounds.isEmpty() || target.isEmpty())
        return;
    painter->save();
    painter->translate(target.topLeft());
    // QPicture::play() scales by the device's resolution over the picture's own, so
    // that a picture keeps its physical size on a printer; the target already is the
    // size wanted, so that factor is taken out again.
    const QPaintDevice *device = painter->device();
    const qreal dpiX = device ? picture.logicalDpiX() / qreal(device->logicalDpiX()) : 1.0;
    const qreal dpiY = device ? picture.logicalDpiY() / qreal(device->logicalDpiY()) : 1.0;
    painter->scale(dpiX * target.width() / bounds.width(), dpiY * target.height() / bounds.height());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawPicture(-bounds.topLeft(), picture);
    painter->restore();
}
