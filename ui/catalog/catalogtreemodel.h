#pragma once

#include "model/indicator.h"
#include "model/plan.h"

#include <QAbstractItemModel>
#include <QVector>

#include <memory>

// The catalog as a tree: plan -> category -> indicator (sub-indicators under
// their numbered row). Columns: name, code, target, attribute, lead unit.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, TargetColumn, AttributeColumn, LeadUnitColumn, ColumnCount };
    enum Role { IndicatorCodeRole = Qt::UserRole + 1 };

    explicit CatalogTreeModel(QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    void setCatalog(const QVector<Plan> &plans, const QVector<Indicator> &indicators);
    QModelIndex indexOfCode(const QString &code) const;
    const Indicator *indicatorAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;

    std::unique_ptr<Node> m_root;
    QVector<Indicator> m_indicators;
};
