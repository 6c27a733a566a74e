#include "chartwidget.h"

#include "widgets/palette.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QValueAxis>

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    m_font = font();
    m_font.setPointSizeF(9);
    m_chart = newChart();
    m_view = new QChartView(m_chart, this); // the view owns the chart it shows
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ChartWidget::~ChartWidget() = default;

QChart *ChartWidget::newChart() const
{
    auto *chart = new QChart();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setVisible(m_legendVisible);
    chart->setAnimationOptions(QChart::NoAnimation);
    applyFonts(chart);
    return chart;
}

void ChartWidget::rebuild()
{
    QChart *chart = newChart();
    build(chart);
    applyFonts(chart); // the axes build() added
    QChart *old = m_chart;
    m_chart = chart;
    m_view->setChart(chart); // takes the old chart out of the scene: no longer drawn
    fitLegend();
    // The view gives the old chart back. It may be on the call stack (a signal of one
    // of its series), so it goes once control is back in the event loop, or with this
    // widget if no event loop runs again (the command line).
    old->setParent(this);
    old->deleteLater();
}

int ChartWidget::legendWidthInARow() const
{
    // A marker, the gaps on both sides and the label; a little more than QLegend's
    // own layout needs, so a row that is reported to fit is never cut.
    const QFontMetrics fm(m_chart->legend()->font());
    int width = 2 * fm.height();
    const auto markers = m_chart->legend()->markers();
    for (const QLegendMarker *m : markers) {
        if (m->isVisible())
            width += fm.horizontalAdvance(QTextDocumentFragment::fromHtml(m->label()).toPlainText()) + 3 * fm.height();
    }
    return width;
}

void ChartWidget::fitLegend()
{
    // Below the plot while the labels fit in a row, otherwise a column beside it:
    // "推算至203…" says nothing.
    const Qt::Alignment want = width() >= legendWidthInARow() ? Qt::AlignBottom : Qt::AlignRight;
    if (m_chart->legend()->alignment() != want)
        m_chart->legend()->setAlignment(want);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
}

void ChartWidget::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    m_chart->legend()->setVisible(visible);
}

void ChartWidget::setChartFont(const QFont &font)
{
    m_font = font;
    rebuild(); // sizes that follow from the font are worked out again
}

QFont ChartWidget::labelFont() const
{
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.9);
    return small;
}

void ChartWidget::applyFonts(QChart *chart) const
{
    QFont title = m_font;
    title.setPointSizeF(m_font.pointSizeF() * 1.15);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(m_font);
    const QFont small = labelFont();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
}

void ChartWidget::layOut(const QSizeF &design)
{
    m_view->resize(design.toSize());
    m_chart->resize(design);
    // QtCharts lays out axes and legend on posted events; without them the labels
    // keep the elision of the previous size. Deferred deletes are left to the event
    // loop: this may run inside a slot, and rebuild() never leaves old graphics in
    // the scene.
    if (m_chart->layout())
        m_chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(m_chart->scene());
    QCoreApplication::sendPostedEvents(m_chart);
    QCoreApplication::processEvents();
}

bool ChartWidget::legendElided() const
{
    if (!m_chart->legend()->isVisible())
        return false;
    const auto items = m_chart->legend()->childItems();
    QList<QGraphicsItem *> todo(items.begin(), items.end());
    while (!todo.isEmpty()) {
        QGraphicsItem *item = todo.takeLast();
        const auto children = item->childItems();
        todo.append(children);
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible()) {
            const QString shown = text->toPlainText();
            if (shown.contains(QChar(0x2026)) || shown.contains(QLatin1String("...")))
                return true;
        }
    }
    return false;
}

void ChartWidget::render(QPainter *painter, const QRectF &target)
{
    if (target.isEmpty())
        return;
    // Lay out at the design size, then let the scene scale into the target: the
    // result is the same on a 96 dpi image and on a 1200 dpi PDF page. A legend that
    // does not fit the design width ("推算至203…") gets a wider design, that is
    // slightly smaller type, rather than cut words.
    const QSize oldSize = m_view->size();
    const Qt::Alignment oldAlignment = m_chart->legend()->alignment();
    m_chart->legend()->setAlignment(Qt::AlignBottom); // printed and exported: below the plot
    qreal width = m_designWidth;
    QSizeF design(width, width * target.height() / target.width());
    layOut(design);
    for (int attempt = 0; attempt < 4 && legendElided(); ++attempt) {
        width *= 1.25;
        design = QSizeF(width, width * target.height() / target.width());
        layOut(design);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), design));
    painter->restore();
    m_view->resize(oldSize);
    m_chart->resize(oldSize);
    m_chart->legend()->setAlignment(oldAlignment);
}

QImage ChartWidget::toImage(const QSize &size, qreal scale)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Palette::forPaper().color(Palette::Surface));
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    image.setDevicePixelRatio(scale);
    return image;
}

QPicture ChartWidget::toPicture(const QSize &size)
{
    QPicture picture;
    QPainter painter(&picture);
    const QRectF target(QPointF(0, 0), QSizeF(size));
    painter.fillRect(target, Palette::forPaper().color(Palette::Surface));
    render(&painter, target);
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), size));
    return picture;
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
