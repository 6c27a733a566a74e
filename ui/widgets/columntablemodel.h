#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

#include <utility>

// A flat table with a fixed set of columns: the column titles (translated by the
// subclass, tr() in its own context), the header tooltip and the alignment of the
// cells of each column, given once in the subclass' constructor in the order of its
// Column enum. Answers columnCount and the horizontal header; a title that follows
// the data (a year) is the subclass' headerData, which hands the rest to this one.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct ColumnInfo
    {
        ColumnInfo(const QString &columnTitle, Qt::Alignment cellAlignment = {},
                   const QString &headerToolTip = QString())
            : title(columnTitle)
            , alignment(cellAlignment)
            , toolTip(headerToolTip)
        {
        }

        QString title;
        Qt::Alignment alignment; // of the cells; none leaves it to the view
        QString toolTip;         // of the header
    };

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return QVariant();
        const ColumnInfo &c = m_columns.at(section);
        if (role == Qt::DisplayRole)
            return c.title;
        if (role == Qt::ToolTipRole && !c.toolTip.isEmpty())
            return c.toolTip;
        return QVariant();
    }

protected:
    ColumnTableModel(QVector<ColumnInfo> columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {
    }

    // For Qt::TextAlignmentRole in data(): the column's alignment, or none.
    QVariant alignment(int column) const
    {
        if (column < 0 || column >= m_columns.size() || !m_columns.at(column).alignment)
            return QVariant();
        return QVariant(m_columns.at(column).alignment);
    }

private:
    QVector<ColumnInfo> m_columns;
};

// A ColumnTableModel over a list of rows, one table row each.
template <typename Row> class RowTableModel : public ColumnTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    using ColumnTableModel::ColumnTableModel;

    // Shows `rows` instead of the current ones.
    void resetRows(QVector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    QVector<Row> m_rows;
};
