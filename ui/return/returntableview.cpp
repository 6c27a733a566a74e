#include "return/returntableview.h"

#include <QKeyEvent>

ReturnTableView::ReturnTableView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
}

QModelIndex ReturnTableView::nextEditable(const QModelIndex &from, bool down, bool backwards) const
{
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return QModelIndex();
    const int rows = m->rowCount();
    const int columns = m->columnCount();
    int row = from.isValid() ? from.row() : 0;
    int column = from.isValid() ? from.column() : 0;
    const int step = backwards ? -1 : 1;
    for (int i = 0; i < rows * columns; ++i) {
        if (down) {
            row += step;
        } else {
            column += step;
            if (column >= columns || column < 0) {
                column = backwards ? columns - 1 : 0;
                row += step;
            }
        }
        if (row >= rows || row < 0)
            return QModelIndex();
        const QModelIndex candidate = m->index(row, column);
        if (!isRowHidden(row) && !isColumnHidden(column) && (m->flags(candidate) & Qt::ItemIsEditable))
            return candidate;
    }
    return QModelIndex();
}

QModelIndex ReturnTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), false, cursorAction == MovePrevious);
        return next.isValid() ? next : currentIndex();
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void ReturnTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex next = nextEditable(currentIndex(), true, event->modifiers() & Qt::ShiftModifier);
            if (next.isValid())
                setCurrentIndex(next);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            emit clearRequested();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ReturnTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor ends with SubmitModelCache: go on down, like a spreadsheet.
    const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
    if (down) {
        const QModelIndex next = nextEditable(currentIndex(), true);
        if (next.isValid())
            setCurrentIndex(next);
    }
}
