#include "statusbarchart.h"

#include "target/assessment.h"
#include "widgets/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <QFontMetricsF>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

StatusBarChart::StatusBarChart(QWidget *parent)
    : ChartWidget(parent)
{
}

void StatusBarChart::setCounts(const QStringList &categories, const QVector<Counts> &counts, const QString &title)
{
    m_categories = categories;
    m_counts = counts;
    m_title = title;
    rebuild();
}

void StatusBarChart::build(QChart *c)
{
    using Status = Assessment::Status;
    setMinimumHeight(neededHeight());
    c->setTitle(m_title.toHtmlEscaped()); // rich text in QtCharts
    // Bar sets have no marker shape of their own; plain squares show their fill.
    c->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    struct Look
    {
        Status status;
        QBrush brush;
    };
    // Dark solid, hatched, light and white: distinct without colour. The chart is
    // drawn on white, on screen as on paper.
    const Palette &palette = Palette::forPaper();
    const Look looks[] = {
        {Status::Met, QBrush(palette.color(Palette::ChartMet))},
        {Status::NotMet, QBrush(palette.color(Palette::ChartNotMet), Qt::BDiagPattern)},
        {Status::NeedsJudgement, QBrush(palette.color(Palette::ChartNeedsJudgement))},
        {Status::NoData, QBrush(palette.color(Palette::ChartNoData))},
    };
    auto *series = new QHorizontalStackedBarSeries();
    int most = 1;
    QVector<int> totals(m_counts.size(), 0);
    for (const Look &look : looks) {
        auto *set = new QBarSet(Assessment::statusLabel(look.status));
        set->setBrush(look.brush);
        set->setPen(QPen(palette.color(Palette::Text), 0.8));
        // Horizontal bars run bottom-up: the last category comes first, so that the
        // first category given is the top row (QBarCategoryAxis::setReverse does
        // not turn the rows round).
        for (int i = int(m_counts.size()) - 1; i >= 0; --i) {
            const int n = m_counts.at(i)[size_t(look.status)];
            *set << n;
            totals[i] += n;
        }
        series->append(set);
    }
    for (int t : totals)
        most = std::max(most, t);
    series->setBarWidth(0.7);
    c->addSeries(series);

    // The first category at the top, as in the plan's table: in the same reversed
    // order as the bars.
    QStringList bottomUp = m_categories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    auto *y = new QBarCategoryAxis();
    y->append(bottomUp);
    y->setTruncateLabels(false); // category names are short; an ellipsis would hide them all
    auto *x = new QValueAxis();
    // Whole-number ticks only: counts of indicators.
    const int step = most <= 10 ? 1 : most <= 20 ? 2 : 5;
    const int top = (most + step - 1) / step * step;
    x->setRange(0, top);
    x->setTickCount(top / step + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Indicators"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

int StatusBarChart::neededHeight() const
{
    // QtCharts centres a category's label on its bar and hides it if its text box
    // would overlap the one before, so each category needs the height of its tallest
    // label's text box (fallback fonts for Chinese make it taller than the font's own
    // line) and some air, as the axis rounds positions to whole pixels.
    QTextDocument text;
    text.setDocumentMargin(0);
    text.setDefaultFont(labelFont());
    qreal line = QFontMetricsF(labelFont()).height();
    for (const QString &category : m_categories) {
        text.setPlainText(category);
        line = std::max(line, text.size().height());
    }
    const qreal perCategory = std::ceil(line) + 4;
    // Title, legend, the count axis with its title, margins and padding.
    const qreal rest = QFontMetricsF(chartFont()).height() * 3 + line * 2 + 40;
    return int(std::ceil(rest + perCategory * std::max<qsizetype>(1, m_categories.size())));
}
