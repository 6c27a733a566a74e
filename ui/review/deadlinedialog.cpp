#include "review/deadlinedialog.h"

#include "widgets/palette.h"

#include "session/session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

DeadlineDialog::DeadlineDialog(Session *session, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_date(new QDateEdit)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Due date of the %1 returns").arg(year));
    DeadlineService deadlines = m_session->deadlines();
    const QDate proposal = DeadlineService::defaultDueDate(year);
    const QString note = deadlines.isSet(year)
        ? tr("Units deliver their %1 values and annual report by this date (报送截止日期). Extensions granted to "
             "single units stay as they are.")
              .arg(year)
        : tr("No due date is set for %1 yet; the proposal is %2.").arg(year).arg(proposal.toString(Qt::ISODate));
    build(deadlines.dueDate(year), note);
}

DeadlineDialog::DeadlineDialog(Session *session, int year, const QString &unit, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year)
    , m_unit(unit)
    , m_date(new QDateEdit)
    , m_reason(new QPlainTextEdit)
    , m_message(new QLabel)
{
    setWindowTitle(tr("Extend the %1 due date for %2").arg(year).arg(unit));
    DeadlineService deadlines = m_session->deadlines();
    QHash<QString, QString> reasons;
    const QHash<QString, QDate> extensions = deadlines.extensions(year, &reasons);
    const QDate due = deadlines.dueDate(year);
    QDate shown = extensions.value(unit);
    if (!shown.isValid())
        shown = due.addDays(14);
    m_reason->setPlainText(reasons.value(unit));
    build(shown,
          tr("The year's due date is %1; the extension may not be earlier. The reason is required and goes "
             "into the audit log.")
              .arg(due.toString(Qt::ISODate)));
}

void DeadlineDialog::build(const QDate &shown, const QString &note)
{
    setObjectName(QStringLiteral("deadlineDialog"));
    m_date->setObjectName(QStringLiteral("dueDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate(m_year, 1, 1));
    m_date->setDate(shown);
    auto *hint = new QLabel(note);
    hint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("deadlineMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::screen(Palette::StateReturned).name()));

    auto *form = new QFormLayout(this);
    form->addRow(hint);
    if (!m_unit.isEmpty())
        form->addRow(tr("Unit:"), new QLabel(m_unit));
    form->addRow(m_unit.isEmpty() ? tr("&Due date:") : tr("&Extended to:"), m_date);
    if (m_reason) {
        m_reason->setObjectName(QStringLiteral("extensionReason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(90);
        form->addRow(tr("&Reason:"), m_reason);
    }
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString DeadlineDialog::messageText() const
{
    return m_message->text();
}

void DeadlineDialog::accept()
{
    const User actor = m_session->user().value_or(User());
    QString error;
    DeadlineService deadlines = m_session->deadlines();
    const bool ok = m_unit.isEmpty()
        ? deadlines.setDueDate(actor, m_year, m_date->date(), &error)
        : deadlines.extend(actor, m_year, m_unit, m_date->date(), m_reason->toPlainText(), &error);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_message->setText(error);
}
