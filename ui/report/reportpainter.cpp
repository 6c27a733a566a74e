#include "reportpainter.h"

#include "reportstyle.h"
#include "widgets/palette.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

ReportPainter::ReportPainter(const QString &header, const QString &mark)
    : m_header(header)
    , m_mark(mark)
{
}

int ReportPainter::paint(QTextDocument *document, QPagedPaintDevice *device, const Progress &progress) const
{
    // The page margins hold the header and footer; the body is what lies between.
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    const QRectF paper(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const QRectF headerRect(0, 0, paper.width(), mm(8));
    const QRectF footerRect(0, paper.height() - mm(7), paper.width(), mm(7));
    const QRectF body(0, mm(13), paper.width(), paper.height() - mm(13) - mm(11));

    document->documentLayout()->setPaintDevice(device);
    document->setDocumentMargin(0);
    document->setPageSize(body.size());
    const int pages = document->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QFont small = ReportStyle::font(8);
    QFont markFont = ReportStyle::font(9, true);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            static_cast<QPagedPaintDevice *>(device)->newPage();
        // The cover carries neither header nor number.
        if (page > 0) {
            painter.setPen(QPen(Palette::forPaper().color(Palette::Text), mm(0.2)));
            painter.setFont(small);
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, m_header);
            if (!m_mark.isEmpty()) {
                painter.setFont(markFont);
                painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, m_mark);
            }
            painter.drawLine(headerRect.bottomLeft() + QPointF(0, mm(1.2)),
                             headerRect.bottomRight() + QPointF(0, mm(1.2)));
            painter.setFont(small);
            painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignBottom,
                             QCoreApplication::translate("ReportPainter", "Page %1 of %2").arg(page + 1).arg(pages));
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress)
            progress(page + 1, pages);
    }
    painter.end();
    return pages;
}
