// ReviewPage: the reviewer's acts. Each goes through ReviewService (which checks the
// permissions and writes the audit), then the page reloads and tells other pages.

#include "review/reviewpage.h"

#include "review/reasondialog.h"
#include "review/reviewvaluemodel.h"
#include "review/verdictdialog.h"

#include "session/session.h"

#include <QLabel>
#include <QMessageBox>
#include <QTableView>

namespace {
QVector<ValueKey> keysOf(const QStringList &codes, int year)
{
    QVector<ValueKey> keys;
    for (const QString &code : codes)
        keys.append({code, QString(), year});
    return keys;
}
} // namespace

bool ReviewPage::finishAct(bool ok, const QString &done, QString *error)
{
    if (!ok) {
        m_message->setText(*error);
        return false;
    }
    // The service announced the change: this page and the others have reloaded.
    m_message->setText(done);
    return true;
}

bool ReviewPage::approveCodes(const QStringList &codes, QString *error)
{
    const bool ok = m_session->reviews().approve(reviewer(), keysOf(codes, year()), error);
    return finishAct(
        ok, tr("Approved %n value(s): %1.", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))), error);
}

bool ReviewPage::approveWholeReturn(QString *error)
{
    const QString unit = currentUnit();
    ReviewService service = m_session->reviews();
    const QVector<ValueKey> keys = service.submittedOf(unit, year());
    if (keys.isEmpty()) {
        *error = tr("%1 has no submitted value for %2 to approve.").arg(unit).arg(year());
        m_message->setText(*error);
        return false;
    }
    const bool ok = service.approve(reviewer(), keys, error);
    return finishAct(
        ok, tr("Approved the return of %1 for %2: %n value(s).", nullptr, int(keys.size())).arg(unit).arg(year()),
        error);
}

bool ReviewPage::sendBackCodes(const QStringList &codes, const QString &reason, QString *error)
{
    const bool ok = m_session->reviews().sendBack(reviewer(), keysOf(codes, year()), reason, error);
    return finishAct(
        ok,
        tr("Returned %n value(s) to the unit: %1.", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))),
        error);
}

bool ReviewPage::reopenCodes(const QStringList &codes, const QString &reason, QString *error)
{
    const bool ok = m_session->reviews().reopen(reviewer(), keysOf(codes, year()), reason, error);
    return finishAct(
        ok, tr("Reopened %n value(s): %1.", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))), error);
}

bool ReviewPage::recordVerdict(const QString &code, bool met, const QString &reason, QString *error)
{
    const bool ok = m_session->reviews().judge(reviewer(), code, year(), met, reason, error);
    return finishAct(ok,
                     met ? tr("Recorded for %1 in %2: met.").arg(code).arg(year())
                         : tr("Recorded for %1 in %2: not met.").arg(code).arg(year()),
                     error);
}

void ReviewPage::report(const QString &title, bool ok, const QString &error)
{
    if (!ok)
        QMessageBox::warning(this, title, error);
}

void ReviewPage::approveSelected()
{
    // Only submitted values can be approved; others in the selection are left alone.
    const QStringList codes = codesIn(selectedCodes(), ValueState::Submitted);
    QString error;
    report(tr("Approve"), approveCodes(codes, &error), error);
}

void ReviewPage::approveReturn()
{
    const QString unit = currentUnit();
    const int n = int(m_session->reviews().submittedOf(unit, year()).size());
    if (QMessageBox::question(
            this, tr("Approve whole return"),
            tr("Approve all %n submitted value(s) of %1 for %2? Approved values are locked.", nullptr, n)
                .arg(unit)
                .arg(year()))
        != QMessageBox::Yes)
        return;
    QString error;
    report(tr("Approve whole return"), approveWholeReturn(&error), error);
}

void ReviewPage::sendBackSelected()
{
    const QStringList codes = codesIn(selectedCodes(), ValueState::Submitted);
    if (codes.isEmpty())
        return;
    ReasonDialog dialog(tr("Return to the unit"),
                        tr("Send %1 back to %2? The unit sees your reason beside the value and submits it again.")
                            .arg(codes.join(QStringLiteral(", ")), currentUnit()),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    report(tr("Return to the unit"), sendBackCodes(codes, dialog.reason(), &error), error);
}

void ReviewPage::reopenSelected()
{
    const QStringList codes = codesIn(selectedCodes(), ValueState::Approved);
    if (codes.isEmpty())
        return;
    ReasonDialog dialog(tr("Reopen approved values"),
                        tr("Reopen %1? The values go back to %2 as returned, with your reason.")
                            .arg(codes.join(QStringLiteral(", ")), currentUnit()),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    report(tr("Reopen approved values"), reopenCodes(codes, dialog.reason(), &error), error);
}

void ReviewPage::recordVerdictForCurrent()
{
    const ReviewValueModel::Row *r = m_values->rowAt(m_valuesView->currentIndex().row());
    if (!r || !r->isJudged())
        return;
    const Indicator &ind = r->indicator();
    VerdictDialog dialog(QStringLiteral("%1 %2").arg(ind.code, ind.name), ind.targetText, year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    report(tr("Record verdict"), recordVerdict(ind.code, dialog.isMet(), dialog.reason(), &error), error);
}
