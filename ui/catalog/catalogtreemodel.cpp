#include "catalog/catalogtreemodel.h"

#include <QBrush>
#include <QFont>
#include <QHash>

struct CatalogTreeModel::Node
{
    enum Kind { Root, PlanNode, CategoryNode, IndicatorNode };
    Kind kind = Root;
    QString title;
    int indicatorIndex = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind k, const QString &t, int indicator = -1)
    {
        auto n = std::make_unique<Node>();
        n->kind = k;
        n->title = t;
        n->indicatorIndex = indicator;
        n->parent = this;
        children.push_back(std::move(n));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::setCatalog(const QVector<Plan> &plans, const QVector<Indicator> &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    m_root = std::make_unique<Node>();
    for (const Plan &plan : plans) {
        Node *planNode = m_root->add(Node::PlanNode, plan.name);
        QHash<QString, Node *> categories;
        QHash<QString, Node *> numbered;
        for (int i = 0; i < m_indicators.size(); ++i) {
            const Indicator &ind = m_indicators.at(i);
            if (ind.planCode != plan.code)
                continue;
            Node *cat = categories.value(ind.category);
            if (!cat) {
                cat = planNode->add(Node::CategoryNode, ind.category);
                categories.insert(ind.category, cat);
            }
            Node *under = ind.parentCode.isEmpty() ? cat : numbered.value(ind.parentCode, cat);
            Node *n = under->add(Node::IndicatorNode, ind.name, i);
            if (ind.parentCode.isEmpty())
                numbered.insert(ind.code, n);
        }
    }
    endResetModel();
}

CatalogTreeModel::Node *CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    return indexOfNode(nodeOf(child)->parent, 0);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Indicator *CatalogTreeModel::indicatorAt(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || n->kind != Node::IndicatorNode)
        return nullptr;
    return &m_indicators.at(n->indicatorIndex);
}

QModelIndex CatalogTreeModel::indexOfCode(const QString &code) const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *n = stack.back();
        stack.pop_back();
        if (n->kind == Node::IndicatorNode && m_indicators.at(n->indicatorIndex).code == code)
            return indexOfNode(n, 0);
        for (const auto &c : n->children)
            stack.push_back(c.get());
    }
    return QModelIndex();
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node *n = nodeOf(index);
    const Indicator *ind = n->kind == Node::IndicatorNode ? &m_indicators.at(n->indicatorIndex) : nullptr;
    if (role == IndicatorCodeRole)
        return ind ? QVariant(ind->code) : QVariant();
    if (role == Qt::FontRole && n->kind != Node::IndicatorNode) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && ind)
        return QStringLiteral("%1 %2（%3）").arg(ind->code, ind->name, ind->targetText);
    if (role != Qt::DisplayRole)
        return QVariant();
    if (!ind)
        return index.column() == NameColumn ? QVariant(n->title) : QVariant();
    switch (index.column()) {
    case NameColumn:
        return ind->measureUnit.isEmpty() ? ind->name : QStringLiteral("%1（%2）").arg(ind->name, ind->measureUnit);
    case CodeColumn:
        return ind->code;
    case TargetColumn:
        return ind->targetText;
    case AttributeColumn:
        return Indicator::attributeText(ind->attribute);
    case LeadUnitColumn:
        return ind->leadUnit();
    }
    return QVariant();
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Indicator");
    case CodeColumn:
        return tr("Code");
    case TargetColumn:
        return tr("2030 target");
    case AttributeColumn:
        return tr("Attribute");
    case LeadUnitColumn:
        return tr("Lead unit");
    }
    return QVariant();
}
