#include "tsvtable.h"

#include <QCoreApplication>
#include <QFile>

bool TsvTable::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TsvTable", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    m_columns.clear();
    m_rows.clear();
    bool header = true;
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header) {
            for (int i = 0; i < cells.size(); ++i)
                m_columns.insert(cells.at(i), i);
            header = false;
        } else {
            m_rows.append(cells);
        }
    }
    return true;
}

QString TsvTable::value(int row, const QString &column) const
{
    const int c = m_columns.value(column, -1);
    if (c < 0 || row < 0 || row >= m_rows.size())
        return QString();
    return m_rows.at(row).value(c);
}
