#pragma once

#include "return/returneditcommand.h"

#include <QCoreApplication>
#include <QModelIndexList>
#include <QStringList>
#include <QVector>

#include <functional>

class ReturnTableModel;

// Copy and paste between the return table and Excel or WPS: tab-separated text.
// A pasted block lands on the visible indicator rows from the current cell down;
// heading and co-operating rows are passed over, a line that meets a submitted or
// approved row is not applied (so the lines below stay aligned with the unit's
// return), and so is a cell that cannot be edited. The result is one undoable step.
class ReturnClipboard
{
    Q_DECLARE_TR_FUNCTIONS(ReturnClipboard)

public:
    struct Plan
    {
        QVector<CellEdit> edits;
        int rows = 0;            // lines of the block applied to a row
        QStringList skippedRows; // codes of read-only rows that took a line
        int skippedCells = 0;    // read-only cells inside applied lines
        int unplacedLines = 0;   // lines below the last row
        QString summary() const;
    };

    static QVector<QStringList> parse(const QString &text);
    static QString copy(const ReturnTableModel &model, const QModelIndexList &selection,
                        const std::function<bool(int)> &rowVisible);
    static Plan plan(const ReturnTableModel &model, int startRow, int startColumn, const QVector<QStringList> &block,
                     const std::function<bool(int)> &rowVisible);
};
