// OverviewPage: the early-warning board and its filters, and the way from a count
// in the summary to the indicators behind it.

#include "overview/overviewpage.h"

#include "session/session.h"

#include "overview/statussummarymodel.h"
#include "overview/warningboardfilter.h"
#include "overview/warningboardmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace {
void addLabelled(QGridLayout *grid, int row, int column, const QString &text, QComboBox *combo)
{
    auto *label = new QLabel(text);
    label->setBuddy(combo);
    grid->addWidget(label, row, column);
    grid->addWidget(combo, row, column + 1);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}
} // namespace

QWidget *OverviewPage::buildBoard()
{
    m_boardArea = new QWidget;
    auto *grid = new QGridLayout;
    addLabelled(grid, 0, 0, tr("&Plan:"), m_plan);
    addLabelled(grid, 0, 2, tr("&Category:"), m_category);
    addLabelled(grid, 0, 4, tr("Lead &unit:"), m_unit);
    addLabelled(grid, 1, 0, tr("&Attribute:"), m_attribute);
    addLabelled(grid, 1, 2, tr("&Warning:"), m_warning);
    addLabelled(grid, 1, 4, tr("&Status:"), m_status);
    auto *clear = new QPushButton(tr("Show all &red and yellow"));
    connect(clear, &QPushButton::clicked, this, &OverviewPage::clearFilters);
    grid->addWidget(clear, 1, 6);
    grid->setColumnStretch(7, 1);

    using W = Assessment::Warning;
    m_warning->addItem(tr("Red and yellow"), WarningBoardFilter::maskOf({W::Red, W::Yellow}));
    for (W w : {W::Red, W::Yellow, W::Green, W::Grey})
        m_warning->addItem(Assessment::warningLabel(w), WarningBoardFilter::maskOf({w}));
    m_warning->addItem(tr("Any warning"), 0);
    m_status->addItem(tr("Any status"), -1);
    using S = Assessment::Status;
    for (S s : {S::Met, S::NotMet, S::NeedsJudgement, S::NoData})
        m_status->addItem(Assessment::statusLabel(s), int(s));
    m_attribute->addItem(tr("Both attributes"), -1);
    for (Indicator::Attribute a : {Indicator::Attribute::Binding, Indicator::Attribute::Expected})
        m_attribute->addItem(Indicator::attributeText(a), int(a));

    // The categories follow the plan before the filter is applied.
    connect(m_plan, &QComboBox::currentIndexChanged, this, &OverviewPage::fillCategories);
    for (QComboBox *combo : {m_plan, m_category, m_unit, m_attribute, m_warning, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &OverviewPage::applyFilters);

    auto *title = new QLabel(tr("<b>Early warnings</b> — red, then yellow; double-click opens the indicator"));
    auto *layout = new QVBoxLayout(m_boardArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(grid);
    layout->addWidget(m_boardView, 1);
    layout->addWidget(m_boardCount);
    return m_boardArea;
}

void OverviewPage::fillFilterChoices()
{
    const QSignalBlocker blockPlan(m_plan);
    const QSignalBlocker blockUnit(m_unit);
    m_plan->clear();
    m_plan->addItem(tr("Both plans"), QString());
    for (const Plan &p : m_session->plans())
        m_plan->addItem(p.name, p.code);
    // Only units that lead an indicator report values; the others have no rows.
    QSet<QString> leads;
    for (int r = 0; r < m_board->rowCount(); ++r)
        leads.insert(m_board->assessmentAt(r)->indicator.leadUnit());
    m_unit->clear();
    m_unit->addItem(tr("Any unit"), QString());
    for (const ResponsibleUnit &u : m_session->units()) {
        if (leads.contains(u.name))
            m_unit->addItem(u.name, u.name);
    }
    fillCategories();
    applyFilters();
}

void OverviewPage::fillCategories()
{
    const QString plan = m_plan->currentData().toString();
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("Any category"), QString());
    QStringList seen;
    for (int r = 0; r < m_board->rowCount(); ++r) {
        const Indicator &ind = m_board->assessmentAt(r)->indicator;
        if ((plan.isEmpty() || ind.planCode == plan) && !seen.contains(ind.category)) {
            seen.append(ind.category);
            m_category->addItem(ind.category, ind.category);
        }
    }
    selectData(m_category, current);
}

void OverviewPage::applyFilters()
{
    m_filter->setPlan(m_plan->currentData().toString());
    m_filter->setCategory(m_category->currentData().toString());
    m_filter->setLeadUnit(m_unit->currentData().toString());
    const int attribute = m_attribute->currentData().toInt();
    m_filter->setAttribute(attribute < 0 ? std::nullopt : std::optional<int>(attribute));
    m_filter->setWarnings(m_warning->currentData().toInt());
    const int status = m_status->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional<Assessment::Status>(Assessment::Status(status)));
    m_boardCount->setText(boardCountText());
    if (!m_boardView->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_boardView->setCurrentIndex(m_filter->index(0, 0));
}

void OverviewPage::clearFilters()
{
    {
        const QSignalBlocker b1(m_plan), b2(m_unit), b3(m_attribute), b4(m_warning), b5(m_status);
        for (QComboBox *combo : {m_plan, m_unit, m_attribute, m_warning, m_status})
            combo->setCurrentIndex(0);
    }
    fillCategories();
    m_category->setCurrentIndex(0);
    applyFilters();
}

void OverviewPage::showIndicatorsOf(const QModelIndex &summaryIndex)
{
    const StatusSummaryModel::Row *row = m_summary->rowAt(summaryIndex.row());
    if (!row)
        return;
    const std::optional<Assessment::Status> status = StatusSummaryModel::statusOfColumn(summaryIndex.column());
    {
        const QSignalBlocker b1(m_plan), b2(m_category), b3(m_unit), b4(m_attribute), b5(m_warning), b6(m_status);
        selectData(m_plan, row->planCode);
        fillCategories();
        selectData(m_category, row->category);
        m_unit->setCurrentIndex(0);
        m_attribute->setCurrentIndex(0);
        // A count covers every warning level; the board must list all it counted.
        selectData(m_warning, 0);
        selectData(m_status, status ? int(*status) : -1);
    }
    applyFilters();
    if (m_filter->rowCount() > 0)
        m_boardView->setCurrentIndex(m_filter->index(0, 0));
}
