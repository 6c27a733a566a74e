#include "import/importpreviewmodel.h"

#include "exchange/numberparser.h"
#include "widgets/palette.h"

#include <QBrush>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ValueFileImport::Preview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return QVariant();
    const ValueFileImport::PreviewRow &r = m_rows.at(index.row());
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

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LineColumn:
        return tr("Row");
    case CodeColumn:
        return tr("Code");
    case YearColumn:
        return tr("Year");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Data source");
    case NoteColumn:
        return tr("Note");
    case ResultColumn:
        return tr("Check");
    }
    return QVariant();
}
