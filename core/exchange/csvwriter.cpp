#include "csvwriter.h"

#include <QRegularExpression>

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    const bool sign = c == QLatin1Char('+') || c == QLatin1Char('-');
    const bool risky = sign || c == QLatin1Char('=') || c == QLatin1Char('@') || c == QLatin1Char('\t')
        || c == QLatin1Char('\r');
    if (!risky)
        return cell;
    // A plain signed number such as -1.5 is data, not a formula.
    static const QRegularExpression number(QStringLiteral("^[+-]\\d+(\\.\\d+)?$"));
    if (sign && number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::unneutralise(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && neutralise(cell.mid(1)) == cell)
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quote(const QString &cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        QString q = cell;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return cell;
}

QString CsvWriter::line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(quote(neutralise(c)));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void CsvWriter::addRow(const QStringList &cells)
{
    m_text += line(cells);
}

QByteArray CsvWriter::toUtf8() const
{
    return byteOrderMark() + m_text.toUtf8();
}
