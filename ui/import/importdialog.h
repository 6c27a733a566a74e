#pragma once

#include "exchange/valuefileimport.h"
#include "model/user.h"

#include <QDialog>

class Session;
class ImportPreviewModel;
class QComboBox;
class QLabel;
class QPushButton;

// Imports a filled return template or a table (.xlsx, .csv in UTF-8 or GB18030)
// from the window: every row is checked and shown first, and the file is stored
// whole or not at all. A liaison's rows arrive as drafts of its own unit; the
// administrator chooses the state.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Imports as the session's user; the return service refuses a user who may not.
    explicit ImportDialog(Session *session, QWidget *parent = nullptr);

    // Reads and checks `path` (off the UI thread); the preview is shown.
    bool loadFile(const QString &path);
    const ValueFileImport::Preview &preview() const { return m_preview; }
    // Stores the previewed rows; false with the message when refused.
    bool importNow(QString *error);

signals:
    void imported(int count);

private:
    void chooseFile();
    void reload();
    ValueFileImport::Options options() const;

    Session *m_session;
    User m_user;
    QString m_path;
    ValueFileImport::Preview m_preview;
    ImportPreviewModel *m_model;
    QComboBox *m_encoding;
    QComboBox *m_state;
    QLabel *m_summary;
    QPushButton *m_import;
};
