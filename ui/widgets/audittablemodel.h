#pragma once

#include "model/auditentry.h"
#include "model/indicator.h"

#include "widgets/columntablemodel.h"

// Audit rows of one indicator, newest first: when, who, what was done, the value
// and the state before and after, and the reason given. Every stored key (action,
// state, verdict) is shown in words; dates through DisplayFormat.
class AuditTableModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        UserColumn,
        ActionColumn,
        YearColumn,
        ValueColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    // The indicator gives the values their unit and decimals (TargetFormat::value).
    void setEntries(const QVector<AuditEntry> &entries, const Indicator &indicator = Indicator());
    // The words people read for the stored keys: actions, the catalog's own login.
    static QString actionLabel(const QString &action);
    static QString userLabel(const QString &login);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const std::optional<double> &v) const;

    Indicator m_indicator;
};
