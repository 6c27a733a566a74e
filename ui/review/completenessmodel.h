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
        ReportColumn,     // the unit's annual report: its state, or 未填写
        DueColumn,        // the due date in force (an extension is marked)
        TimelinessColumn, // 按时 / 逾期 n 天 / 未报送 (n days left or past)
        ColumnCount
    };

    explicit CompletenessModel(QObject *parent = nullptr);

    void setRows(const QVector<UnitCompleteness> &rows);
    int rowOfUnit(const QString &unit) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString reportStateText(const QString &state);
    // 按时, 逾期 n 天, or 未报送 with the days left or past on `today`.
    static QString timelinessText(const UnitCompleteness &u, const QDate &today);
};
