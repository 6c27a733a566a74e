#include "review/verdictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

VerdictDialog::VerdictDialog(const QString &indicatorText, const QString &targetText, int year, QWidget *parent)
    : QDialog(parent)
    , m_met(new QRadioButton(tr("&Met")))
    , m_notMet(new QRadioButton(tr("&Not met")))
    , m_reason(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Record verdict"));
    auto *label = new QLabel(tr("%1\nTarget: %2\nVerdict for %3:").arg(indicatorText, targetText).arg(year));
    label->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_met);
    group->addButton(m_notMet);
    connect(group, &QButtonGroup::buttonClicked, this, &VerdictDialog::updateOk);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_met);
    choice->addWidget(m_notMet);
    choice->addStretch(1);
    auto *reasonLabel = new QLabel(tr("&Reason (required; the assessment quotes it):"));
    reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &VerdictDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(choice);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(480, 300);
    updateOk();
}

bool VerdictDialog::isMet() const
{
    return m_met->isChecked();
}

QString VerdictDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void VerdictDialog::setVerdict(bool met, const QString &reason)
{
    (met ? m_met : m_notMet)->setChecked(true);
    m_reason->setPlainText(reason);
    updateOk();
}

bool VerdictDialog::isAcceptable() const
{
    return (m_met->isChecked() || m_notMet->isChecked()) && !reason().isEmpty();
}

void VerdictDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}
