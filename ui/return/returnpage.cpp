#include "return/returnpage.h"
#include "workflow/valueworkflow.h"
#include <QInputDialog>
#include <QMessageBox>

#include "report/returnpdf.h"
#include "return/returnclipboard.h"
#include "return/returnhistorypane.h"
#include "return/returnitemdelegate.h"
#include "return/returntablemodel.h"
#include "return/returntableview.h"
#include "widgets/listdialog.h"
#include "widgets/palette.h"
#include "widgets/yearbox.h"

#include "exchange/numberparser.h"
#include "session/session.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

ReturnPage::ReturnPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_user(session->user().value_or(User()))
    , m_model(new ReturnTableModel(session, this))
    , m_undo(new QUndoStack(this))
    , m_table(new ReturnTableView)
    , m_delegate(new ReturnItemDelegate(this))
    , m_history(new ReturnHistoryPane)
    , m_year(new QComboBox)
    , m_unit(new QLabel)
    , m_counts(new QLabel)
    , m_saveStatus(new QLabel)
    , m_message(new QLabel)
    , m_showCooperating(new QCheckBox(tr("Show &co-operating indicators")))
    , m_submitSelected(new QPushButton(tr("Submit &selected…")))
    , m_submitReady(new QPushButton(tr("Submit &all ready…")))
    , m_print(new QPushButton(tr("&Print return (PDF)…")))
{
    m_model->setUndoStack(m_undo);
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);

    // Data for year Y is collected in spring of Y+1: offer the previous year first.
    setObjectName(QStringLiteral("returnPage"));
    m_year->setObjectName(QStringLiteral("returnYear"));
    YearBox::fill(m_year, m_session->years().reportingYears());

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(AutosaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReturnPage::drainSaves);
    // Row heights follow the wrapped names and targets. QTableView measures only the
    // columns inside the viewport, so this waits until the page has its size.
    m_rowHeights.setSingleShot(true);
    m_rowHeights.setInterval(0);
    connect(&m_rowHeights, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(m_model, &ReturnTableModel::edited, this, [this]() {
        m_saveTimer.start();
        updateStatus();
        showRowMessage();
    });
    connect(m_model, &ReturnTableModel::saved, this, [this](const QStringList &codes) {
        if (codes.contains(m_history->currentCode()))
            showCurrent();
    });
    // Values changed by someone else in this program (an import): read them again.
    // The echo of this page's own saves and submissions is not.
    connect(m_session->notifier(), &ChangeNotifier::valuesChanged, this, [this](const QStringList &, int changedYear) {
        if (m_acting || m_model->isSaving())
            return;
        if (changedYear == 0 || changedYear == year())
            reload();
    });
    connect(m_delegate, &ReturnItemDelegate::liveMessage, this, [this](const QString &message, int severity) {
        if (message.isEmpty())
            showRowMessage();
        else
            setMessage(message, severity);
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &ReturnPage::reload);
    connect(m_submitSelected, &QPushButton::clicked, this, &ReturnPage::submitSelected);
    connect(m_submitReady, &QPushButton::clicked, this, &ReturnPage::submitAllReady);
    m_print->setObjectName(QStringLiteral("printReturnButton"));
    m_print->setToolTip(tr("The return with last years' values, targets and the annual report, as a PDF to sign "
                           "and stamp"));
    connect(m_print, &QPushButton::clicked, this, &ReturnPage::choosePrintFile);
    connect(m_table, &ReturnTableView::clearRequested, this, &ReturnPage::clearSelection);
    connect(m_showCooperating, &QCheckBox::toggled, this, &ReturnPage::updateSpans);
    // Nothing shown as typed may be lost when the program ends.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ReturnPage::saveNow);

    buildLayout();
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, &m_rowHeights, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReturnPage::showCurrent);
    reload();
}

ReturnPage::~ReturnPage()
{
    if (m_session->isOpen())
        saveNow();
}

