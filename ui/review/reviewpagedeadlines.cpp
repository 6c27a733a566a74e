// ReviewPage: the office's due dates (报送截止日期) and the reminder list
// (催报名单), beside the completeness matrix they concern.
#include "review/reviewpage.h"

#include "review/completenessmodel.h"
#include "review/deadlinedialog.h"

#include "exchange/completenessexport.h"
#include "model/clock.h"
#include "session/session.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>

void ReviewPage::editDueDate()
{
    DeadlineDialog dialog(m_session, year(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("The due date of %1 is now %2.")
                               .arg(year())
                               .arg(m_session->deadlines().dueDate(year()).toString(Qt::ISODate)));
}

void ReviewPage::extendForUnit()
{
    const QString unit = currentUnit();
    if (unit.isEmpty())
        return;
    DeadlineDialog dialog(m_session, year(), unit, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("The %1 due date for %2 is extended to %3.")
                               .arg(year())
                               .arg(unit, m_session->deadlines().extensions(year()).value(unit).toString(Qt::ISODate)));
}

bool ReviewPage::writeReminderList(const QString &path, QString *error) const
{
    return CompletenessExport::reminderXlsx(path, m_session->completeness(year()), year(), Clock::today(), error);
}

void ReviewPage::exportReminderList()
{
    const QString suggested = QDir(QDir::homePath()).filePath(tr("reminders-%1.xlsx").arg(year()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the reminder list"), suggested,
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeReminderList(path, &error))
        m_message->setText(tr("Reminder list of %1 written to %2.").arg(year()).arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export the reminder list"), error);
}

void ReviewPage::fitMatrix()
{
    // The matrix gets the width of its columns (up to 62% of the page) on every
    // load, until the reviewer drags the splitter: then it stays as dragged.
    if (m_splitterDragged || !m_upper || m_upper->width() < 200)
        return;
    const QHeaderView *header = m_completenessView->horizontalHeader();
    int need = 2 * m_completenessView->frameWidth() + header->length();
    if (m_completenessView->verticalHeader()->isVisible())
        need += m_completenessView->verticalHeader()->width();
    need += m_completenessView->verticalScrollBar()->sizeHint().width();
    const int total = m_upper->width() - m_upper->handleWidth();
    const int left = qMin(need, total * 62 / 100);
    m_upper->setSizes({left, total - left});
}
