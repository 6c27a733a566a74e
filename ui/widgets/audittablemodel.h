#pragma once

#include "model/auditentry.h"

#include <QAbstractTableModel>
#include <QVector>

// Audit rows of one indicator, newest first: when, who, what was done, the value
// and the state before and after, and the reason given.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, UserColumn, ActionColumn, YearColumn, ValueColumn, StateColumn, ReasonColumn, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QVector<AuditEntry> &entries);
    static QString actionLabel(const QString &action);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
};
