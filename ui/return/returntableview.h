#pragma once

#include <QTableView>

// The return table's keyboard, as in a spreadsheet: Tab and Shift+Tab go to the
// next and previous editable cell, Enter goes down to the next editable row of the
// same column (also after editing), typing starts editing, Del clears the selected
// cells (through clearRequested(), so that it is one undoable step).
class ReturnTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ReturnTableView(QWidget *parent = nullptr);

    // The next editable cell after `from` (row-major; `down`: same column, next rows).
    QModelIndex nextEditable(const QModelIndex &from, bool down, bool backwards = false) const;

signals:
    void clearRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};
