#pragma once

#include "workflow/reportdata.h"

#include <QDialog>

class Session;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The plenary summary from the window: choose the kind and year and the issuing body
// printed on the cover (kept in the database for later reports), then save the PDF,
// look at the print preview and print, or save an editable DOCX or ODT copy. The same
// renderer as `fuer-monitor report`, so paper and screen agree.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Session *session, QWidget *parent = nullptr);

    ReportData::Kind kind() const;
    int year() const;
    // Saves without asking for a file name; used by the buttons and tests.
    bool savePdf(const QString &path, QString *error);
    bool saveOdt(const QString &path, QString *error);
    bool saveDocx(const QString &path, QString *error);
    QLineEdit *issuingBodyEdit() const { return m_issuingBody; }

private:
    void choosePdf();
    void chooseOdt();
    void chooseDocx();
    // Stores a changed issuing body before a report is made; false with *error.
    bool applyIssuingBody(QString *error);
    void preview();
    void kindChanged();

    Session *m_session;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLineEdit *m_issuingBody;
    QLabel *m_status;
};
