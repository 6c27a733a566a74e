#pragma once

#include "return/returneditcommand.h"
#include "return/returnrow.h"
#include "workflow/returnchecker.h"

#include "model/user.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class Session;
class QUndoStack;

// A liaison's annual return as a table: the indicators the unit leads, grouped by
// category under heading rows, then those it co-operates on (read-only). Owns the
// typed texts, their live check and which rows still have to be saved as drafts;
// edits go through the undo stack when one is set. Reads and writes only through
// ReturnService and the repositories.
class ReturnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TargetColumn,
        PastColumn1, // year − 3
        PastColumn2,
        PastColumn3, // year − 1
        ValueColumn,
        NumeratorColumn,
        DenominatorColumn,
        SourceColumn,
        NoteColumn,
        AssessmentColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, HeadingRole };

    struct Counts
    {
        int empty = 0;
        int draft = 0;
        int submitted = 0;
        int returned = 0;
        int approved = 0;
    };

    // The rows of the session's user (at construction: a page per sign-in).
    explicit ReturnTableModel(Session *session, QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    void load(int year);
    int year() const { return m_year; }
    const User &user() const { return m_user; }
    // True while the model stores a row: the notifier's echo of its own save.
    bool isSaving() const { return m_saving; }

    const ReturnRow *rowAt(int row) const;
    int rowOfCode(const QString &code) const { return m_rowOf.value(code, -1); }
    bool isEditable(const QModelIndex &index) const;
    static bool isEditableColumn(int column);
    QString text(int row, int column) const;

    // Records the edits as one undoable step (old texts are filled in here).
    void editCells(QVector<CellEdit> edits, const QString &label);
    // The undo commands' entry: sets the texts, checks the rows, marks them unsaved.
    void applyEdits(const QVector<CellEdit> &edits, bool forward);
    // What the check would say if `index` held `text`: for the editor while typing.
    EntryCheck checkCandidate(const QModelIndex &index, const QString &text) const;
    // Messages for one cell: errors first, then warnings; `severity` 0, 1 or 2.
    QStringList problems(int row, int column, int *severity) const;

    // Saves pending rows until `budgetMs` is spent; true while rows remain to save.
    bool saveSome(int budgetMs);
    void saveAll();
    int pendingCount() const;
    // Rows whose typed text is not stored: this year's pending or refused ones and
    // those kept from other years.
    int unsavedCount() const;
    int blockedCount() const;
    QDateTime lastSaved() const { return m_lastSaved; }
    Counts counts() const;
    // Reads the stored state again after a submission.
    void refresh(const QStringList &codes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An accepted edit waits to be saved (the page starts its autosave timer).
    void edited();
    void saved(const QStringList &codes);

private:
    QString *field(ReturnRow &row, int column) const;
    void recheck(ReturnRow &row) const;
    void classify(ReturnRow &row) const;
    // Puts `typed`'s texts and save state (the same indicator's row before a
    // reload) back into `row`.
    static void keepTyped(ReturnRow &row, const ReturnRow &typed);
    void fillFromStored(ReturnRow &row) const;
    bool saveRow(ReturnRow &row);
    QVariant display(const ReturnRow &row, int column) const;
    QVariant toolTip(const ReturnRow &row, int column) const;
    QVariant background(const ReturnRow &row, int column) const;
    QVariant foreground(const ReturnRow &row, int column) const;

    Session *m_session;
    User m_user;
    bool m_saving = false;
    int m_year = 0;
    // Rows of other years with typed text not stored yet, by year and code.
    QHash<int, QHash<QString, ReturnRow>> m_unsaved;
    QVector<ReturnRow> m_rows;
    QHash<QString, int> m_rowOf;
    ReturnChecker m_checker;
    QUndoStack *m_undo = nullptr;
    QDateTime m_lastSaved;
};
