#pragma once

#include <QImage>
#include <QPicture>
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
    // The same drawing as vector commands, `size` in its own units: played back into
    // a PDF it stays sharp at any zoom and its text stays text; played onto an image
    // it gives what toImage() would.
    QPicture toPicture(const QSize &size);
    bool saveSvg(const QString &path, const QSize &size = QSize(640, 360));
    bool savePng(const QString &path, const QSize &size = QSize(1280, 720));
    void copyToClipboard();

    // The font used for every text of the chart (the report passes its own); the
    // chart is drawn anew with it.
    void setChartFont(const QFont &font);
    QFont chartFont() const { return m_font; }
    // Small charts in the report explain their elements in the text instead.
    void setLegendVisible(bool visible);
    // The width export lays the chart out at before scaling to the target; smaller
    // values give larger text relative to the plot.
    void setDesignWidth(qreal width) { m_designWidth = width; }

protected:
    // Draws the subclass' data anew: a new chart, filled by build(), replaces the
    // shown one. QtCharts deletes the graphics of removed axes and series only
    // later, so a reused chart would show the old axes in any grab or export made
    // before the event loop runs again; a new chart has none.
    void rebuild();
    // Adds title, series and axes to `chart`, which is empty and already styled.
    virtual void build(QChart *chart) = 0;
    // The font of axis labels, derived from chartFont().
    QFont labelFont() const;
    void resizeEvent(QResizeEvent *event) override;

private:
    QChart *newChart() const;
    // Lays the chart out at `design` now, not on the next turn of the event loop.
    void layOut(const QSizeF &design);
    // Whether a legend label is shown cut ("推算至203…") at the current layout.
    bool legendElided() const;
    // The width the legend's visible labels need in one row below the plot.
    int legendWidthInARow() const;
    // On screen: the legend below the plot when its row fits the widget, else beside.
    void fitLegend();
    void applyFonts(QChart *chart) const;

    QChartView *m_view;
    QChart *m_chart; // owned by the view's scene while shown
    QFont m_font;
    bool m_legendVisible = true;
    qreal m_designWidth = 560.0;
};
