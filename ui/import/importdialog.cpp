#include "import/importdialog.h"

#include "import/importpreviewmodel.h"
#include "widgets/backgroundtask.h"

#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
int sectionsWithText(const ReportSheet::Reading &sheet)
{
    int n = 0;
    for (const ReportSheet::Section &s : sheet.sections) {
        if (!s.text.trimmed().isEmpty())
            ++n;
    }
    return n;
}
} // namespace

ImportDialog::ImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(session->user().value_or(User()))
    , m_model(new ImportPreviewModel(this))
    , m_encoding(new QComboBox)
    , m_state(new QComboBox)
    , m_summary(new QLabel)
    , m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import values"));
    resize(1000, 600);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GB18030 / GBK (Excel on Chinese Windows)"), QStringLiteral("GB18030"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    if (m_user.role == User::Role::Admin) {
        for (ValueState s : {ValueState::Submitted, ValueState::Approved, ValueState::Draft})
            m_state->addItem(ValueStates::label(s), ValueStates::key(s));
    } else {
        m_state->addItem(ValueStates::label(ValueState::Draft), ValueStates::key(ValueState::Draft));
        m_state->setEnabled(false);
    }
    m_summary->setWordWrap(true);
    m_import->setEnabled(false);

    auto *choose = new QPushButton(tr("Choose &file..."));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), choose);
    form->addRow(tr("CSV &encoding:"), m_encoding);
    form->addRow(tr("Values arrive as:"), m_state);

    auto *view = new QTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, [this] {
        QString error;
        if (importNow(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Import values"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

ValueFileImport::Options ImportDialog::options() const
{
    ValueFileImport::Options o;
    o.encoding = m_encoding->currentData().toString();
    ValueStates::fromKey(m_state->currentData().toString(), &o.values.state);
    if (m_user.role == User::Role::Liaison)
        o.values.restrictToUnit = m_user.unit;
    return o;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import values"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::reload()
{
    if (!m_path.isEmpty())
        loadFile(m_path);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    const QString dbPath = m_session->path();
    const ValueFileImport::Options o = options();
    ValueFileImport::Preview preview;
    QString error;
    // A large file takes seconds to read and check; a connection of the worker's own.
    BackgroundTask::run(
        this, tr("Reading %1...").arg(QFileInfo(path).fileName()),
        [&](QString *e, const auto &) { return Session::previewImport(dbPath, path, o, &preview, e); }, &error);
    m_preview = preview;
    m_model->setPreview(m_preview);
    QString text;
    if (!error.isEmpty())
        text = error;
    else if (m_preview.ok())
        text = tr("%1: %n row(s) checked, all correct. Nothing is written until you press Import.", nullptr,
                  m_preview.records.size())
                   .arg(QFileInfo(path).fileName());
    else
        text = tr("%1 cannot be imported; nothing will be written:").arg(QFileInfo(path).fileName()) + QLatin1Char('\n')
            + (m_preview.problems.isEmpty() ? tr("the file holds no values")
                                            : m_preview.problems.mid(0, 20).join(QLatin1Char('\n')));
    if (m_preview.format == QLatin1String("csv"))
        text += QLatin1Char('\n') + tr("Read as %1.").arg(m_preview.encoding);
    if (m_preview.ok()) {
        const QString sheet = ReportSheet::sheetName();
        const QString unit = m_preview.templateUnit;
        const int year = m_preview.templateYear;
        switch (m_preview.report.outcome) {
        case ReportSheet::Outcome::Absent:
            break;
        case ReportSheet::Outcome::Blank:
            text += QLatin1Char('\n')
                + tr("The report sheet %1 is empty: the annual report of %2 for %3 is not changed.")
                      .arg(sheet, unit)
                      .arg(year);
            break;
        case ReportSheet::Outcome::Unchanged:
            text += QLatin1Char('\n')
                + tr("The report sheet %1 holds the stored annual report of %2 for %3: it is not changed.")
                      .arg(sheet, unit)
                      .arg(year);
            break;
        case ReportSheet::Outcome::Save:
            text += QLatin1Char('\n')
                + tr("The report sheet %1 is imported too: %n section(s) with text, saved with the values as the "
                     "draft of the annual report of %2 for %3.",
                     nullptr, sectionsWithText(m_preview.report))
                      .arg(sheet, unit)
                      .arg(year);
            break;
        }
    }
    m_summary->setText(text);
    m_import->setEnabled(m_preview.ok());
    return m_preview.ok();
}

bool ImportDialog::importNow(QString *error)
{
    if (!m_preview.ok()) {
        *error = tr("There is nothing to import.");
        return false;
    }
    if (!m_session->returns().importReturn(m_user, m_preview, false, error))
        return false;
    emit imported(m_preview.records.size());
    return true;
}
