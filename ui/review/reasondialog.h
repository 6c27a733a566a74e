#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Asks the reason for sending values back or reopening them. The unit reads the
// reason, so OK stays disabled until something is written; the core refuses an
// empty reason as well.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &message, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    bool isAcceptable() const;

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};
