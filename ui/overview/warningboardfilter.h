#pragma once

#include "target/assessment.h"

#include <QSortFilterProxyModel>

#include <optional>

// Narrows the early-warning board. Empty strings and unset options mean "any"; the
// warning levels are a set because the board's default is red and yellow together.
// Rows sort red, yellow, green, grey, then in catalog order, whatever the filter.
class WarningBoardFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WarningBoardFilter(QObject *parent = nullptr);

    void setPlan(const QString &planCode);
    void setCategory(const QString &category);
    void setLeadUnit(const QString &unit);
    void setAttribute(std::optional<int> attribute);
    // Bits 1 << int(Assessment::Warning); 0 shows every level.
    void setWarnings(int mask);
    void setStatus(std::optional<Assessment::Status> status);

    QString plan() const { return m_plan; }
    QString category() const { return m_category; }
    QString leadUnit() const { return m_unit; }
    int warnings() const { return m_warnings; }
    std::optional<Assessment::Status> status() const { return m_status; }

    static int maskOf(std::initializer_list<Assessment::Warning> warnings);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_plan;
    QString m_category;
    QString m_unit;
    std::optional<int> m_attribute;
    int m_warnings = 0;
    std::optional<Assessment::Status> m_status;
};
