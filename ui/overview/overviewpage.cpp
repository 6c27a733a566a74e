#include "overview/overviewpage.h"

#include "charts/statusbarchart.h"
#include "overview/statussummarymodel.h"
#include "overview/warningboardfilter.h"
#include "overview/warningboardmodel.h"
#include "review/indicatorreviewpane.h"
#include "widgets/tableviews.h"

#include "widgets/yearbox.h"

#include "session/session.h"

#include <QComboBox>
#include <QDate>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OverviewPage::OverviewPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new StatusSummaryModel(this))
    , m_board(new WarningBoardModel(this))
    , m_filter(new WarningBoardFilter(this))
    , m_year(new QComboBox)
    , m_summaryView(
          TableViews::makeReadOnly(m_summary, QAbstractItemView::SingleSelection, TableViews::Option::SingleLineRows))
    , m_chart(new StatusBarChart)
    , m_boardView(nullptr)
    , m_boardCount(new QLabel)
    , m_plan(new QComboBox)
    , m_category(new QComboBox)
    , m_unit(new QComboBox)
    , m_attribute(new QComboBox)
    , m_warning(new QComboBox)
    , m_status(new QComboBox)
    , m_pane(new IndicatorReviewPane)
{
    m_filter->setSourceModel(m_board);
    m_filter->sort(0);
    m_boardView = TableViews::makeReadOnly(m_filter, QAbstractItemView::SingleSelection,
                                           TableViews::Option::SingleLineRows | TableViews::Option::AlternatingRows);
    setObjectName(QStringLiteral("overviewPage"));
    m_year->setObjectName(QStringLiteral("overviewYear"));
    YearBox::fill(m_year, m_session->years().reportingYears());
    // Whatever changes values, verdicts or the catalog changes counts and warnings.
    ChangeNotifier *changes = m_session->notifier();
    connect(changes, &ChangeNotifier::valuesChanged, this, &OverviewPage::reload);
    connect(changes, &ChangeNotifier::judgementsChanged, this, &OverviewPage::reload);
    connect(changes, &ChangeNotifier::catalogChanged, this, &OverviewPage::reload);

    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_summaryView->verticalHeader()->setDefaultSectionSize(m_summaryView->fontMetrics().height() + 4);
    m_summaryView->setCursor(Qt::PointingHandCursor);
    connect(m_summaryView, &QTableView::clicked, this, &OverviewPage::showIndicatorsOf);
    m_chart->setMinimumWidth(360); // its height follows the number of categories

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Assessment &year:"));
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    auto *hint = new QLabel(tr("Click a count to list its indicators on the warning board; "
                               "select an indicator there to see its trend."));
    hint->setWordWrap(true);
    top->addSpacing(12);
    top->addWidget(hint, 1);

    // Two rows: the counts and their chart; the board and the indicator behind the
    // selected row. The pane stands upright beside the board.
    auto *upper = new QSplitter(Qt::Horizontal);
    upper->setObjectName(QStringLiteral("overviewUpper"));
    upper->addWidget(m_summaryView);
    // The chart needs its height for the category labels; on a 768-line laptop it
    // scrolls rather than making the window taller than the screen.
    auto *chartScroll = new QScrollArea;
    chartScroll->setObjectName(QStringLiteral("overviewChartScroll"));
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    upper->addWidget(chartScroll);
    upper->setStretchFactor(0, 0);
    upper->setStretchFactor(1, 1);
    upper->setSizes({800, 800});

    m_pane->setOrientation(Qt::Vertical);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->setObjectName(QStringLiteral("overviewLower"));
    lower->addWidget(buildBoard());
    lower->addWidget(m_pane);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({840, 760});
    lower->setChildrenCollapsible(false);

    auto *rows = new QSplitter(Qt::Vertical);
    rows->setObjectName(QStringLiteral("overviewRows"));
    rows->addWidget(upper);
    rows->addWidget(lower);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 3);
    rows->setSizes({400, 560});
    rows->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rows, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &OverviewPage::reload);
    connect(m_boardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OverviewPage::showCurrentIndicator);
    connect(m_boardView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString code = index.data(WarningBoardModel::CodeRole).toString();
        if (!code.isEmpty())
            emit indicatorActivated(code);
    });
    // Loads on the first show (showEvent): a tab that is never opened costs nothing.
}

