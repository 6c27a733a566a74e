#include "report/reportdialog.h"

#include "report/reportrenderer.h"
#include "widgets/backgroundtask.h"

#include "session/session.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Charts are drawn in the GUI thread; let the window repaint between them.
void keepPainting(int, const QString &)
{
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

ReportDialog::ReportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox)
    , m_year(new QSpinBox)
    , m_issuingBody(new QLineEdit)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Plenary summary"));
    m_kind->addItem(tr("Annual monitoring report"), int(ReportData::Kind::Annual));
    const PlanYears years = m_session->years();
    m_kind->addItem(tr("Mid-term evaluation (%1, data to %2)").arg(years.midTerm()).arg(years.midTerm() - 1),
                    int(ReportData::Kind::MidTerm));
    m_kind->addItem(tr("Final evaluation (%1, data to %2)").arg(years.finalEvaluation()).arg(years.last),
                    int(ReportData::Kind::Final));
    m_year->setRange(years.first, years.finalEvaluation());
    m_year->setValue(PlanYears::defaultYear(QDate::currentDate(), years.first, years.last));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    m_issuingBody->setText(m_session->issuingBody());
    m_issuingBody->setToolTip(tr("The office printed on the cover of every report; kept for later reports."));
    form->addRow(tr("&Issuing body:"), m_issuingBody);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *pdf = buttons->addButton(tr("Save &PDF..."), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton *docx = buttons->addButton(tr("Save &Word copy (DOCX)..."), QDialogButtonBox::ActionRole);
    QPushButton *odt = buttons->addButton(tr("Save &editable copy (ODT)..."), QDialogButtonBox::ActionRole);
    connect(docx, &QPushButton::clicked, this, &ReportDialog::chooseDocx);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::choosePdf);
    connect(print, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(odt, &QPushButton::clicked, this, &ReportDialog::chooseOdt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

ReportData::Kind ReportDialog::kind() const
{
    return ReportData::Kind(m_kind->currentData().toInt());
}

int ReportDialog::year() const
{
    return m_year->value();
}

void ReportDialog::kindChanged()
{
    // The evaluations have fixed years, the plan's: the mid-term (2026) and the
    // year after the plan (2031).
    const ReportData::Kind k = kind();
    const PlanYears years = m_session->years();
    m_year->setEnabled(k == ReportData::Kind::Annual);
    if (k == ReportData::Kind::MidTerm)
        m_year->setValue(years.midTerm());
    else if (k == ReportData::Kind::Final)
        m_year->setValue(years.finalEvaluation());
}

bool ReportDialog::applyIssuingBody(QString *error)
{
    if (m_issuingBody->text().trimmed() == m_session->issuingBody())
        return true;
    if (!m_session->setIssuingBody(m_issuingBody->text(), error)) {
        m_status->setText(*error);
        return false;
    }
    m_issuingBody->setText(m_session->issuingBody());
    return true;
}

bool ReportDialog::savePdf(const QString &path, QString *error)
{
    if (!applyIssuingBody(error))
        return false;
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(m_session->report(kind(), year()), keepPainting);
    int pages = 0;
    const bool ok = BackgroundTask::run(
        this, tr("Writing the plenary summary..."),
        [&](QString *e, const auto &progress) { return renderer.savePdf(path, e, progress, &pages); }, error);
    m_status->setText(ok ? tr("Written: %1 (%n page(s)).", nullptr, pages).arg(path) : *error);
    return ok;
}

bool ReportDialog::saveDocx(const QString &path, QString *error)
{
    if (!applyIssuingBody(error))
        return false;
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(m_session->report(kind(), year()), keepPainting);
    const bool ok = BackgroundTask::run(
        this, tr("Writing the Word copy..."),
        [&](QString *e, const auto &progress) { return renderer.saveDocx(path, e, progress); }, error);
    m_status->setText(ok ? tr("Written: %1").arg(path) : *error);
    return ok;
}

bool ReportDialog::saveOdt(const QString &path, QString *error)
{
    if (!applyIssuingBody(error))
        return false;
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(m_session->report(kind(), year()), keepPainting);
    const bool ok = BackgroundTask::run(
        this, tr("Writing the editable copy..."),
        [&](QString *e, const auto &progress) { return renderer.saveOdt(path, e, progress); }, error);
    m_status->setText(ok ? tr("Written: %1").arg(path) : *error);
    return ok;
}

void ReportDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plenary summary"),
                                                      tr("plenary-summary-%1.pdf").arg(year()), tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !savePdf(path, &error))
        QMessageBox::warning(this, tr("Plenary summary"), error);
}

void ReportDialog::chooseOdt()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save an editable copy"), tr("plenary-summary-%1.odt").arg(year()), tr("OpenDocument text (*.odt)"));
    QString error;
    if (!path.isEmpty() && !saveOdt(path, &error))
        QMessageBox::warning(this, tr("Plenary summary"), error);
}

void ReportDialog::chooseDocx()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Word copy"), tr("plenary-summary-%1.docx").arg(year()), tr("Word document (*.docx)"));
    QString error;
    if (!path.isEmpty() && !saveDocx(path, &error))
        QMessageBox::warning(this, tr("Plenary summary"), error);
}

void ReportDialog::preview()
{
    QString error;
    if (!applyIssuingBody(&error)) {
        QMessageBox::warning(this, tr("Plenary summary"), error);
        return;
    }
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(m_session->report(kind(), year()), keepPainting);
    m_status->clear();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        QString printError;
        if (!renderer.print(p, &printError))
            m_status->setText(printError);
    });
    dialog.exec();
}
