#include "trendchart.h"

#include "widgets/palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// The chart is drawn on white, on screen as on paper.
QColor ink(Palette::Role role)
{
    return Palette::forPaper().color(role);
}

QScatterSeries *markers(const QString &name, QScatterSeries::MarkerShape shape, qreal size, const QBrush &brush,
                        const QColor &border)
{
    auto *s = new QScatterSeries();
    s->setName(name);
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    s->setBrush(brush);
    s->setPen(QPen(border, 1.5));
    return s;
}

// Round axis ends with some room above and below, so that markers are not cut.
void niceRange(double lo, double hi, double *outLo, double *outHi)
{
    if (hi - lo < 1e-9) {
        const double pad = std::max(1.0, std::abs(hi) * 0.1);
        lo -= pad;
        hi += pad;
    }
    const double pad = (hi - lo) * 0.12;
    lo -= pad;
    hi += pad;
    const double step = std::pow(10.0, std::floor(std::log10(hi - lo))) / 2.0;
    *outLo = std::floor(lo / step) * step;
    *outHi = std::ceil(hi / step) * step;
    if (*outLo < 0.0 && lo >= -pad && lo + pad >= 0.0)
        *outLo = 0.0; // a rate never goes below zero
}

// Plain numbers with the fewest decimals that show every tick exactly, the same on
// every label of the axis: 60000 rather than 6e+04 for counts, 0.25 rather than 0.2
// for small rates.
QString labelFormat(const QValueAxis *axis)
{
    const int gaps = std::max(1, axis->tickCount() - 1);
    const double interval = (axis->max() - axis->min()) / gaps;
    const auto whole = [](double v) { return std::abs(v - std::round(v)) < 1e-6 * std::max(1.0, std::abs(v)); };
    int decimals = 0;
    for (double scale = 1.0; decimals < 6; ++decimals, scale *= 10.0) {
        if (whole(interval * scale) && whole(axis->min() * scale))
            break;
    }
    return QStringLiteral("%.%1f").arg(decimals);
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : ChartWidget(parent)
{
}

void TrendChart::setSeries(const TrendSeries &series, const QString &title)
{
    m_series = series;
    m_title = title;
    rebuild();
}

void TrendChart::build(QChart *c)
{
    const TrendSeries &s = m_series;
    // Titles and legend labels are rich text in QtCharts: a target written "<1.5"
    // would vanish as an unknown tag (C01 showed just "目标"), so every text is escaped.
    const QString title = m_title.isEmpty() || s.measureUnit.isEmpty() ? m_title
                                                                       : tr("%1 (%2)").arg(m_title, s.measureUnit);
    c->setTitle(title.toHtmlEscaped());
    QList<QAbstractSeries *> all;

    if (s.targetShape == TrendSeries::TargetShape::Band) {
        auto *low = new QLineSeries();
        auto *high = new QLineSeries();
        for (int y : {s.firstYear, s.lastYear}) {
            low->append(y, s.bandLow);
            high->append(y, s.bandHigh);
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(tr("Target band %1–%2").arg(s.bandLow).arg(s.bandHigh).toHtmlEscaped());
        band->setBrush(QBrush(ink(Palette::ChartTargetBand)));
        band->setPen(QPen(ink(Palette::ChartTarget), 1.2, Qt::DashDotLine));
        all << band;
    } else if (s.targetShape == TrendSeries::TargetShape::Line) {
        auto *target = new QLineSeries();
        target->setName(tr("Target %1").arg(s.targetText).toHtmlEscaped());
        target->append(s.firstYear, s.targetValue);
        target->append(s.lastYear, s.targetValue);
        target->setPen(QPen(ink(Palette::ChartTarget), 1.6, Qt::DashDotLine));
        all << target;
    }

    if (s.hasProjection) {
        auto *projection = new QLineSeries();
        projection->setName(tr("Projection to %1").arg(s.projectionToYear));
        projection->append(s.projectionFromYear, s.projectionFromValue);
        projection->append(s.projectionToYear, s.projectionToValue);
        projection->setPen(QPen(ink(Palette::ChartProjection), 1.4, Qt::DashLine));
        all << projection;
    }

    auto *line = new QLineSeries();
    line->setName(tr("Values"));
    const QColor value = ink(Palette::ChartValue);
    line->setPen(QPen(value, 2.0));
    auto *approved = markers(tr("Approved"), QScatterSeries::MarkerShapeCircle, 8, value, value);
    auto *pending = markers(tr("Not yet approved"), QScatterSeries::MarkerShapeCircle, 8, ink(Palette::Surface), value);
    for (const TrendSeries::Point &p : s.points) {
        line->append(p.year, p.value);
        (p.approved ? approved : pending)->append(p.year, p.value);
    }
    all << line << approved << pending;

    QScatterSeries *baseline = nullptr;
    if (s.hasBaseline) {
        baseline = markers(tr("Baseline %1").arg(s.baselineYear), QScatterSeries::MarkerShapeRectangle, 11, Qt::NoBrush,
                           ink(Palette::Text));
        baseline->append(s.baselineYear, s.baselineValue);
        all << baseline;
    }
    if (s.hasMidTerm) {
        auto *mid = markers(tr("Mid-term %1").arg(s.midTermYear), QScatterSeries::MarkerShapeRotatedRectangle, 15,
                            Qt::NoBrush, ink(Palette::Text));
        mid->append(s.midTermYear, s.midTermValue);
        all << mid;
    }

    auto *x = new QValueAxis();
    // Half a year of room at both ends keeps the edge markers whole; labels every
    // other year, as eleven do not fit a chart in a report column.
    x->setRange(s.firstYear - 0.5, s.lastYear + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(s.firstYear);
    x->setTickInterval(2);
    x->setMinorTickCount(1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTruncateLabels(false);
    auto *y = new QValueAxis();
    double lo = 0.0;
    double hi = 1.0;
    niceRange(s.minimum(), s.maximum(), &lo, &hi);
    y->setRange(lo, hi);
    y->setTickCount(5);
    y->applyNiceNumbers();
    y->setLabelFormat(labelFormat(y));
    // A titled chart names the unit after the title, "W03 孕产妇死亡率 (1/10万)": QtCharts
    // measures a vertical axis title in the primary font and cuts a Chinese unit
    // drawn in a fallback font ("个" became "..."). Untitled charts (the report's)
    // keep the unit on the axis.
    if (m_title.isEmpty())
        y->setTitleText(s.measureUnit);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : all) {
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Empty marker series would only clutter the legend.
    for (QScatterSeries *m : {approved, pending}) {
        if (m->count() == 0)
            c->legend()->markers(m).value(0)->setVisible(false);
    }
    // The line is explained by its markers.
    c->legend()->markers(line).value(0)->setVisible(false);
}
