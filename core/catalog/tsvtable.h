#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// A tab-separated table with a header row, as the catalog files in resources/ are
// written: UTF-8, no quoting, one record per line.
class TsvTable
{
public:
    bool load(const QString &path, QString *error);

    int rowCount() const { return m_rows.size(); }
    QString value(int row, const QString &column) const;
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }

private:
    QHash<QString, int> m_columns;
    QVector<QStringList> m_rows;
};