void ReturnPage::buildLayout()
{
    m_unit->setText(tr("<b>%1</b> · annual return · %2")
                        .arg((m_user.unit.isEmpty() ? User::roleLabel(m_user.role) : m_user.unit).toHtmlEscaped(),
                             m_user.displayName.isEmpty() ? m_user.login : m_user.displayName));
    m_showCooperating->setChecked(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed height: a message that grows while typing would re-lay out the table
    // under the editor on every keystroke. The tooltip holds the full text.
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 3 + 10);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setContentsMargins(6, 4, 6, 4);
    m_message->setAutoFillBackground(true);

    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(m_unit);
    top->addSpacing(12);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_counts, 1);
    top->addWidget(m_saveStatus);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showCooperating);
    actions->addStretch(1);
    for (QAction *action : createActions()) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(button);
    }
    actions->addSpacing(12);
    actions->addWidget(m_print);
    actions->addWidget(m_submitSelected);
    actions->addWidget(m_submitReady);

    auto *tableBox = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("returnSplitter"));
    splitter->addWidget(tableBox);
    splitter->addWidget(m_history);
    connect(m_history, &ReturnHistoryPane::commentRequested, this, &ReturnPage::addComment);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
}

QList<QAction *> ReturnPage::createActions()
{
    // The shortcuts act while the focus is anywhere on this page, and not on other
    // tabs; an open cell editor keeps Ctrl+Z/Ctrl+V for its own text.
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcuts(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, [this]() { QGuiApplication::clipboard()->setText(copySelection()); });
    auto *pasteAction = new QAction(tr("Paste"), this);
    pasteAction->setShortcuts(QKeySequence::Paste);
    connect(pasteAction, &QAction::triggered, this, [this]() { paste(QGuiApplication::clipboard()->text()); });
    for (QAction *a : {undo, redo, copy, pasteAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({copy, pasteAction});
    return {undo, redo};
}

int ReturnPage::year() const
{
    return m_year->currentData().toInt();
}

void ReturnPage::setYear(int year)
{
    YearBox::select(m_year, year);
}

void ReturnPage::reload()
{
    saveNow();
    m_undo->clear();
    m_model->load(year());
    updateSpans();
    m_table->resizeColumnsToContents();
    const QFontMetrics fm = m_table->fontMetrics();
    // Long names and targets wrap within a readable width instead of widening the table.
    m_table->setColumnWidth(
        ReturnTableModel::NameColumn,
        qMin(m_table->columnWidth(ReturnTableModel::NameColumn), fm.horizontalAdvance(QLatin1Char('M')) * 22));
    m_table->setColumnWidth(
        ReturnTableModel::TargetColumn,
        qMin(m_table->columnWidth(ReturnTableModel::TargetColumn), fm.horizontalAdvance(QLatin1Char('M')) * 18));
    for (int c :
         {ReturnTableModel::ValueColumn, ReturnTableModel::NumeratorColumn, ReturnTableModel::DenominatorColumn})
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), fm.horizontalAdvance(QStringLiteral("0000000.00"))));
    m_table->setColumnWidth(ReturnTableModel::SourceColumn, fm.horizontalAdvance(QLatin1Char('M')) * 12);
    // The note is the one free-text column that grows: it takes the spare width.
    m_table->horizontalHeader()->setSectionResizeMode(ReturnTableModel::NoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(
        ReturnTableModel::StateColumn,
        qMax(m_table->columnWidth(ReturnTableModel::StateColumn), fm.horizontalAdvance(tr("Submitted (saving)")) + 12));
    m_rowHeights.start();
    m_history->clear();
    updateStatus();
    setMessage(QString(), 0);
}

