#include "return/returneditcommand.h"

#include "return/returntablemodel.h"

ReturnEditCommand::ReturnEditCommand(ReturnTableModel *model, const QVector<CellEdit> &edits, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_edits(edits)
{
}

void ReturnEditCommand::undo()
{
    m_model->applyEdits(m_edits, false);
}

void ReturnEditCommand::redo()
{
    m_model->applyEdits(m_edits, true);
}
