// The return page's acts on several cells at once: submission, clearing, copy and
// paste. Split from returnpage.cpp, which builds the page and keeps it saved.

#include "return/returnpage.h"

#include "return/returnclipboard.h"
#include "return/returntablemodel.h"
#include "return/returntableview.h"
#include "widgets/listdialog.h"

#include "session/session.h"
#include "target/targetformat.h"

#include <QElapsedTimer>
#include <QUndoStack>

namespace {
QString describe(const ReturnRow &row)
{
    const QString value = row.check.value ? TargetFormat::value(*row.check.value, row.indicator)
                                          : ReturnPage::tr("(no value)");
    return QStringLiteral("%1 %2: %3").arg(row.indicator.code, row.indicator.name, value);
}
} // namespace

QStringList ReturnPage::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const ReturnRow *row = m_model->rowAt(i.row());
        if (row && !row->heading && row->editable() && rowVisible(i.row()) && !codes.contains(row->indicator.code))
            codes << row->indicator.code;
    }
    return codes;
}

QStringList ReturnPage::readyCodes() const
{
    QStringList codes;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r)->ready())
            codes << m_model->rowAt(r)->indicator.code;
    }
    return codes;
}

bool ReturnPage::submitCodes(const QStringList &codes, QString *error)
{
    saveNow();
    // Core would submit the last saved draft; refuse when the screen shows other text.
    QStringList unsaved;
    for (const QString &code : codes) {
        const ReturnRow *row = m_model->rowAt(m_model->rowOfCode(code));
        if (row && row->save == ReturnRow::Save::Blocked)
            unsaved << tr("%1: not saved: %2").arg(code, row->saveError);
    }
    if (!unsaved.isEmpty()) {
        *error = tr("Nothing was submitted:") + QLatin1Char('\n') + unsaved.join(QLatin1Char('\n'));
        return false;
    }
    m_acting = true;
    const bool ok = m_session->returns().submit(m_user, codes, year(), error);
    m_acting = false;
    if (!ok)
        return false;
    m_model->refresh(codes);
    // The undo steps would now point at locked cells.
    m_undo->clear();
    updateStatus();
    showCurrent();
    return true;
}

void ReturnPage::submitSelected()
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty()) {
        setMessage(tr("Select the rows to submit first (drafts and returned values of your unit)."), 1);
        return;
    }
    confirmAndSubmit(codes, {});
}

void ReturnPage::submitAllReady()
{
    saveNow();
    QStringList notReady;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ReturnRow *row = m_model->rowAt(r);
        if (row->editable() && !row->ready() && (row->stored || row->save != ReturnRow::Save::Clean)) {
            const QString why = row->check.hasErrors() || row->save == ReturnRow::Save::Blocked ? tr("has errors")
                : row->needsNote() ? tr("needs a note explaining its warning")
                                   : tr("has no saved value");
            notReady << tr("%1 %2 %3").arg(row->indicator.code, row->indicator.name, why);
        }
    }
    const QStringList codes = readyCodes();
    if (codes.isEmpty()) {
        ListDialog(ListDialog::Kind::Problems, tr("Nothing to submit"), tr("No draft is ready for submission."),
                   notReady, this)
            .exec();
        return;
    }
    confirmAndSubmit(codes, notReady);
}

QStringList ReturnPage::missingAfter(const QStringList &codes) const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ReturnRow *row = m_model->rowAt(r);
        if (row->heading || !row->leads || row->locked() || codes.contains(row->indicator.code))
            continue;
        const QString why = !row->stored && row->save == ReturnRow::Save::Clean ? tr("no value")
            : row->check.hasErrors() || row->save == ReturnRow::Save::Blocked   ? tr("has errors")
            : row->needsNote()                                          ? tr("needs a note explaining its warning")
            : row->stored && row->stored->state == ValueState::Returned ? tr("returned, not included")
                                                                        : tr("draft, not included");
        out << tr("%1 %2: %3").arg(row->indicator.code, row->indicator.name, why);
    }
    return out;
}

void ReturnPage::confirmAndSubmit(const QStringList &codes, const QStringList &notReady)
{
    saveNow();
    QStringList lines;
    for (const QString &code : codes)
        lines << describe(*m_model->rowAt(m_model->rowOfCode(code)));
    // Part of the return: name what is still missing and ask (issue #15).
    const QStringList missing = missingAfter(codes);
    if (!missing.isEmpty()) {
        lines.prepend(tr("To submit:"));
        lines << QString() << tr("Still without a submitted value after this:") << missing;
        ListDialog partial(
            ListDialog::Kind::Question, tr("Submit part of the return"),
            tr("This submits only part of the return for %1: %n indicator(s) of your unit will still have no "
               "submitted value (listed below). Submit these %2 value(s) anyway? No submits nothing.",
               nullptr, int(missing.size()))
                .arg(year())
                .arg(codes.size()),
            lines, this);
        partial.setObjectName(QStringLiteral("partialSubmitConfirm"));
        if (partial.exec() != QDialog::Accepted)
            return;
    } else {
        if (!notReady.isEmpty())
            lines << QString() << tr("Not ready, they stay drafts:") << notReady;
        ListDialog confirm(
            ListDialog::Kind::Confirm, tr("Submit the return"),
            tr("Submit %n value(s) for %1 to the reviewers? Submitted values can no longer be changed here.", nullptr,
               codes.size())
                .arg(year()),
            lines, this);
        if (confirm.exec() != QDialog::Accepted)
            return;
    }
    QString error;
    if (submitCodes(codes, &error)) {
        setMessage(tr("Submitted %n value(s).", nullptr, codes.size()), 0);
        return;
    }
    ListDialog(ListDialog::Kind::Problems, tr("Not submitted"),
               tr("Nothing was submitted. Fix these problems and submit again:"),
               error.split(QLatin1Char('\n')).mid(error.startsWith(tr("Nothing was submitted:")) ? 1 : 0), this)
        .exec();
}

void ReturnPage::clearSelection()
{
    QVector<CellEdit> edits;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        if (m_model->isEditable(i) && rowVisible(i.row()))
            edits.append(CellEdit{m_model->rowAt(i.row())->indicator.code, i.column(), QString(), QString()});
    }
    m_model->editCells(edits, tr("Clear %n cell(s)", nullptr, edits.size()));
}

QString ReturnPage::copySelection() const
{
    return ReturnClipboard::copy(*m_model, m_table->selectionModel()->selectedIndexes(),
                                 [this](int r) { return rowVisible(r); });
}

QString ReturnPage::paste(const QString &text)
{
    const QVector<QStringList> block = ReturnClipboard::parse(text);
    if (block.isEmpty())
        return QString();
    QModelIndex start = m_table->currentIndex();
    if (!start.isValid())
        start = m_table->nextEditable(QModelIndex(), false);
    const ReturnRow *row = m_model->rowAt(start.row());
    if (row && !row->heading && !row->leads) {
        const QString message = tr("Co-operating indicators are read-only; paste into your unit's rows.");
        setMessage(message, 1);
        return message;
    }
    const ReturnClipboard::Plan plan = ReturnClipboard::plan(*m_model, start.row(), start.column(), block,
                                                             [this](int r) { return rowVisible(r); });
    m_model->editCells(plan.edits, tr("Paste %n row(s)", nullptr, plan.rows));
    const QString summary = plan.summary();
    const int severity = plan.skippedRows.isEmpty() && plan.skippedCells == 0 && plan.unplacedLines == 0 ? 0 : 1;
    setMessage(summary, severity);
    return summary;
}
