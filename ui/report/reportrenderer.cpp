#include "reportrenderer.h"

#include "docxwriter.h"
#include "reporthtml.h"
#include "reportpainter.h"
#include "reportstyle.h"

#include "io/outputfile.h"
#include <QFileInfo>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextObjectInterface>
#include <QUrl>

namespace {

// Progress shares of the steps: data 0–10, charts 10–35, layout 35–45, pages 45–100.
void report(const ReportRenderer::Progress &progress, int percent, const QString &step)
{
    if (progress)
        progress(percent, step);
}

// Official-document form (GB/T 9704): first-level headings in Hei, second-level in
// Kai, third- and fourth-level in the body face, bold; the title in the Song bold
// face. Sizes are a step below the standard's 三号 body so the tables fit A4.
QString css()
{
    using Role = ReportStyle::Role;
    return QStringLiteral("body { font-family: %1; }"
                          "h1 { font-family: %2; font-size: 16pt; font-weight: normal; margin-top: 6px;"
                          " margin-bottom: 8px; }"
                          "h2 { font-family: %3; font-size: 14pt; font-weight: normal; margin-top: 14px;"
                          " margin-bottom: 6px; }"
                          "h3 { font-family: %1; font-size: 12pt; font-weight: bold; margin-top: 12px;"
                          " margin-bottom: 4px; }"
                          "h4 { font-family: %1; font-size: 11pt; font-weight: bold; margin-top: 8px;"
                          " margin-bottom: 4px; }"
                          "p { margin-top: 2px; margin-bottom: 4px; }"
                          "p.covertitle { font-family: %4; font-weight: bold; }"
                          "p.coverkai, p.h2font { font-family: %3; }"
                          "p.h1font { font-family: %2; }"
                          "p.h2font { font-size: 12pt; }"
                          "table { font-size: 8pt; }"
                          "th { font-family: %2; font-weight: normal; }")
        .arg(ReportStyle::cssFamilies(Role::Body), ReportStyle::cssFamilies(Role::Heading1),
             ReportStyle::cssFamilies(Role::Heading2), ReportStyle::cssFamilies(Role::Title));
}

// The charts' places in a document laid out for PDF or print: the chart's picture is
// played into the page, so it stays vector graphics and its text stays text, and no
// image is drawn, compressed or embedded. Sizes are the <img> width and height, in
// 96 dpi pixels whatever the screen.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ReportChartSet &charts, QObject *parent)
        : QObject(parent)
        , m_charts(charts)
    {
    }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const qreal scale = device ? device->logicalDpiX() / 96.0 : 1.0;
        return QSizeF(image.width(), image.height()) * scale;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        if (const QPicture *picture = find(format.toImageFormat().name()))
            ReportChartSet::play(painter, *picture, rect);
    }

private:
    const QPicture *find(const QString &name) const
    {
        if (name == ReportHtml::statusChartUrl())
            return &m_charts.statusByCategory;
        for (auto it = m_charts.trends.cbegin(); it != m_charts.trends.cend(); ++it) {
            if (name == ReportHtml::trendChartUrl(it.key()))
                return &it.value();
        }
        return nullptr;
    }

    const ReportChartSet &m_charts;
};

} // namespace

ReportRenderer::ReportRenderer(const ReportData &data, const Progress &progress)
    : m_data(data)
{
    report(progress, 10, tr("Drawing charts"));
    m_charts = ReportChartSet::render(m_data, [&](int done, int total) {
        report(progress, 10 + 25 * done / std::max(1, total), tr("Drawing charts"));
    });
}

ReportRenderer::~ReportRenderer() = default;

std::unique_ptr<QTextDocument> ReportRenderer::createDocument(Charts charts) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportStyle::font(ReportStyle::Role::Body, 10.5));
    doc->setDefaultStyleSheet(css());
    doc->setUndoRedoEnabled(false);
    if (charts == Charts::Vector) {
        doc->documentLayout()->registerHandler(QTextFormat::ImageObject, new ChartObject(m_charts, doc.get()));
    } else {
        doc->addResource(QTextDocument::ImageResource, QUrl(ReportHtml::statusChartUrl()),
                         ReportChartSet::toImage(m_charts.statusByCategory));
        for (auto it = m_charts.trends.cbegin(); it != m_charts.trends.cend(); ++it)
            doc->addResource(QTextDocument::ImageResource, QUrl(ReportHtml::trendChartUrl(it.key())),
                             ReportChartSet::toImage(it.value()));
    }
    doc->setHtml(ReportHtml::build(m_data));
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReportHtml::runningHeader(m_data));
    return doc;
}