int OverviewPage::year() const
{
    return m_year->currentData().toInt();
}

void OverviewPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

const QVector<IndicatorAssessment> &OverviewPage::assessments(int year)
{
    auto it = m_cache.find(year);
    if (it == m_cache.end())
        it = m_cache.insert(year, m_session->assessments().assessAll(year));
    return *it;
}

void OverviewPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // a hidden tab catches up when it is shown
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_cache.clear(); // values or verdicts may have changed since the last reload
    const int y = year();
    const QVector<IndicatorAssessment> &now = assessments(y);
    const QVector<Plan> plans = m_session->plans();
    m_summary->setAssessments(plans, now, assessments(y - 1), y);
    m_summaryView->resizeColumnsToContents();

    QStringList categories;
    QVector<StatusBarChart::Counts> counts;
    for (int r = 0; r < m_summary->rowCount(); ++r) {
        const StatusSummaryModel::Row *row = m_summary->rowAt(r);
        if (row->kind != StatusSummaryModel::Row::Kind::Category)
            continue;
        categories.append(row->category); // in plan order: the chart puts the first on top
        counts.append(row->counts);
    }
    m_chart->setCounts(categories, counts, tr("Indicators by status and category, %1").arg(y));

    const QString current = m_pane->currentCode();
    m_board->setAssessments(now);
    if (m_unit->count() == 0)
        fillFilterChoices();
    // The reason is long and is not measured: it takes what is left, with the full
    // text in the tooltip and the pane.
    for (int c = 0; c < WarningBoardModel::ReasonColumn; ++c)
        m_boardView->resizeColumnToContents(c);
    QHeaderView *header = m_boardView->horizontalHeader();
    const int wide = m_boardView->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
    header->resizeSection(WarningBoardModel::NameColumn,
                          qMin(header->sectionSize(WarningBoardModel::NameColumn), wide));
    header->setStretchLastSection(true);
    m_boardCount->setText(boardCountText());
    if (!selectIndicator(current)) {
        if (m_filter->rowCount() > 0)
            m_boardView->setCurrentIndex(m_filter->index(0, 0));
        else
            m_pane->clear();
    }
    m_stale = false;
    m_longestReloadMs = qMax(m_longestReloadMs, timer.elapsed());
}

void OverviewPage::showCurrentIndicator()
{
    const QModelIndex index = m_filter->mapToSource(m_boardView->currentIndex());
    const IndicatorAssessment *a = m_board->assessmentAt(index.row());
    if (!a) {
        m_pane->clear();
        return;
    }
    const QString code = a->indicator.code;
    m_pane->showIndicator(*a, m_session->valuesOf(code), m_session->history(code));
}

bool OverviewPage::selectIndicator(const QString &code)
{
    const int row = m_board->rowOfCode(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_board->index(row, 0));
    if (!index.isValid())
        return false;
    if (m_boardView->currentIndex() == index)
        showCurrentIndicator(); // the assessment behind the row may have changed
    else
        m_boardView->setCurrentIndex(index);
    m_boardView->scrollTo(index);
    return true;
}

QStringList OverviewPage::boardCodes() const
{
    QStringList codes;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        codes.append(m_filter->index(r, 0).data(WarningBoardModel::CodeRole).toString());
    return codes;
}

QString OverviewPage::boardCountText() const
{
    return tr("%1 of %2 indicators shown").arg(m_filter->rowCount()).arg(m_board->rowCount());
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true;
}
