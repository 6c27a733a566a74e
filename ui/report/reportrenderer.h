#pragma once

#include "reportchartset.h"
#include "workflow/reportdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

// The plenary summary as a PDF, a printout or an editable ODT or DOCX copy, all from
// one layout (ReportHtml).
//
// Threads: ReportData::build needs the database connection's thread and the charts
// need the GUI thread, so construct the renderer there. savePdf(), saveOdt() and saveDocx() use
// only QTextDocument and QPdfWriter and may then run in a worker thread (one call at
// a time per renderer). print() runs where the printer dialog ran.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    using Progress = std::function<void(int percent, const QString &step)>;

    // Draws the charts; GUI thread.
    explicit ReportRenderer(const ReportData &data, const Progress &progress = {});
    ~ReportRenderer();

    const ReportData &data() const { return m_data; }

    bool savePdf(const QString &path, QString *error, const Progress &progress = {}, int *pages = nullptr) const;
    bool saveOdt(const QString &path, QString *error, const Progress &progress = {}) const;
    // The Word copy (DocxWriter): the same document, charts as PNG images.
    bool saveDocx(const QString &path, QString *error, const Progress &progress = {}) const;
    bool print(QPrinter *printer, QString *error = nullptr, const Progress &progress = {}) const;

    // One call from a database to a file, for the command line and the window.
    static bool writePdf(QSqlDatabase db, ReportData::Kind kind, int year, const QString &pdfPath, QString *error,
                         const Progress &progress = {});
    static bool writeOdt(QSqlDatabase db, ReportData::Kind kind, int year, const QString &odtPath, QString *error,
                         const Progress &progress = {});
    static bool writeDocx(QSqlDatabase db, ReportData::Kind kind, int year, const QString &docxPath, QString *error,
                          const Progress &progress = {});

private:
    // PDF and print play the charts' pictures into the page; ODT and DOCX embed them
    // as images.
    enum class Charts { Vector, Images };
    std::unique_ptr<QTextDocument> createDocument(Charts charts) const;
    bool writeBytes(const QString &path, const QByteArray &bytes, QString *error) const;
    int paintOn(QPagedPaintDevice *device, const Progress &progress) const;

    ReportData m_data;
    ReportChartSet m_charts;
};
