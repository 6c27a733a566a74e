#pragma once

#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

// The one place the chart library is used. Pages and the report talk to the
// subclasses (TrendChart, StatusBarChart) and to the export functions below; swapping
// QtCharts for another library only touches ui/charts/.
//
// All functions must run in the GUI thread (QtCharts is built on QGraphicsScene).
// Output for print is drawn at a fixed design width and scaled, so that fonts keep
// the same proportion to the plot whatever the target size or resolution.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // Draws the chart into `target` of any painter (screen, image, SVG, PDF).
    void render(QPainter *painter, const QRectF &target);
    // `size` in device pixels; `scale` draws the design at that multiple (2 for print).
    QImage toImage(const QSize &size, qreal scale = 1.0);
    bool saveSvg(const QString &path, const QSize &size = QSize(640, 360));
    bool savePng(const QString &path, const QSize &size = QSize(1280, 720));
    void copyToClipboard();

    // The font used for every text of the chart (the report passes its own).
    void setChartFont(const QFont &font);
    QFont chartFont() const { return m_font; }
    // Small charts in the report explain their elements in the text instead.
    void setLegendVisible(bool visible);
    // The width export lays the chart out at before scaling to the target; smaller
    // values give larger text relative to the plot.
    void setDesignWidth(qreal width) { m_designWidth = width; }

protected:
    QChart *chart() const { return m_chart; }
    // Clears the chart and adds series and axes again from the subclass' data.
    virtual void rebuild() = 0;
    void applyFonts();

private:
    QChartView *m_view;
    QChart *m_chart;
    QFont m_font;
    qreal m_designWidth = 560.0;
};
