#include "todo/todomodel.h"

#include "widgets/palette.h"

TodoModel::TodoModel(QObject *parent)
    : RowTableModel<TodoItem>({{tr("What")},
                               {tr("Details"), {}, tr("What waits, with the reviewer's reason where there is one")},
                               {tr("Since / due"), Qt::AlignCenter,
                                tr("When it was returned or submitted; for the due date, the date in force")}},
                              parent)
{
}

void TodoModel::setItems(QVector<TodoItem> items)
{
    resetRows(std::move(items));
}

QVariant TodoModel::data(const QModelIndex &index, int role) const
{
    const TodoItem *item = rowAt(index.row());
    if (!item)
        return QVariant();
    using K = TodoItem::Kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return TodoItem::kindLabel(item->kind);
        case TextColumn:
            return item->text;
        case DateColumn:
            if (item->kind == K::Deadline)
                return item->due.toString(Qt::ISODate);
            return item->at.isValid() ? item->at.toLocalTime().date().toString(Qt::ISODate) : QString();
        }
        return QVariant();
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? item->text : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::BackgroundRole:
        if (item->kind == K::ReturnedValue || item->kind == K::ReturnedReport)
            return Palette::screen(Palette::ReturnedBackground);
        return QVariant();
    case Qt::ForegroundRole:
        if (item->kind == K::Deadline && item->daysLeft < 0)
            return Palette::screen(Palette::ErrorText);
        return QVariant();
    }
    return QVariant();
}