void ReturnPage::updateSpans()
{
    m_table->clearSpans();
    bool cooperating = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ReturnRow *row = m_model->rowAt(r);
        if (row->heading) {
            m_table->setSpan(r, 0, 1, ReturnTableModel::ColumnCount);
            cooperating = cooperating || (r + 1 < m_model->rowCount() && !m_model->rowAt(r + 1)->leads);
        }
        m_table->setRowHidden(r,
                              !row->heading ? (!row->leads && !m_showCooperating->isChecked())
                                            : (r + 1 < m_model->rowCount() && !m_model->rowAt(r + 1)->leads
                                               && !m_showCooperating->isChecked()));
    }
    m_showCooperating->setVisible(cooperating);
}

bool ReturnPage::rowVisible(int row) const
{
    return !m_table->isRowHidden(row);
}

bool ReturnPage::selectIndicator(const QString &code, int column)
{
    const int r = m_model->rowOfCode(code);
    if (r < 0)
        return false;
    const QModelIndex index = m_model->index(r, column < 0 ? ReturnTableModel::ValueColumn : column);
    m_table->scrollTo(index);
    m_table->setCurrentIndex(index);
    return true;
}

void ReturnPage::saveNow()
{
    m_saveTimer.stop();
    m_model->saveAll();
    updateStatus();
}

int ReturnPage::unsavedCount()
{
    saveNow();
    return m_model->unsavedCount();
}

void ReturnPage::drainSaves()
{
    // Slices of ~20 ms with the event loop in between: a pasted block of a hundred
    // rows is saved without freezing the typing.
    if (m_model->saveSome(20))
        QTimer::singleShot(0, this, &ReturnPage::drainSaves);
    else if (m_model->pendingCount() > 0)
        // Rows a dropped connection kept from being saved: again in a while.
        QTimer::singleShot(RetryDelayMs, this, &ReturnPage::drainSaves);
    updateStatus();
}

void ReturnPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_rowHeights.start();
}

void ReturnPage::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void ReturnPage::updateStatus()
{
    const ReturnTableModel::Counts c = m_model->counts();
    m_counts->setText(tr("Not filled %1 · Draft %2 · Submitted %3 · Returned %4 · Approved %5")
                          .arg(c.empty)
                          .arg(c.draft)
                          .arg(c.submitted)
                          .arg(c.returned)
                          .arg(c.approved));
    const int blocked = m_model->blockedCount();
    QString text;
    Palette::Role colour = Palette::SuccessText;
    if (blocked > 0) {
        text = tr("%n value(s) not saved: fix the red cells", nullptr, blocked);
        colour = Palette::ErrorText;
    } else if (m_model->pendingCount() > 0) {
        text = tr("Saving…");
        colour = Palette::SecondaryText;
    } else if (m_model->lastSaved().isValid()) {
        text = tr("All changes saved %1").arg(m_model->lastSaved().toString(QStringLiteral("HH:mm:ss")));
    } else {
        text = tr("No changes yet");
        colour = Palette::SecondaryText;
    }
    m_saveStatus->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Palette::screen(colour).name(), text.toHtmlEscaped()));
    m_saveStatus->setToolTip(text);
}

QString ReturnPage::saveStatusText() const
{
    return m_saveStatus->toolTip();
}

QString ReturnPage::countsText() const
{
    return m_counts->text();
}

QString ReturnPage::messageText() const
{
    return m_message->toolTip();
}

void ReturnPage::setMessage(const QString &given, int severity)
{
    const QString text = given.isEmpty()
        ? tr("Type a value, or paste a block from Excel or WPS with Ctrl+V. Drafts are saved automatically; "
             "submit when the return is complete.")
        : given;
    if (text == m_message->toolTip() && m_message->property("severity").toInt() == severity)
        return;
    m_message->setProperty("severity", severity);
    static const Palette::Role backgrounds[] = {Palette::InfoBackground, Palette::WarningBackground,
                                                Palette::ErrorBackground};
    QPalette p = m_message->palette();
    p.setColor(QPalette::Window, Palette::screen(backgrounds[qBound(0, severity, 2)]));
    m_message->setPalette(p);
    m_message->setText(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_message->setToolTip(text);
}

void ReturnPage::showCurrent()
{
    const ReturnRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || row->heading) {
        m_history->clear();
        setMessage(QString(), 0);
        return;
    }
    if (m_history->currentCode() != row->indicator.code || m_model->lastSaved().isValid()) {
        m_history->showIndicator(row->indicator, m_session->valuesOf(row->indicator.code),
                                 m_session->history(row->indicator.code, 200));
        m_history->setComments(m_session->comments(row->indicator.code),
                               ValueWorkflow::canComment(m_user, row->indicator));
    }
    showRowMessage();
}

