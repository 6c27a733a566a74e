#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVector>

class ReturnTableModel;

// One cell change of the return table, by indicator code so that it survives a
// reload of the rows.
struct CellEdit
{
    QString code;
    int column = 0;
    QString oldText;
    QString newText;
};

// One undoable step of the return page: a typed cell, a cleared selection or a
// whole pasted block. Undo and redo go through the model like typing does, so the
// restored texts are checked and autosaved again.
class ReturnEditCommand : public QUndoCommand
{
public:
    ReturnEditCommand(ReturnTableModel *model, const QVector<CellEdit> &edits, const QString &text);

    void undo() override;
    void redo() override;

private:
    ReturnTableModel *m_model;
    QVector<CellEdit> m_edits;
};
