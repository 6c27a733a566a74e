#include "returnpdf.h"

#include "reporthtmlformat.h"
#include "reportstyle.h"
#include "widgets/palette.h"

#include "exchange/numberparser.h"
#include "io/outputfile.h"
#include "model/displayformat.h"
#include "target/targetformat.h"
#include "workflow/reportservice.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <limits>

using namespace ReportHtmlFormat;

namespace {

// Landscape A4: the table has thirteen columns.
constexpr qreal kMarginMm = 12;
constexpr qreal kHeaderMm = 9;  // above the body: the running title
constexpr qreal kFooterMm = 10; // below the body: the page number

QString css()
{
    using Role = ReportStyle::Role;
    return QStringLiteral("body { font-family: %1; }"
                          "h2 { font-family: %2; font-size: 13pt; font-weight: normal; margin-top: 14px;"
                          " margin-bottom: 6px; }"
                          "h3 { font-family: %1; font-size: 11pt; font-weight: bold; margin-top: 10px;"
                          " margin-bottom: 4px; }"
                          "p { margin-top: 2px; margin-bottom: 4px; }"
                          "p.title { font-family: %3; font-weight: bold; font-size: 18pt; margin-bottom: 10px; }"
                          "p.body { text-indent: 28px; font-size: 11pt; }"
                          "table.data { font-size: 8.5pt; }"
                          "table.sign { font-size: 11pt; }"
                          "th { font-family: %2; font-weight: normal; }")
        .arg(ReportStyle::cssFamilies(Role::Body), ReportStyle::cssFamilies(Role::Heading1),
             ReportStyle::cssFamilies(Role::Title));
}

// Text that may hold line breaks, as HTML.
QString lines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p class=\"body\">%1</p>").arg(esc(line.trimmed()));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p class=\"body\">%1</p>").arg(esc(ReturnPdf::tr("(Not written.)")));
    return html;
}

QString blank(int width)
{
    return QString(width, QLatin1Char('_'));
}

} // namespace

ReturnPdf::ReturnPdf(const PrintedReturn &data)
    : m_data(data)
{
}

QString ReturnPdf::title(const PrintedReturn &d)
{
    return tr("%1 %2 monitoring data return of the women's and children's development plans").arg(d.unit).arg(d.year);
}

QString ReturnPdf::watermark()
{
    return tr("Not submitted");
}

QString ReturnPdf::confirmation()
{
    return tr("The unit has checked the data and the report above and confirms them.");
}

QString ReturnPdf::unsentLine(const PrintedReturn &d)
{
    const PrintedReturn::Counts c = d.counts();
    if (c.unsent() == 0)
        return QString();
    return tr("This return holds values not yet submitted: %1 draft, %2 returned, %3 not filled. "
              "It is not the return of record until they are submitted.")
        .arg(c.draft)
        .arg(c.returned)
        .arg(c.missing);
}

QStringList ReturnPdf::headers(const PrintedReturn &d)
{
    QStringList h{tr("Code"), tr("Indicator"), tr("Unit"), tr("2030 target")};
    for (int y : d.previousYears)
        h << tr("%1").arg(y);
    h << tr("%1 value").arg(d.year) << tr("Numerator") << tr("Denominator") << tr("Data source") << tr("Note")
      << tr("State");
    return h;
}

QStringList ReturnPdf::cells(const PrintedReturn &d, const PrintedReturn::Row &row)
{
    const Indicator &ind = row.indicator;
    const QString none = QStringLiteral("—");
    QStringList c{ind.code, ind.name, ind.measureUnit, ind.targetText};
    // As the return page shows them: last years with the unit's decimals, this
    // year's value and its parts as they were entered.
    for (int y : d.previousYears) {
        const auto it = row.previous.constFind(y);
        c << (it == row.previous.constEnd() ? none : TargetFormat::measured(it->value, ind));
    }
    if (row.value) {
        const ValueRecord &v = *row.value;
        c << NumberParser::format(v.value, 6) << (v.numerator ? NumberParser::format(*v.numerator, 6) : QString())
          << (v.denominator ? NumberParser::format(*v.denominator, 6) : QString()) << v.source << v.note;
    } else {
        c << none << QString() << QString() << QString() << QString();
    }
    c << row.stateText();
    return c;
}

