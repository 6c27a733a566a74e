#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

// The reviewer's verdict on a judged target (保持合理比例): met or not met, with the
// reason the assessment will quote. Nothing is preselected, so that a verdict is
// always a choice; OK stays disabled until both are given.
class VerdictDialog : public QDialog
{
    Q_OBJECT

public:
    VerdictDialog(const QString &indicatorText, const QString &targetText, int year, QWidget *parent = nullptr);

    bool isMet() const;
    QString reason() const;
    void setVerdict(bool met, const QString &reason);
    bool isAcceptable() const;

private:
    void updateOk();

    QRadioButton *m_met;
    QRadioButton *m_notMet;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};
