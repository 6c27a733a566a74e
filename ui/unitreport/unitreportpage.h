#pragma once

#include "model/unitreport.h"
#include "model/user.h"

#include <QTimer>
#include <QVector>
#include <QWidget>

class Session;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

// 年度报告: a unit's annual report (年度规划落实情况报告) for a year, one text field
// per category the unit serves (规划落实情况) plus 存在问题 and 下一年工作安排.
//
// A liaison writes their own unit's report: the text is saved as a draft
// AutosaveDelayMs after the last keystroke, and at once on a change of year, when
// the page is hidden or destroyed, before another database replaces this one and
// when the application quits; then submits it. A reviewer (or the administrator)
// picks a unit, reads its report and returns it with a reason or approves it; a
// liaison of a co-operating unit reads a lead unit's report. The reviewer's reason
// for a return stands in a coloured line above the text until it is submitted again.
// Every act goes through ReportService, which keeps the rules; a save refused
// because someone changed the report meanwhile keeps the typed text on the page.
//
// The page saves through the session in its destructor: destroy it before the
// session's database closes.
class UnitReportPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 1500;

    explicit UnitReportPage(Session *session, QWidget *parent = nullptr);
    ~UnitReportPage() override;

    int year() const;
    void setYear(int year);
    QString unit() const;
    // Selects the unit of a reviewer's or co-operating liaison's chooser; false when not offered.
    bool setUnit(const QString &unit);

    // The text fields: one per category served, then 存在问题, 下一年工作安排.
    QPlainTextEdit *progressEdit(const QString &category) const;
    QPlainTextEdit *problemsEdit() const { return m_problems; }
    QPlainTextEdit *planEdit() const { return m_plan; }
    QStringList categories() const { return m_report.categories; }
    const UnitReport &report() const { return m_report; }
    bool isEditable() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    QString stateText() const;
    QString reasonText() const; // the reviewer's reason line; empty when hidden
    QString messageText() const;
    QString saveStatusText() const;
    QStringList attachmentNames() const;

    // What the buttons do, without dialogs; false with the refusal in *error.
    bool saveNow(QString *error = nullptr);
    bool submit(QString *error);
    bool returnReport(const QString &reason, QString *error);
    bool approve(QString *error);
    bool addAttachmentFile(const QString &path, QString *error);
    bool saveAttachmentAs(int row, const QString &path, QString *error);
    bool removeAttachment(int row, QString *error);

public slots:
    // Reads the chosen unit's report for the chosen year again.
    void reload();

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void rebuildSections();
    QPlainTextEdit *newEditor(const QString &objectName);
    void fillEditors();
    void collectInto(UnitReport *report) const;
    void updateState();
    void updateButtons();
    void setMessage(const QString &text, bool error);
    void setSaveStatus(const QString &text, bool error);
    void chooseAndAdd();
    void chooseAndSave();
    void askAndReturn();
    void choiceChanged();
    void edited();

    Session *m_session;
    User m_user;
    UnitReport m_report;
    QVector<ReportAttachment> m_attachments;
    QVector<QPair<QString, QPlainTextEdit *>> m_progress;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_acting = false; // this page's own change: the notifier's echo needs no reload
    bool m_stale = false;  // changed while hidden: reload when shown
    QComboBox *m_unit;
    QComboBox *m_year;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_reason;
    QLabel *m_message;
    QLabel *m_saveStatus;
    QWidget *m_sections;
    QVBoxLayout *m_sectionsLayout;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_plan;
    QListWidget *m_attachmentList;
    QPushButton *m_add;
    QPushButton *m_saveAs;
    QPushButton *m_remove;
    QPushButton *m_submit;
    QPushButton *m_return;
    QPushButton *m_approve;
    QTimer m_saveTimer;
};
