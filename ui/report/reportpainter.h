#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

// Paints a laid-out report page by page on a PDF writer or a printer, with the
// running header and the page number that QTextDocument::print() cannot add.
// Needs no GUI-thread objects: it runs in a worker thread for PDF files.
class ReportPainter
{
public:
    using Progress = std::function<void(int page, int pages)>;

    ReportPainter(const QString &header, const QString &mark);

    // Sets the document's page size to the device's body area, paints every page
    // and returns the number of pages, or 0 when the device could not be painted on.
    int paint(QTextDocument *document, QPagedPaintDevice *device, const Progress &progress = {}) const;

private:
    QString m_header;
    QString m_mark; // the demo marking, top right of every page; empty for real data
};
