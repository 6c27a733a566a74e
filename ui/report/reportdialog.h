#pragma once

#include "workflow/reportdata.h"

#include <QDialog>

class Session;
class QComboBox;
class QLabel;
class QSpinBox;

// The plenary summary from the window: choose the kind and year, then save the PDF,
// look at the print preview and print, or save the editable ODT copy. The same
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

private:
    void choosePdf();
    void chooseOdt();
    void preview();
    void kindChanged();

    Session *m_session;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLabel *m_status;
};