void ReturnPage::showRowMessage()
{
    const QModelIndex current = m_table->currentIndex();
    const ReturnRow *row = m_model->rowAt(current.row());
    if (!row || row->heading)
        return;
    QStringList lines;
    if (row->returned())
        lines << tr("Returned by the reviewer: %1").arg(row->stored->reviewNote);
    if (!row->leads)
        lines << tr("%1 is reported by %2; your unit co-operates and can only read it.")
                     .arg(row->indicator.code, row->indicator.leadUnit());
    else if (row->locked())
        lines << tr("%1 is %2 and can no longer be changed here.")
                     .arg(row->indicator.code, ValueStates::label(row->stored->state));
    int severity = 0;
    QStringList problems[3];
    for (int c = ReturnTableModel::ValueColumn; c <= ReturnTableModel::NoteColumn; ++c) {
        int s = 0;
        const QStringList found = m_model->problems(current.row(), c, &s);
        for (const QString &p : found) {
            if (!problems[s].contains(p))
                problems[s] << p;
        }
        severity = qMax(severity, s);
    }
    for (int s : {2, 1}) {
        if (!problems[s].isEmpty())
            lines << QStringLiteral("%1 %2 — %3")
                         .arg(row->indicator.code, row->indicator.name, problems[s].join(QLatin1Char(' ')));
    }
    if (row->save == ReturnRow::Save::Blocked)
        lines << tr("Not saved until it is fixed.");
    setMessage(lines.join(QLatin1Char('\n')), row->returned() ? qMax(severity, 1) : severity);
}

void ReturnPage::addComment(const QString &code)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Comment on %1").arg(code), tr("Your remark on %1 for %2 (kept, not editable):").arg(code).arg(year()),
        QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString error;
    if (!commentOn(code, text, &error))
        QMessageBox::warning(this, tr("Comment"), error);
}

bool ReturnPage::commentOn(const QString &code, const QString &text, QString *error)
{
    const std::optional<Indicator> ind = m_session->indicator(code);
    if (!ind) {
        *error = tr("There is no indicator %1.").arg(code);
        return false;
    }
    m_acting = true;
    const bool ok = m_session->returns().addComment(m_user, *ind, year(), text, error);
    m_acting = false;
    if (!ok)
        return false;
    m_history->setComments(m_session->comments(code), ValueWorkflow::canComment(m_user, *ind));
    return true;
}

bool ReturnPage::printReturn(const QString &path, QString *error)
{
    // What is typed is saved first, so the paper shows what the database holds.
    saveNow();
    const std::optional<PrintedReturn> printed = m_session->printedReturn(m_user.unit, year(), error);
    return printed && ReturnPdf(*printed).savePdf(path, error);
}

void ReturnPage::choosePrintFile()
{
    const QString suggested = QDir(QDir::homePath()).filePath(ReturnPdf::suggestedFileName(m_user.unit, year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print the return as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = printReturn(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (ok)
        setMessage(tr("The return of %1 for %2 was written to %3: print it, sign it and stamp it.")
                       .arg(m_user.unit)
                       .arg(year())
                       .arg(QDir::toNativeSeparators(path)),
                   0);
    else
        QMessageBox::warning(this, tr("Print the return as PDF"), error);
}