int ReportRenderer::paintOn(QPagedPaintDevice *device, const Progress &progress) const
{
    report(progress, 35, tr("Laying out the document"));
    const std::unique_ptr<QTextDocument> doc = createDocument(Charts::Vector);
    const ReportPainter painter(ReportHtml::runningHeader(m_data), m_data.demo ? ReportHtml::demoMark() : QString());
    return painter.paint(doc.get(), device, [&](int page, int pages) {
        report(progress, 45 + 55 * page / std::max(1, pages), tr("Writing page %1 of %2").arg(page).arg(pages));
    });
}

bool ReportRenderer::savePdf(const QString &path, QString *error, const Progress &progress, int *pages) const
{
    // Into a temporary file renamed over `path` when complete (OutputFile): a
    // report killed while writing leaves the previous one, not a truncated PDF.
    OutputFile out(path);
    if (!out.open(error))
        return false;
    int n = 0;
    {
        QPdfWriter writer(out.device());
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(18, 10, 18, 10), QPageLayout::Millimeter);
        writer.setTitle(ReportHtml::runningHeader(m_data));
        writer.setCreator(QStringLiteral("Fuer Monitor"));
        n = paintOn(&writer, progress);
    }
    if (pages)
        *pages = n;
    if (n == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return out.commit(error);
}

bool ReportRenderer::saveOdt(const QString &path, QString *error, const Progress &progress) const
{
    report(progress, 35, tr("Laying out the document"));
    const std::unique_ptr<QTextDocument> doc = createDocument(Charts::Images);
    report(progress, 60, tr("Writing %1").arg(QFileInfo(path).fileName()));
    // Into memory first: Qt's ODF writer closes its device when done, which a
    // QSaveFile refuses; the bytes then go whole into place (OutputFile).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, buffer.errorString());
        return false;
    }
    if (!writeBytes(path, buffer.data(), error))
        return false;
    report(progress, 100, tr("Done"));
    return true;
}

bool ReportRenderer::writeBytes(const QString &path, const QByteArray &bytes, QString *error) const
{
    OutputFile out(path);
    if (!out.open(error))
        return false;
    if (out.device()->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, out.device()->errorString());
        return false;
    }
    return out.commit(error);
}

bool ReportRenderer::saveDocx(const QString &path, QString *error, const Progress &progress) const
{
    report(progress, 35, tr("Laying out the document"));
    const std::unique_ptr<QTextDocument> doc = createDocument(Charts::Images);
    report(progress, 60, tr("Writing %1").arg(QFileInfo(path).fileName()));
    DocxWriter::Options options;
    options.title = ReportHtml::runningHeader(m_data);
    options.creator = QStringLiteral("Fuer Monitor");
    options.header = m_data.demo ? options.title + QStringLiteral("    ") + ReportHtml::demoMark() : options.title;
    options.footer = QCoreApplication::translate("ReportPainter", "Page %1");
    // Zipped in memory, then whole into place (OutputFile).
    QString zipError;
    const QByteArray bytes = DocxWriter::write(*doc, options, &zipError);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, zipError);
        return false;
    }
    if (!writeBytes(path, bytes, error))
        return false;
    report(progress, 100, tr("Done"));
    return true;
}

bool ReportRenderer::print(QPrinter *printer, QString *error, const Progress &progress) const
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(18, 10, 18, 10), QPageLayout::Millimeter);
    if (paintOn(printer, progress) == 0) {
        if (error)
            *error = tr("Could not print the report.");
        return false;
    }
    return true;
}

bool ReportRenderer::writePdf(QSqlDatabase db, ReportData::Kind kind, int year, const QString &pdfPath, QString *error,
                              const Progress &progress)
{
    report(progress, 0, tr("Assessing indicators"));
    const ReportRenderer renderer(ReportData::build(db, kind, year), progress);
    return renderer.savePdf(pdfPath, error, progress);
}

bool ReportRenderer::writeDocx(QSqlDatabase db, ReportData::Kind kind, int year, const QString &docxPath,
                               QString *error, const Progress &progress)
{
    report(progress, 0, tr("Assessing indicators"));
    const ReportRenderer renderer(ReportData::build(db, kind, year), progress);
    return renderer.saveDocx(docxPath, error, progress);
}

bool ReportRenderer::writeOdt(QSqlDatabase db, ReportData::Kind kind, int year, const QString &odtPath, QString *error,
                              const Progress &progress)
{
    report(progress, 0, tr("Assessing indicators"));
    const ReportRenderer renderer(ReportData::build(db, kind, year), progress);
    return renderer.saveOdt(odtPath, error, progress);
}

#include "reportrenderer.moc"
