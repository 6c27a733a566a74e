#include "chartwidget.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart())
{
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setChart(m_chart); // the view owns the chart from here
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_font = font();
    m_font.setPointSizeF(9);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setLegendVisible(bool visible)
{
    m_chart->legend()->setVisible(visible);
}

void ChartWidget::setChartFont(const QFont &font)
{
    m_font = font;
    applyFonts();
}

void ChartWidget::applyFonts()
{
    QFont title = m_font;
    title.setPointSizeF(m_font.pointSizeF() * 1.15);
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(m_font);
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.9);
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
}

void ChartWidget::render(QPainter *painter, const QRectF &target)
{
    if (target.isEmpty())
        return;
    // Lay out at the design size, then let the scene scale into the target: the
    // result is the same on a 96 dpi image and on a 1200 dpi PDF page.
    const QSizeF design(m_designWidth, m_designWidth * target.height() / target.width());
    const QSize oldSize = m_view->size();
    m_view->resize(design.toSize());
    m_chart->resize(design);
    // QtCharts lays out axes and legend on posted events; without them the labels
    // keep the elision of the previous size.
    if (m_chart->layout())
        m_chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(m_chart->scene());
    QCoreApplication::sendPostedEvents(m_chart);
    QCoreApplication::processEvents();
    // Axes of an earlier series are deleted later; outside an event loop (the
    // command line, a report run) "later" has to be now, or their labels stay drawn.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), design));
    painter->restore();
    m_view->resize(oldSize);
    m_chart->resize(oldSize);
}

QImage ChartWidget::toImage(const QSize &size, qreal scale)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    image.setDevicePixelRatio(scale);
    return image;
}

bool ChartWidget::saveSvg(const QString &path, const QSize &size)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_chart->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

bool ChartWidget::savePng(const QString &path, const QSize &size)
{
    return toImage(size).save(path, "PNG");
}

void ChartWidget::copyToClipboard()
{
    QApplication::clipboard()->setImage(toImage(QSize(1280, 720)));
}