QString ReturnPdf::html() const
{
    const PrintedReturn &d = m_data;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p class=\"title\" align=\"center\">%1</p>").arg(esc(title(d)));
    QString meta = tr("Unit: %1").arg(esc(d.unit)) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")
        + tr("Reporting year: %1").arg(d.year) + QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")
        + tr("Printed: %1").arg(esc(DisplayFormat::documentDate(d.printed)));
    if (d.demo)
        meta +=
            QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;<b>%1</b>").arg(esc(tr("Demonstration data, not real figures")));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\">%1</p>").arg(meta);
    const QString unsent = unsentLine(d);
    if (!unsent.isEmpty())
        html +=
            QStringLiteral("<p align=\"center\" style=\"font-size: 11pt; font-weight: bold;\">%1</p>").arg(esc(unsent));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("1. Monitoring indicators")));
    const QStringList head = headers(d);
    QVector<int> widths{6, 13, 6, 8};
    for (int i = 0; i < d.previousYears.size(); ++i)
        widths << 5;
    widths << 7 << 6 << 6 << 10 << 18 << 5;
    html += tableStart(head, widths).replace(QStringLiteral("<table "), QStringLiteral("<table class=\"data\" "));
    const int firstNumber = 4;
    const int lastNumber = firstNumber + int(d.previousYears.size()) + 2;
    for (const PrintedReturn::Row &row : d.rows) {
        const QStringList c = cells(d, row);
        html += QStringLiteral("<tr>");
        for (int i = 0; i < c.size(); ++i) {
            if (i >= firstNumber && i <= lastNumber)
                html += numberCell(esc(c.at(i)));
            else if (i == c.size() - 1 && !row.isSent())
                html += cell(QStringLiteral("<b>%1</b>").arg(esc(c.at(i))));
            else
                html += cell(lines(c.at(i)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    const PrintedReturn::Counts c = d.counts();
    html += QStringLiteral("<p style=\"font-size: 9pt; margin-top: 4px;\">%1</p>")
                .arg(esc(tr("%1 indicators: %2 approved, %3 submitted, %4 draft, %5 returned, %6 not filled.")
                             .arg(d.rows.size())
                             .arg(c.approved)
                             .arg(c.submitted)
                             .arg(c.draft)
                             .arg(c.returned)
                             .arg(c.missing)));

    const UnitReport &r = d.report;
    const QString reportState = r.isStored() ? ValueStates::label(r.state) : tr("Not written");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("2. Annual report on the implementation of the plans (%1)").arg(reportState)));
    QStringList categories = r.categories;
    for (auto it = r.progress.cbegin(); it != r.progress.cend(); ++it) {
        if (!categories.contains(it.key()))
            categories << it.key();
    }
    for (const QString &category : categories) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportService::progressLabel(category)));
        html += paragraphs(r.progress.value(category));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportService::problemsLabel())) + paragraphs(r.problems);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportService::nextYearPlanLabel())) + paragraphs(r.nextYearPlan);

    // The signature block: lines to sign on at the left, room for the seal at the right.
    const QString colon = tr(": ");
    auto signLine = [&](const QString &label, const QString &space) {
        return QStringLiteral("<td valign=\"top\" style=\"padding-top: 22px;\">%1%2%3</td>")
            .arg(esc(label), esc(colon), space);
    };
    html += QStringLiteral("<p id=\"confirmation\" style=\"font-size: 11pt; margin-top: 18px;\">%1</p>")
                .arg(esc(confirmation()));
    html += QStringLiteral("<table class=\"sign\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">");
    html += QStringLiteral("<tr>") + signLine(PrintedReturn::filledByLabel(), blank(16))
        + signLine(PrintedReturn::phoneLabel(), blank(16))
        + QStringLiteral("<td rowspan=\"3\" width=\"30%\" align=\"center\" valign=\"bottom\""
                         " style=\"padding-top: 180px;\">%1</td>")
              .arg(esc(PrintedReturn::stampLabel()))
        + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + signLine(PrintedReturn::checkedByLabel(), blank(16))
        + signLine(PrintedReturn::headSignatureLabel(), blank(16)) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>")
        + signLine(PrintedReturn::dateLabel(), tr("%1 year %2 month %3 day").arg(blank(6), blank(4), blank(4)))
        + QStringLiteral("<td></td></tr>");
    html += QStringLiteral("</table>");
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> ReturnPdf::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportStyle::font(ReportStyle::Role::Body, 10.5));
    doc->setDefaultStyleSheet(css());
    doc->setUndoRedoEnabled(false);
    // Long names, notes and sources wrap, at a word or anywhere, but are never cut.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setHtml(html());
    doc->setMetaInformation(QTextDocument::DocumentTitle, title(m_data));
    return doc;
}

namespace {
int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

void breakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}
} // namespace

ReturnPdf::RowSpan ReturnPdf::rowSpan(QTextDocument *doc, QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    RowSpan span{std::numeric_limits<qreal>::max(), 0};
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row)
            continue;
        span.top = std::min(span.top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        span.bottom = std::max(span.bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return span;
}

QTextTable *ReturnPdf::dataTable(QTextDocument *doc)
{
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            return table;
    }
    return nullptr;
}

