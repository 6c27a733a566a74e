#pragma once

#include "target/indicatorassessment.h"

#include "widgets/columntablemodel.h"

// The early-warning board (docs/DESIGN.md, "Projection and early warning"): every
// indicator's assessment for the year with what a reader needs to act on it. The
// model holds all indicators; WarningBoardFilter shows red and yellow first and
// narrows by plan, category, unit, attribute, warning and status.
class WarningBoardModel : public RowTableModel<IndicatorAssessment>
{
    Q_OBJECT

public:
    enum Column {
        WarningColumn,
        CodeColumn,
        NameColumn,
        TargetColumn,
        LatestColumn,
        StatusColumn,
        OutlookColumn,
        FluctuationColumn,
        LeadUnitColumn,
        AttributeColumn,
        ReasonColumn,
        ColumnCount
    };

    // Raw values behind the cells, for filtering and sorting.
    enum Role {
        PlanRole = Qt::UserRole + 1,
        CategoryRole,
        LeadUnitRole,
        AttributeRole, // int(Indicator::Attribute)
        WarningRole,   // int(Assessment::Warning); Red = 0 sorts first
        StatusRole,    // int(Assessment::Status)
        OrderRole,     // the catalog position
        CodeRole
    };

    explicit WarningBoardModel(QObject *parent = nullptr);

    void setAssessments(const QVector<IndicatorAssessment> &assessments);
    const IndicatorAssessment *assessmentAt(int row) const;
    int rowOfCode(const QString &code) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const IndicatorAssessment &a, int column) const;
};
