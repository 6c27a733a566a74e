#include "overview/warningboardfilter.h"

#include "overview/warningboardmodel.h"

WarningBoardFilter::WarningBoardFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

int WarningBoardFilter::maskOf(std::initializer_list<Assessment::Warning> warnings)
{
    int mask = 0;
    for (Assessment::Warning w : warnings)
        mask |= 1 << int(w);
    return mask;
}

void WarningBoardFilter::setPlan(const QString &planCode)
{
    m_plan = planCode;
    invalidateFilter();
}

void WarningBoardFilter::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void WarningBoardFilter::setLeadUnit(const QString &unit)
{
    m_unit = unit;
    invalidateFilter();
}

void WarningBoardFilter::setAttribute(std::optional<int> attribute)
{
    m_attribute = attribute;
    invalidateFilter();
}

void WarningBoardFilter::setWarnings(int mask)
{
    m_warnings = mask;
    invalidateFilter();
}

void WarningBoardFilter::setStatus(std::optional<Assessment::Status> status)
{
    m_status = status;
    invalidateFilter();
}

bool WarningBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_plan.isEmpty() && i.data(WarningBoardModel::PlanRole).toString() != m_plan)
        return false;
    if (!m_category.isEmpty() && i.data(WarningBoardModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_unit.isEmpty() && i.data(WarningBoardModel::LeadUnitRole).toString() != m_unit)
        return false;
    if (m_attribute && i.data(WarningBoardModel::AttributeRole).toInt() != *m_attribute)
        return false;
    if (m_warnings && !(m_warnings & (1 << i.data(WarningBoardModel::WarningRole).toInt())))
        return false;
    if (m_status && i.data(WarningBoardModel::StatusRole).toInt() != int(*m_status))
        return false;
    return true;
}

bool WarningBoardFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Red is the enum's first value: ascending warning, then catalog order.
    const int wl = left.data(WarningBoardModel::WarningRole).toInt();
    const int wr = right.data(WarningBoardModel::WarningRole).toInt();
    if (wl != wr)
        return wl < wr;
    return left.data(WarningBoardModel::OrderRole).toInt() < right.data(WarningBoardModel::OrderRole).toInt();
}
