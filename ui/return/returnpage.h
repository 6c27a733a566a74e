#pragma once

#include "model/user.h"

#include <QTimer>
#include <QWidget>

class Session;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;
class ReturnHistoryPane;
class ReturnItemDelegate;
class ReturnTableModel;
class ReturnTableView;

// A liaison's annual return (docs/DESIGN.md, "Who uses it"): the unit's indicators with
// last years' values and the target beside each field, checked while typing,
// autosaved as drafts ~1.5 s after each accepted edit (and at once on a year change,
// when the page is hidden or destroyed and when the application quits), pasted
// from Excel/WPS, undoable, and submitted in one transaction.
//
// The page saves through the session in its destructor: destroy it before the
// session's database closes.
class ReturnPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 1500;
    static constexpr int RetryDelayMs = 5000;

    // The return of the session's user (a liaison) for the unit of that account.
    explicit ReturnPage(Session *session, QWidget *parent = nullptr);
    ~ReturnPage() override;

    int year() const;
    void setYear(int year);
    bool selectIndicator(const QString &code, int column = -1);

    ReturnTableModel *model() const { return m_model; }
    ReturnTableView *table() const { return m_table; }
    ReturnHistoryPane *history() const { return m_history; }
    QUndoStack *undoStack() const { return m_undo; }
    QString messageText() const; // the line below the table
    QString saveStatusText() const;
    QString countsText() const;

    // Writes every pending draft now.
    void saveNow();
    // After one more attempt to save: the entries whose typed text is still not
    // stored (refused, or the server not answering).
    int unsavedCount();
    // What the Submit buttons do once confirmed; no dialogs. False with every problem in `error`.
    bool submitCodes(const QStringList &codes, QString *error);
    QStringList selectedCodes() const;
    QStringList readyCodes() const;
    // The unit's indicators that still have no submitted value once `codes` are
    // submitted, as "code name: why" (what the partial submission's question names).
    QStringList missingAfter(const QStringList &codes) const;
    // What Ctrl+V does with the clipboard's text; returns the summary shown.
    QString paste(const QString &text);
    QString copySelection() const;

    // The printable return of the page's unit and year as a PDF at `path` (drafts
    // are saved first), as "Print return (PDF)…" does after its save dialog.
    bool printReturn(const QString &path, QString *error);

    // A remark on `code` for the page's year, as the comment button does.
    bool commentOn(const QString &code, const QString &text, QString *error);

public slots:
    // Reads the year's values again (after an import or another person's change).
    void reload();
    void submitSelected();
    void submitAllReady();
    void choosePrintFile();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void addComment(const QString &code);
    QList<QAction *> createActions();
    void drainSaves();
    void confirmAndSubmit(const QStringList &codes, const QStringList &notReady);
    void clearSelection();
    void showCurrent();
    void showRowMessage();
    void setMessage(const QString &text, int severity);
    void updateStatus();
    void updateSpans();
    bool rowVisible(int row) const;

    Session *m_session;
    User m_user;
    ReturnTableModel *m_model;
    // Set while this page submits or comments: the notifier's echo of its own
    // change needs no reload (the model saves drafts under its own isSaving()).
    bool m_acting = false;
    QUndoStack *m_undo;
    ReturnTableView *m_table;
    ReturnItemDelegate *m_delegate;
    ReturnHistoryPane *m_history;
    QComboBox *m_year;
    QLabel *m_unit;
    QLabel *m_counts;
    QLabel *m_saveStatus;
    QLabel *m_message;
    QCheckBox *m_showCooperating;
    QPushButton *m_submitSelected;
    QPushButton *m_submitReady;
    QPushButton *m_print;
    QTimer m_saveTimer;
    QTimer m_rowHeights;
    bool m_draining = false;
};
