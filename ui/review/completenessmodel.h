#pragma once

#include "model/unitcompleteness.h"

#include "widgets/columntablemodel.h"

// The review workspace's matrix of returns: one row per responsible unit that leads
// indicators, its indicators counted by state for the year and its last submission.
// A unit whose every indicator is submitted or approved is shown complete (green
// background and a "complete" mark, so that colour is not the only signal).
class CompletenessModel : public RowTableModel<UnitCompleteness>
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn,
        DeliveredColumn,
        NotFilledColumn,
        DraftColumn,
        SubmittedColumn,
        ReturnedColumn,
        ApprovedColumn,
        LastSubmissionColumn,
        ColumnCount
    };

    explicit CompletenessModel(QObject *parent = nullptr);

    void setRows(const QVector<UnitCompleteness> &rows);
    int rowOfUnit(const QString &unit) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
