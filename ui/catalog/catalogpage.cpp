#include "catalog/catalogpage.h"

#include "catalog/catalogtreemodel.h"
#include "widgets/assessmentformatter.h"
#include "catalog/indicatordetailpane.h"
#include "catalog/indicatoreditdialog.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"

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

CatalogPage::CatalogPage(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new CatalogTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_year(new QComboBox)
    , m_tree(new QTreeView)
    , m_detail(new IndicatorDetailPane)
    , m_edit(new QPushButton(tr("&Edit indicator...")))
{
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
    });

    // Data for year Y is reviewed in spring of Y+1; offer the previous year first.
    const int current = qBound(2020, QDate::currentDate().year() - 1, 2030);
    for (int y = 2020; y <= 2030; ++y)
        m_year->addItem(tr("%1").arg(y), y);
    m_year->setCurrentIndex(current - 2020);
    connect(m_year, &QComboBox::currentIndexChanged, this, &CatalogPage::showCurrent);

    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Stretch);
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
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    reload();
}

int CatalogPage::assessmentYear() const
{
    return m_year->currentData().toInt();
}

void CatalogPage::reload()
{
    CatalogRepository catalog(m_database->connection());
    m_model->setCatalog(catalog.plans(), catalog.indicators());
    m_tree->expandToDepth(0);
    for (int c = 1; c < CatalogTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
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

void CatalogPage::showCurrent()
{
    const Indicator *ind = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!ind) {
        m_detail->clear();
        return;
    }
    m_detail->showIndicator(*ind, ValueRepository(m_database->connection()).valuesOf(ind->code));
    const IndicatorAssessment a = AssessmentService(m_database->connection()).assessOne(ind->code, assessmentYear());
    m_detail->showAssessment(a.rule.describe(ind->params, ind->measureUnit), AssessmentFormatter::parameters(a),
                             AssessmentFormatter::html(a));
}

void CatalogPage::setEditor(const std::optional<User> &user)
{
    m_editor = user && user->role == User::Role::Admin ? user : std::nullopt;
    m_edit->setVisible(m_editor.has_value());
}

bool CatalogPage::editIndicator(const Indicator &changed, QString *error)
{
    if (!m_editor) {
        *error = tr("Only the administrator edits the catalog.");
        return false;
    }
    if (!CatalogRepository(m_database->connection()).updateIndicator(changed, *m_editor, error))
        return false;
    reload();
    selectIndicator(changed.code);
    return true;
}

void CatalogPage::editCurrent()
{
    const Indicator *ind = m_model->indicatorAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!ind || !m_editor)
        return;
    CatalogRepository catalog(m_database->connection());
    QStringList codes;
    for (const Indicator &i : catalog.indicators())
        codes.append(i.code);
    IndicatorEditDialog dialog(*ind, catalog.units(), codes, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (editIndicator(dialog.indicator(), &error))
            return;
        QMessageBox::warning(this, tr("Edit indicator"), error);
    }
}
