#include "widgets/listdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ListDialog::ListDialog(Kind kind, const QString &title, const QString &message, const QStringList &lines,
                       QWidget *parent)
    : QDialog(parent)
    , m_list(new QPlainTextEdit)
{
    setWindowTitle(title);
    auto *label = new QLabel(message);
    label->setWordWrap(true);
    m_list->setReadOnly(true);
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *buttons = new QDialogButtonBox(kind == Kind::Confirm        ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             : kind == Kind::Question ? QDialogButtonBox::Yes | QDialogButtonBox::No
                                                                      : QDialogButtonBox::Close);
    if (kind == Kind::Question) {
        // Enter answers No: the safe answer is the one a hurried key press gives.
        buttons->button(QDialogButtonBox::Yes)->setAutoDefault(false);
        buttons->button(QDialogButtonBox::No)->setDefault(true);
        buttons->button(QDialogButtonBox::No)->setFocus();
    }
    if (kind == Kind::Confirm) {
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
        // Submitting hands values over to the reviewers: make it a deliberate act.
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 380);
}

QString ListDialog::listText() const
{
    return m_list->toPlainText();
}
