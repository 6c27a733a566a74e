#include "return/returnclipboard.h"

#include "return/returntablemodel.h"

#include <algorithm>

QVector<QStringList> ReturnClipboard::parse(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Excel ends a copied block with a line break; that is no empty last line.
    if (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    QVector<QStringList> out;
    if (t.isEmpty())
        return out;
    for (const QString &line : t.split(QLatin1Char('\n'))) {
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString &c : cells) {
            // A cell with a line break or tab arrives quoted; the quotes are not data.
            if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"')))
                c = c.mid(1, c.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        out.append(cells);
    }
    return out;
}

QString ReturnClipboard::copy(const ReturnTableModel &model, const QModelIndexList &selection,
                              const std::function<bool(int)> &rowVisible)
{
    if (selection.isEmpty())
        return QString();
    int top = model.rowCount(), bottom = -1, left = model.columnCount(), right = -1;
    QSet<QPair<int, int>> chosen;
    for (const QModelIndex &i : selection) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        chosen.insert({i.row(), i.column()});
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        if (!rowVisible(r))
            continue;
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            QString cell = chosen.contains({r, c}) ? model.data(model.index(r, c), Qt::DisplayRole).toString()
                                                   : QString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ReturnClipboard::Plan ReturnClipboard::plan(const ReturnTableModel &model, int startRow, int startColumn,
                                            const QVector<QStringList> &block,
                                            const std::function<bool(int)> &rowVisible)
{
    Plan p;
    int line = 0;
    for (int r = std::max(0, startRow); r < model.rowCount() && line < block.size(); ++r) {
        const ReturnRow *row = model.rowAt(r);
        if (!rowVisible(r) || row->heading || !row->leads)
            continue;
        const QStringList &cells = block.at(line++);
        if (!row->editable()) {
            p.skippedRows << row->indicator.code;
            continue;
        }
        ++p.rows;
        for (int j = 0; j < cells.size(); ++j) {
            const QModelIndex index = model.index(r, startColumn + j);
            if (!model.isEditable(index)) {
                // Pasting the same text over a read-only cell (e.g. copied with the
                // code column) is not worth a message.
                if (!index.isValid() || model.text(r, index.column()) != cells.at(j).trimmed())
                    ++p.skippedCells;
                continue;
            }
            p.edits.append(CellEdit{row->indicator.code, index.column(), QString(), cells.at(j).trimmed()});
        }
    }
    p.unplacedLines = block.size() - line;
    return p;
}

QString ReturnClipboard::Plan::summary() const
{
    QStringList parts;
    parts << ReturnClipboard::tr("Pasted %n row(s).", nullptr, rows);
    if (!skippedRows.isEmpty())
        parts << ReturnClipboard::tr("Not changed, already submitted or approved: %1.")
                     .arg(skippedRows.join(QStringLiteral(", ")));
    if (skippedCells > 0)
        parts << ReturnClipboard::tr("%n read-only cell(s) skipped.", nullptr, skippedCells);
    if (unplacedLines > 0)
        parts << ReturnClipboard::tr("%n line(s) below the last row ignored.", nullptr, unplacedLines);
    return parts.join(QLatin1Char(' '));
}
