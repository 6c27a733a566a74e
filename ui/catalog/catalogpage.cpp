#include "catalog/catalogpage.h"

#include "catalog/catalogtreemodel.h"
#include "catalog/indicatordetailpane.h"
#include "catalog/indicatoreditdialog.h"
#include "widgets/assessmentformatter.h"

#include "session/session.h"
#include "workflow/permissions.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

CatalogPage::CatalogPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CatalogTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_year(new QComboBox)
    , m_tree(new QTreeView)
    , m_detail(new IndicatorDetailPane)
    , m_edit(new QPushButton(tr("&Edit indicator...")))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_edit->setObjectName(QStringLiteral("editIndicator"));
    m_edit->setVisible(false);
    connect(m_edit, &QPushButton::clicked, this, &CatalogPage::editCurrent);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search->setPlaceholderText(tr("Search by code, name, target or unit (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
        // A filter that hides the current row leaves no current index without a
        // currentChanged signal: the pane follows what is current, or clears.
        followCurrent();
    });

    // Data for year Y is reviewed in spring of Y+1; offer the previous year first.
    const PlanYears years = m_session->years();
    for (int y : years.dataYears())
        m_year->addItem(tr("%1").arg(y), y);
    m_year->setCurrentIndex(PlanYears::defaultYear(QDate::currentDate(), years.baseline, years.last) - years.baseline);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CatalogPage::showCurrent);

    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    // The short columns always show whole ("C…", "区卫…" at 1600 px otherwise); the
    // name takes what is left and wraps its tooltip.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(m_tree->fontMetrics().horizontalAdvance(QStringLiteral("W00a")));
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = CatalogTreeModel::CodeColumn; c < CatalogTreeModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setTextElideMode(Qt::ElideRight);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogPage::showCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    auto *yearLabel = new QLabel(tr("Assessment &year:"));
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_edit);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_tree);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    m_year->setObjectName(QStringLiteral("catalogYear"));
    m_year->setProperty("fuerYear", true);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // What others change: the catalog (the tree, keeping the selected indicator),
    // values and verdicts (the selected indicator's values and assessment).
    ChangeNotifier *changes = m_session->notifier();
    connect(changes, &ChangeNotifier::catalogChanged, this, [this] {
        const Indicator *current = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
        const QString code = current ? current->code : QString();
        reload();
        if (!code.isEmpty())
            selectIndicator(code);
    });
    connect(changes, &ChangeNotifier::valuesChanged, this, &CatalogPage::showCurrent);
    connect(changes, &ChangeNotifier::judgementsChanged, this, &CatalogPage::showCurrent);
    reload();
}

int CatalogPage::assessmentYear() const
{
    return m_year->currentData().toInt();
}

void CatalogPage::reload()
{
    m_model->setCatalog(m_session->plans(), m_session->indicators());
    m_tree->expandToDepth(0);
    m_detail->clear();
}

bool CatalogPage::selectIndicator(const QString &code)
{
    const QModelIndex source = m_model->indexOfCode(code);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void CatalogPage::followCurrent()
{
    const Indicator *ind = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if ((ind ? ind->code : QString()) != m_detail->shownCode())
        showCurrent();
}

void CatalogPage::showCurrent()
{
    const Indicator *ind = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!ind) {
        m_detail->clear();
        return;
    }
    m_detail->showIndicator(*ind, m_session->valuesOf(ind->code));
    const IndicatorAssessment a = m_session->assessments().assessOne(ind->code, assessmentYear());
    m_detail->showAssessment(a.rule.describe(ind->params, ind->measureUnit), AssessmentFormatter::parameters(a),
                             AssessmentFormatter::html(a));
}

void CatalogPage::updateForUser()
{
    const std::optional<User> user = m_session->user();
    m_edit->setVisible(user && Permissions::may(*user, Permissions::Act::EditCatalog));
}

bool CatalogPage::editIndicator(const Indicator &changed, QString *error)
{
    const std::optional<User> user = m_session->user();
    if (!user) {
        *error = Permissions::refusal(Permissions::Act::EditCatalog);
        return false;
    }
    // The page refreshes from the notifier's catalogChanged (the constructor).
    if (!m_session->catalogEdits().updateIndicator(*user, changed, error))
        return false;
    selectIndicator(changed.code);
    return true;
}

void CatalogPage::editCurrent()
{
    const Indicator *ind = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!ind || !m_edit->isVisible())
        return;
    QStringList codes;
    for (const Indicator &i : m_session->indicators())
        codes.append(i.code);
    IndicatorEditDialog dialog(*ind, m_session->units(), codes, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (editIndicator(dialog.indicator(), &error))
            return;
        QMessageBox::warning(this, tr("Edit indicator"), error);
    }
}
