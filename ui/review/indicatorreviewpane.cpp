#include "review/indicatorreviewpane.h"

#include "charts/trendchart.h"
#include "widgets/assessmentformatter.h"
#include "widgets/audittablemodel.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"
#include "widgets/valuetablemodel.h"
#include "workflow/trendseries.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr TableViews::Options kHistoryLook = TableViews::Option::SingleLineRows | TableViews::Option::AlternatingRows
    | TableViews::Option::StretchLastColumn;

QToolButton *buttonFor(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}
} // namespace

IndicatorReviewPane::IndicatorReviewPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_verdict(new QLabel)
    , m_chart(new TrendChart)
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_facts(new QSplitter(Qt::Vertical))
    , m_assessment(new QTextBrowser)
    , m_tabs(new QTabWidget)
    , m_values(new ValueTableModel(this))
    , m_audit(new AuditTableModel(this))
    , m_valuesView(TableViews::makeReadOnly(m_values, QAbstractItemView::ExtendedSelection, kHistoryLook))
    , m_auditView(TableViews::makeReadOnly(m_audit, QAbstractItemView::ExtendedSelection, kHistoryLook))
    , m_copy(new QAction(tr("&Copy chart"), this))
    , m_savePng(new QAction(tr("Save as &PNG..."), this))
    , m_saveSvg(new QAction(tr("Save as &SVG..."), this))
{
    m_columns->setObjectName(QStringLiteral("paneColumns"));
    m_facts->setObjectName(QStringLiteral("paneFacts"));
    connect(m_copy, &QAction::triggered, this, &IndicatorReviewPane::copyChart);
    connect(m_savePng, &QAction::triggered, this, &IndicatorReviewPane::saveChartAsPng);
    connect(m_saveSvg, &QAction::triggered, this, &IndicatorReviewPane::saveChartAsSvg);
    // Right-click on the plot offers the same acts as the buttons below it.
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chart->addActions({m_copy, m_savePng, m_saveSvg});
    m_chart->setMinimumSize(360, 240);

    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assessment->setOpenLinks(false);
    m_assessment->setMinimumHeight(m_assessment->fontMetrics().height() * 5);

    auto *chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    for (QAction *a : {m_copy, m_savePng, m_saveSvg})
        chartButtons->addWidget(buttonFor(a));
    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addLayout(chartButtons);

    m_tabs->addTab(m_valuesView, tr("Values by year"));
    m_tabs->addTab(m_auditView, tr("Changes"));
    m_facts->addWidget(m_assessment);
    m_facts->addWidget(m_tabs);
    m_facts->setStretchFactor(0, 2);
    m_facts->setStretchFactor(1, 3);

    m_columns->addWidget(chartBox);
    m_columns->addWidget(m_facts);
    m_columns->setStretchFactor(0, 1);
    m_columns->setStretchFactor(1, 1);
    m_columns->setChildrenCollapsible(false);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_verdict);
    heading->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_columns, 1);
    clear();
}

void IndicatorReviewPane::showIndicator(const IndicatorAssessment &assessment, const QVector<ValueRecord> &records,
                                        const QVector<AuditEntry> &history)
{
    const Indicator &ind = assessment.indicator;
    m_code = ind.code;
    m_title->setText(QStringLiteral("<b>%1 %2</b> — %3")
                         .arg(ind.code.toHtmlEscaped(), ind.name.toHtmlEscaped(),
                              tr("target %1 · %2 · reported by %3")
                                  .arg(ind.targetText, Indicator::attributeText(ind.attribute), ind.leadUnit())
                                  .toHtmlEscaped()));
    m_chart->setSeries(TrendSeries::build(assessment, records), QStringLiteral("%1 %2").arg(ind.code, ind.name));
    m_assessment->setHtml(AssessmentFormatter::html(assessment));
    showVerdict(assessment.assessment);
    m_values->setValues(records, ind);
    m_audit->setEntries(history, ind);
    m_valuesView->resizeColumnsToContents();
    m_auditView->resizeColumnsToContents();
    for (QAction *a : {m_copy, m_savePng, m_saveSvg})
        a->setEnabled(true);
}

void IndicatorReviewPane::clear()
{
    m_code.clear();
    m_title->setText(tr("Select an indicator to see its trend, values and history."));
    m_chart->setSeries(TrendSeries(), QString());
    m_assessment->clear();
    m_verdict->clear();
    m_verdict->hide();
    m_values->setValues({}, Indicator());
    m_audit->setEntries({});
    for (QAction *a : {m_copy, m_savePng, m_saveSvg})
        a->setEnabled(false);
}

QString IndicatorReviewPane::assessmentText() const
{
    return m_assessment->toPlainText();
}

void IndicatorReviewPane::showVerdict(const Assessment &a)
{
    // A sign and a word as well as a colour: met and missed must differ at a glance,
    // also in black and white and for readers who do not tell red from green.
    QString sign;
    switch (a.status) {
    case Assessment::Status::Met:
        sign = QStringLiteral("✔");
        break;
    case Assessment::Status::NotMet:
        sign = QStringLiteral("✘");
        break;
    case Assessment::Status::NeedsJudgement:
        sign = QStringLiteral("?");
        break;
    case Assessment::Status::NoData:
        sign = QStringLiteral("–");
        break;
    }
    QString text = QStringLiteral("%1 %2").arg(sign, AssessmentFormatter::statusText(a));
    if (a.latestYear > 0 && !a.restsOnEarlierYear())
        text = tr("%1 in %2").arg(text).arg(a.latestYear);
    m_verdict->setText(text);
    // The badge carries its own white text: the light variant's colours in either theme.
    m_verdict->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                            " border-radius: 3px; padding: 2px 8px; }")
                                 .arg(Palette::forPaper().color(Palette::statusRole(a.status)).name()));
    m_verdict->show();
}

QString IndicatorReviewPane::verdictText() const
{
    return m_verdict->text();
}

void IndicatorReviewPane::setOrientation(Qt::Orientation orientation)
{
    m_columns->setOrientation(orientation);
    m_facts->setOrientation(orientation == Qt::Horizontal ? Qt::Vertical : Qt::Horizontal);
    // Upright, the chart needs the height more than the text below it.
    m_columns->setStretchFactor(0, orientation == Qt::Horizontal ? 1 : 3);
    m_columns->setStretchFactor(1, orientation == Qt::Horizontal ? 1 : 2);
}

QList<QAction *> IndicatorReviewPane::chartActions() const
{
    return {m_copy, m_savePng, m_saveSvg};
}

void IndicatorReviewPane::copyChart()
{
    if (!m_code.isEmpty())
        m_chart->copyToClipboard();
}

QString IndicatorReviewPane::chartFileName(const QString &suffix) const
{
    return QDir::home().filePath(QStringLiteral("%1.%2").arg(m_code, suffix));
}

void IndicatorReviewPane::saveChartAsPng()
{
    if (m_code.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      chartFileName(QStringLiteral("png")), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !m_chart->savePng(path))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

void IndicatorReviewPane::saveChartAsSvg()
{
    if (m_code.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as SVG"),
                                                      chartFileName(QStringLiteral("svg")), tr("SVG drawings (*.svg)"));
    if (!path.isEmpty() && !m_chart->saveSvg(path))
        QMessageBox::warning(this, tr("Save chart"),
                             tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}
