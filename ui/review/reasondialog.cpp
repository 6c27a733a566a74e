#include "review/reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString &title, const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    auto *label = new QLabel(message);
    label->setWordWrap(true);
    auto *reasonLabel = new QLabel(tr("&Reason (required; the unit reads it):"));
    reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(m_reason->fontMetrics().height() * 4);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(480, 260);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

bool ReasonDialog::isAcceptable() const
{
    return !reason().isEmpty();
}
