#include "import/importpreviewmodel.h"

#include "exchange/numberparser.h"
#include "widgets/palette.h"

#include <QBrush>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : RowTableModel(
        {
            {tr("Row")},
            {tr("Code")},
            {tr("Year")},
            {tr("Value")},
            {tr("Data source")},
            {tr("Note")},
            {tr("Check")},
        },
        parent)
{
}

void ImportPreviewModel::setPreview(const ValueFileImport::Preview &preview)
{
    resetRows(preview.rows);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const ValueFileImport::PreviewRow *row = rowAt(index.row());
    if (!row)
        return QVariant();
    const ValueFileImport::PreviewRow &r = *row;
    if (role == Qt::BackgroundRole && !r.ok())
        return QBrush(Palette::screen(Palette::RefusedBackground));
    if (role == Qt::ToolTipRole && index.column() == ResultColumn)
        return r.problems.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case LineColumn:
        return r.line;
    case CodeColumn:
        return r.record.indicatorCode;
    case YearColumn:
        return r.record.year > 0 ? QVariant(r.record.year) : QVariant();
    case ValueColumn:
        return r.ok() ? NumberParser::format(r.record.value) : QString();
    case SourceColumn:
        return r.record.source;
    case NoteColumn:
        return r.record.note;
    case ResultColumn:
        return r.ok() ? tr("OK") : r.problems.join(QStringLiteral("；"));
    }
    return QVariant();
}