void ReturnPdf::keepTogether(QTextDocument *doc)
{
    const qreal page = doc->pageSize().height();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    // A row of the table is never split between pages: a row that would be starts
    // the next page (under the repeated header). Qt moves a row whose every cell
    // begins with a page break, so each cell gets one. Row by row, as each move
    // shifts the rows below it.
    if (QTextTable *table = dataTable(doc)) {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            const RowSpan span = rowSpan(doc, table, r);
            if (span.bottom - span.top >= page * 0.9 || pageOf(span.top, page) == pageOf(span.bottom - 1, page))
                continue;
            for (int c = 0; c < table->columns(); ++c)
                breakBefore(table->cellAt(r, c).firstCursorPosition().block());
        }
    }
    // A heading never stands alone at the foot of a page.
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
            continue;
        const qreal top = layout->blockBoundingRect(b).top();
        if (pageOf(top, page) != pageOf(layout->blockBoundingRect(b.next()).bottom() - 1, page))
            breakBefore(b);
    }
    // The confirmation and the signatures stay together on one page. The signature
    // table is the document's last frame (a paged layout's size is whole pages, so
    // the document's height says nothing).
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text() != confirmation())
            continue;
        const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
        const qreal top = layout->blockBoundingRect(b).top();
        const qreal bottom = frames.isEmpty() ? top : layout->frameBoundingRect(frames.last()).bottom();
        if (pageOf(top, page) != pageOf(bottom - 1, page))
            breakBefore(b);
        break;
    }
}

int ReturnPdf::paintOn(QPagedPaintDevice *device) const
{
    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    const QRectF paper(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const QRectF headerRect(0, 0, paper.width(), mm(kHeaderMm - 3));
    const QRectF footerRect(0, paper.height() - mm(kFooterMm - 3), paper.width(), mm(kFooterMm - 3));
    const QRectF body(0, mm(kHeaderMm), paper.width(), paper.height() - mm(kHeaderMm) - mm(kFooterMm));

    const std::unique_ptr<QTextDocument> doc = document();
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setPageSize(body.size());
    keepTogether(doc.get());
    const int pages = doc->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QColor ink = Palette::forPaper().color(Palette::Text);
    const QFont small = ReportStyle::font(8);
    QFont markFont = ReportStyle::font(ReportStyle::Role::Heading1, 72, true);
    const QString mark = m_data.isComplete() ? QString() : watermark();
    const QString demo = m_data.demo ? tr("Demonstration data") : QString();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setPen(QPen(ink, mm(0.2)));
        if (page > 0) {
            painter.setFont(small);
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, title(m_data));
            painter.drawLine(headerRect.bottomLeft() + QPointF(0, mm(1.2)),
                             headerRect.bottomRight() + QPointF(0, mm(1.2)));
        }
        if (!demo.isEmpty()) {
            painter.setFont(ReportStyle::font(9, true));
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, demo);
        }
        painter.setFont(ReportStyle::font(9));
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        if (!mark.isEmpty()) {
            // Outlines, not text: the mark must not mix with the text a reader copies.
            QPainterPath path;
            path.addText(0, 0, markFont, mark);
            const QRectF bounds = path.boundingRect();
            painter.save();
            painter.translate(paper.center());
            painter.rotate(-30);
            const qreal scale = paper.height() * 0.9 / std::max<qreal>(1, bounds.width());
            painter.scale(scale, scale);
            painter.translate(-bounds.center());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.fillPath(path, QColor(0, 0, 0, 26));
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

bool ReturnPdf::savePdf(const QString &path, QString *error, int *pages) const
{
    // Into a temporary file renamed over `path` when complete (OutputFile).
    OutputFile out(path);
    if (!out.open(error))
        return false;
    int n = 0;
    {
        QPdfWriter writer(out.device());
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm - 4, kMarginMm, kMarginMm - 4), QPageLayout::Millimeter);
        writer.setTitle(title(m_data));
        writer.setCreator(QStringLiteral("Fuer Monitor"));
        n = paintOn(&writer);
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

bool ReturnPdf::writePdf(QSqlDatabase db, const User &user, const QString &unit, int year, const QString &path,
                         QString *error, int *pages)
{
    const std::optional<PrintedReturn> data = PrintedReturn::build(db, user, unit, year, error);
    if (!data)
        return false;
    return ReturnPdf(*data).savePdf(path, error, pages);
}

QString ReturnPdf::suggestedFileName(const QString &unit, int year)
{
    return tr("%1-%2-return.pdf").arg(unit).arg(year);
}
