#include "report/reportdialog.h"

#include "widgets/backgroundtask.h"
#include "report/reportrenderer.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
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

ReportDialog::ReportDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_kind(new QComboBox)
    , m_year(new QSpinBox)
    , m_status(new QLabel)
{
    setWindowTitle(tr("Plenary summary"));
    m_kind->addItem(tr("Annual monitoring report"), int(ReportData::Kind::Annual));
    m_kind->addItem(tr("Mid-term evaluation (2026, data to 2025)"), int(ReportData::Kind::MidTerm));
    m_kind->addItem(tr("Final evaluation (2031, data to 2030)"), int(ReportData::Kind::Final));
    m_year->setRange(2021, 2031);
    m_year->setValue(qBound(2021, QDate::currentDate().year() - 1, 2030));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *pdf = buttons->addButton(tr("Save &PDF..."), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton *odt = buttons->addButton(tr("Save &editable copy (ODT)..."), QDialogButtonBox::ActionRole);
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
    // The evaluations have fixed years: 2026 for the mid-term, 2031 for the final.
    const ReportData::Kind k = kind();
    m_year->setEnabled(k == ReportData::Kind::Annual);
    if (k == ReportData::Kind::MidTerm)
        m_year->setValue(2026);
    else if (k == ReportData::Kind::Final)
        m_year->setValue(2031);
}

bool ReportDialog::savePdf(const QString &path, QString *error)
{
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(ReportData::build(m_database->connection(), kind(), year()), keepPainting);
    int pages = 0;
    const bool ok = BackgroundTask::run(
        this, tr("Writing the plenary summary..."),
        [&](QString *e, const auto &progress) { return renderer.savePdf(path, e, progress, &pages); }, error);
    m_status->setText(ok ? tr("Written: %1 (%n page(s)).", nullptr, pages).arg(path) : *error);
    return ok;
}

bool ReportDialog::saveOdt(const QString &path, QString *error)
{
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(ReportData::build(m_database->connection(), kind(), year()), keepPainting);
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Save an editable copy"),
                                                      tr("plenary-summary-%1.odt").arg(year()),
                                                      tr("OpenDocument text (*.odt)"));
    QString error;
    if (!path.isEmpty() && !saveOdt(path, &error))
        QMessageBox::warning(this, tr("Plenary summary"), error);
}

void ReportDialog::preview()
{
    m_status->setText(tr("Drawing the charts..."));
    const ReportRenderer renderer(ReportData::build(m_database->connection(), kind(), year()), keepPainting);
    m_status->clear();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        QString error;
        if (!renderer.print(p, &error))
            m_status->setText(error);
    });
    dialog.exec();
}
