#include "docxwriter.h"

#include "reportstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QVector>

#include <zip.h>

#include <cmath>
#include <cstring>

namespace {

// Text width of an A4 page with the report's 18 mm side margins, in twentieths of a
// point: the reference for percentage column widths.
constexpr int PageWidthTwips = 11906;
constexpr int PageHeightTwips = 16838;
constexpr int SideMarginTwips = 1021; // 18 mm
constexpr int TopMarginTwips = 1134;  // 20 mm
constexpr int BottomMarginTwips = 1134;
constexpr int TextWidthTwips = PageWidthTwips - 2 * SideMarginTwips;
constexpr int TwipsPerPixel = 15; // 96 dpi pixels
constexpr int EmuPerPixel = 9525;

const char *const WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char *const RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString xml(const QString &text)
{
    QString s = text.toHtmlEscaped(); // & < > "
    // Characters XML 1.0 forbids (controls other than tab, newline, return).
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += c;
    }
    return out;
}

// The Windows face of a report role: what Chinese Windows and WPS have installed.
struct Face
{
    QString eastAsia;
    QString latin;
};

Face faceOf(ReportStyle::Role role)
{
    switch (role) {
    case ReportStyle::Role::Title:
        return {QStringLiteral("宋体"), QStringLiteral("Times New Roman")};
    case ReportStyle::Role::Heading1:
        return {QStringLiteral("黑体"), QStringLiteral("Arial")};
    case ReportStyle::Role::Heading2:
        return {QStringLiteral("楷体"), QStringLiteral("Times New Roman")};
    case ReportStyle::Role::Body:
        break;
    }
    return {QStringLiteral("仿宋"), QStringLiteral("Times New Roman")};
}

QString fontsXml(const Face &f)
{
    return QStringLiteral("<w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\" w:eastAsia=\"%2\" w:cs=\"%1\"/>")
        .arg(xml(f.latin), xml(f.eastAsia));
}

// The role a run was set in, from the first family of its format.
bool roleOfFamily(const QStringList &families, ReportStyle::Role *role)
{
    if (families.isEmpty())
        return false;
    for (ReportStyle::Role r : {ReportStyle::Role::Title, ReportStyle::Role::Heading1, ReportStyle::Role::Heading2,
                                ReportStyle::Role::Body}) {
        if (ReportStyle::families(r).value(0) == families.first()) {
            *role = r;
            return true;
        }
    }
    return false;
}

struct Image
{
    QString relId;
    QString part; // media/imageN.png
    QByteArray png;
};

class Builder
{
public:
    explicit Builder(const QTextDocument &doc)
        : m_doc(doc)
    {
    }

    QString body()
    {
        QString out;
        frame(m_doc.rootFrame(), &out, TextWidthTwips);
        return out;
    }

    const QVector<Image> &images() const { return m_images; }

private:
    void frame(QTextFrame *f, QString *out, int widthTwips)
    {
        for (QTextFrame::iterator it = f->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    this->table(table, out, widthTwips);
                else
                    frame(child, out, widthTwips);
            } else if (it.currentBlock().isValid()) {
                paragraph(it.currentBlock(), out);
            }
        }
    }

    void paragraph(const QTextBlock &block, QString *out)
    {
        const QTextBlockFormat bf = block.blockFormat();
        QString ppr;
        const int level = bf.headingLevel();
        if (level >= 1 && level <= 4)
            ppr += QStringLiteral("<w:pStyle w:val=\"Heading%1\"/>").arg(level);
        if (bf.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            ppr += QStringLiteral("<w:pageBreakBefore/>");
        const int before = int(std::lround(bf.topMargin() * TwipsPerPixel));
        const int after = int(std::lround(bf.bottomMargin() * TwipsPerPixel));
        if (level == 0)
            ppr += QStringLiteral("<w:spacing w:before=\"%1\" w:after=\"%2\"/>").arg(before).arg(after);
        const Qt::Alignment align = bf.alignment() & Qt::AlignHorizontal_Mask;
        if (align & Qt::AlignHCenter)
            ppr += QStringLiteral("<w:jc w:val=\"center\"/>");
        else if (align & Qt::AlignRight)
            ppr += QStringLiteral("<w:jc w:val=\"right\"/>");
        *out += QStringLiteral("<w:p>");
        if (!ppr.isEmpty())
            *out += QStringLiteral("<w:pPr>") + ppr + QStringLiteral("</w:pPr>");
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                this->fragment(fragment, level > 0, out);
        }
        *out += QStringLiteral("</w:p>");
    }

    void fragment(const QTextFragment &fragment, bool inHeading, QString *out)
    {
        const QTextCharFormat cf = fragment.charFormat();
        if (cf.isImageFormat()) {
            const QTextImageFormat image = cf.toImageFormat();
            // One image per object replacement character in the fragment.
            for (int i = 0; i < fragment.length(); ++i)
                *out += drawing(image);
            return;
        }
        QString rpr;
        ReportStyle::Role role = ReportStyle::Role::Body;
        // Headings take their face from their style; other runs name it only when
        // it is not the body's.
        if (!inHeading && roleOfFamily(cf.fontFamilies().toStringList(), &role) && role != ReportStyle::Role::Body)
            rpr += fontsXml(faceOf(role));
        if (cf.fontWeight() >= QFont::DemiBold)
            rpr += QStringLiteral("<w:b/><w:bCs/>");
        if (cf.fontItalic())
            rpr += QStringLiteral("<w:i/>");
        const QColor color = cf.foreground().style() == Qt::NoBrush ? QColor() : cf.foreground().color();
        if (color.isValid() && color != QColor(Qt::black))
            rpr += QStringLiteral("<w:color w:val=\"%1\"/>").arg(color.name().mid(1).toUpper());
        if (!inHeading && cf.fontPointSize() > 0) {
            const int halfPoints = int(std::lround(cf.fontPointSize() * 2));
            rpr += QStringLiteral("<w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/>").arg(halfPoints);
        }
        const QString rprXml = rpr.isEmpty() ? QString() : QStringLiteral("<w:rPr>") + rpr + QStringLiteral("</w:rPr>");
        // Line separators (<br>) become breaks; everything else is text.
        const QStringList lines = fragment.text().split(QChar::LineSeparator);
        for (int i = 0; i < lines.size(); ++i) {
            *out += QStringLiteral("<w:r>") + rprXml;
            if (i > 0)
                *out += QStringLiteral("<w:br/>");
            QString text = lines.at(i);
            text.replace(QChar::Nbsp, QLatin1Char(' '));
            if (!text.isEmpty())
                *out += QStringLiteral("<w:t xml:space=\"preserve\">%1</w:t>").arg(xml(text));
            *out += QStringLiteral("</w:r>");
        }
    }

    QString drawing(const QTextImageFormat &format)
    {
        const QVariant resource = m_doc.resource(QTextDocument::ImageResource, QUrl(format.name()));
        QImage image = resource.value<QImage>();
        if (image.isNull())
            return QString();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Image entry;
        entry.relId = QStringLiteral("rIdImage%1").arg(m_images.size() + 1);
        entry.part = QStringLiteral("media/image%1.png").arg(m_images.size() + 1);
        entry.png = png;
        m_images.append(entry);
        const qreal w = format.width() > 0 ? format.width() : image.width();
        const qreal h = format.height() > 0 ? format.height() : image.height();
        const qint64 cx = qint64(std::lround(w * EmuPerPixel));
        const qint64 cy = qint64(std::lround(h * EmuPerPixel));
        const int id = m_images.size();
        return QStringLiteral(
                   "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                   "<wp:extent cx=\"%1\" cy=\"%2\"/><wp:docPr id=\"%3\" name=\"Chart %3\"/>"
                   "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                   "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                   "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"%3\" name=\"image%3.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                   "<pic:blipFill><a:blip r:embed=\"%4\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                   "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"%1\" cy=\"%2\"/></a:xfrm>"
                   "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                   "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
            .arg(cx)
            .arg(cy)
            .arg(id)
            .arg(entry.relId);
    }

    void table(QTextTable *t, QString *out, int widthTwips)
    {
        const QTextTableFormat tf = t->format();
        if (tf.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            *out += QStringLiteral("<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before=\"0\" w:after=\"0\"/>"
                                   "</w:pPr></w:p>");
        const int columns = t->columns();
        // Column widths: the table's percentage constraints, else equal shares.
        QVector<int> widths(columns, widthTwips / std::max(1, columns));
        const QVector<QTextLength> constraints = tf.columnWidthConstraints();
        if (constraints.size() == columns) {
            for (int c = 0; c < columns; ++c) {
                if (constraints.at(c).type() == QTextLength::PercentageLength)
                    widths[c] = int(widthTwips * constraints.at(c).rawValue() / 100.0);
            }
        }
        const bool bordered = tf.border() > 0;
        *out += QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"%1\"/><w:tblW w:w=\"%2\" w:type=\"dxa\"/>"
                               "<w:tblLayout w:type=\"fixed\"/>"
                               "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
                               "</w:tblCellMar></w:tblPr><w:tblGrid>")
                    .arg(bordered ? QStringLiteral("ReportTable") : QStringLiteral("LayoutTable"))
                    .arg(widthTwips);
        for (int w : widths)
            *out += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(w);
        *out += QStringLiteral("</w:tblGrid>");
        const int headerRows = tf.headerRowCount();
        for (int r = 0; r < t->rows(); ++r) {
            *out += QStringLiteral("<w:tr>");
            if (r < headerRows)
                *out += QStringLiteral("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
            else
                *out += QStringLiteral("<w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < columns;) {
                const QTextTableCell cell = t->cellAt(r, c);
                const int span = std::max(1, cell.columnSpan());
                int w = 0;
                for (int k = c; k < c + span && k < columns; ++k)
                    w += widths.at(k);
                QString tcpr = QStringLiteral("<w:tcW w:w=\"%1\" w:type=\"dxa\"/>").arg(w);
                if (span > 1)
                    tcpr += QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(span);
                if (cell.row() != r) {
                    // Covered by a cell spanning rows from above.
                    *out += QStringLiteral("<w:tc><w:tcPr>") + tcpr
                        + QStringLiteral("<w:vMerge/></w:tcPr><w:p/></w:tc>");
                    c += span;
                    continue;
                }
                if (cell.rowSpan() > 1)
                    tcpr += QStringLiteral("<w:vMerge w:val=\"restart\"/>");
                const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                if (cellFormat.background().style() != Qt::NoBrush)
                    tcpr += QStringLiteral("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%1\"/>")
                                .arg(cellFormat.background().color().name().mid(1).toUpper());
                *out += QStringLiteral("<w:tc><w:tcPr>") + tcpr + QStringLiteral("</w:tcPr>");
                QString content;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    if (QTextFrame *child = it.currentFrame()) {
                        if (auto *inner = qobject_cast<QTextTable *>(child))
                            table(inner, &content, w - 114);
                        else
                            frame(child, &content, w - 114);
                    } else if (it.currentBlock().isValid()) {
                        paragraph(it.currentBlock(), &content);
                    }
                }
                // A cell must end with a paragraph.
                if (!content.endsWith(QLatin1String("</w:p>")))
                    content += QStringLiteral("<w:p/>");
                *out += content + QStringLiteral("</w:tc>");
                c += span;
            }
            *out += QStringLiteral("</w:tr>");
        }
        *out += QStringLiteral("</w:tbl>");
        // Two tables in a row would merge into one in Word: a paragraph between.
        *out += QStringLiteral("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>");
    }

    const QTextDocument &m_doc;
    QVector<Image> m_images;
};

QString header()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

QString contentTypes()
{
    return header()
        + QStringLiteral(
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Default Extension=\"png\" ContentType=\"image/png\"/>"
               "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
               "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
               "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
               "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/"
               "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
               "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
               "vnd.openxmlformats-package.core-properties+xml\"/>"
               "</Types>");
}

QString packageRels()
{
    return header()
        + QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/officeDocument\" Target=\"word/document.xml\"/>"
                         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                         "</Relationships>");
}

QString documentRels(const QVector<Image> &images)
{
    QString s = header()
        + QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                         "2006/relationships/styles\" Target=\"styles.xml\"/>"
                         "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                         "2006/relationships/header\" Target=\"header1.xml\"/>"
                         "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                         "2006/relationships/footer\" Target=\"footer1.xml\"/>");
    for (const Image &i : images)
        s += QStringLiteral("<Relationship Id=\"%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/image\" Target=\"%2\"/>")
                 .arg(i.relId, i.part);
    return s + QStringLiteral("</Relationships>");
}

QString coreProperties(const DocxWriter::Options &o)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return header()
        + QStringLiteral("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                         "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                         "<dc:title>%1</dc:title><dc:creator>%2</dc:creator>"
                         "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%3</dcterms:created>"
                         "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%3</dcterms:modified>"
                         "</cp:coreProperties>")
              .arg(xml(o.title), xml(o.creator), now);
}

QString styleXml(const QString &id, const QString &name, const QString &ppr, const QString &rpr, int outline = -1)
{
    QString s = QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>"
                               "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
                    .arg(id, name);
    QString p = ppr;
    if (outline >= 0)
        p += QStringLiteral("<w:outlineLvl w:val=\"%1\"/>").arg(outline);
    return s + QStringLiteral("<w:pPr>%1</w:pPr><w:rPr>%2</w:rPr></w:style>").arg(p, rpr);
}

// Sizes as in the PDF (reportrenderer.cpp): body 10.5 pt, headings 16/14/12/11 pt.
QString styles()
{
    using Role = ReportStyle::Role;
    QString s = header()
        + QStringLiteral("<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault><w:rPr>%2"
                         "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>"
                         "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"300\" "
                         "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                         "<w:qFormat/></w:style>")
              .arg(QLatin1String(WordNs), fontsXml(faceOf(Role::Body)));
    s += styleXml(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("<w:jc w:val=\"center\"/>"),
                  fontsXml(faceOf(Role::Title)) + QStringLiteral("<w:b/><w:sz w:val=\"44\"/>"));
    s += styleXml(QStringLiteral("Heading1"), QStringLiteral("heading 1"),
                  QStringLiteral("<w:keepNext/><w:spacing w:before=\"120\" w:after=\"160\"/>"),
                  fontsXml(faceOf(Role::Heading1)) + QStringLiteral("<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"), 0);
    s += styleXml(QStringLiteral("Heading2"), QStringLiteral("heading 2"),
                  QStringLiteral("<w:keepNext/><w:spacing w:before=\"280\" w:after=\"120\"/>"),
                  fontsXml(faceOf(Role::Heading2)) + QStringLiteral("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"), 1);
    s += styleXml(QStringLiteral("Heading3"), QStringLiteral("heading 3"),
                  QStringLiteral("<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>"),
                  fontsXml(faceOf(Role::Body)) + QStringLiteral("<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"), 2);
    s += styleXml(QStringLiteral("Heading4"), QStringLiteral("heading 4"),
                  QStringLiteral("<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/>"),
                  fontsXml(faceOf(Role::Body)) + QStringLiteral("<w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"), 3);
    s += QStringLiteral(
        "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/>"
        "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        "<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"
        "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
        "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/></w:tblBorders></w:tblPr>"
        "</w:style>"
        "<w:style w:type=\"table\" w:styleId=\"LayoutTable\"><w:name w:val=\"Layout Table\"/>"
        "<w:pPr><w:spacing w:before=\"0\" w:after=\"40\"/></w:pPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr>"
        "<w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/></w:rPr></w:style>"
        "</w:styles>");
    return s;
}

QString headerPart(const QString &text)
{
    return header()
        + QStringLiteral("<w:hdr xmlns:w=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
                         "<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p></w:hdr>")
              .arg(QLatin1String(WordNs), xml(text));
}

QString footerPart(const QString &pattern)
{
    // "Page %1" around Word's PAGE field.
    const int at = pattern.indexOf(QStringLiteral("%1"));
    const QString before = at < 0 ? pattern + QLatin1Char(' ') : pattern.left(at);
    const QString after = at < 0 ? QString() : pattern.mid(at + 2);
    const auto run = [](const QString &t) {
        return t.isEmpty() ? QString() : QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(xml(t));
    };
    return header()
        + QStringLiteral("<w:ftr xmlns:w=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>%2"
                         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                         "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>%3</w:p></w:ftr>")
              .arg(QLatin1String(WordNs), run(before), run(after));
}

QString documentPart(const QString &body)
{
    return header()
        + QStringLiteral(
              "<w:document xmlns:w=\"%1\" xmlns:r=\"%2\" "
              "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
              "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
              "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>%3"
              "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
              "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
              "<w:pgSz w:w=\"%4\" w:h=\"%5\"/><w:pgMar w:top=\"%6\" w:right=\"%7\" w:bottom=\"%8\" w:left=\"%7\" "
              "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>")
              .arg(QLatin1String(WordNs), QLatin1String(RelNs), body)
              .arg(PageWidthTwips)
              .arg(PageHeightTwips)
              .arg(TopMarginTwips)
              .arg(SideMarginTwips)
              .arg(BottomMarginTwips);
}

// The parts into one zip in memory, in order, XML deflated and PNG stored.
bool zipParts(const QVector<QPair<QString, QByteArray>> &parts, QByteArray *out, QString *error)
{
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = DocxWriter::tr("Could not build the Word document (%1): %2")
                         .arg(what, QString::fromUtf8(zip_error_strerror(&zerror)));
        zip_error_fini(&zerror);
        return false;
    };
    if (!buffer)
        return fail(QStringLiteral("zip_source_buffer_create"));
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerror);
    if (!archive) {
        zip_source_free(buffer);
        return fail(QStringLiteral("zip_open_from_source"));
    }
    zip_source_keep(buffer); // read back after zip_close
    for (const auto &part : parts) {
        zip_source_t *source = zip_source_buffer(archive, part.second.constData(), zip_uint64_t(part.second.size()), 0);
        const QByteArray name = part.first.toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            zip_error_set(&zerror, zip_error_code_zip(zip_get_error(archive)), 0);
            zip_discard(archive);
            zip_source_free(buffer);
            return fail(part.first);
        }
        const bool png = part.first.endsWith(QLatin1String(".png"));
        zip_set_file_compression(archive, zip_uint64_t(index), png ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        zip_error_set(&zerror, zip_error_code_zip(zip_get_error(archive)), 0);
        zip_discard(archive);
        zip_source_free(buffer);
        return fail(QStringLiteral("zip_close"));
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        return fail(QStringLiteral("zip_source_open"));
    }
    out->resize(qsizetype(st.size));
    const zip_int64_t read = zip_source_read(buffer, out->data(), st.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (read != zip_int64_t(st.size)) {
        out->clear();
        return fail(QStringLiteral("zip_source_read"));
    }
    zip_error_fini(&zerror);
    return true;
}

} // namespace

QByteArray DocxWriter::write(const QTextDocument &document, const Options &options, QString *error)
{
    Builder builder(document);
    const QString body = builder.body();
    QVector<QPair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypes().toUtf8()});
    parts.append({QStringLiteral("_rels/.rels"), packageRels().toUtf8()});
    parts.append({QStringLiteral("docProps/core.xml"), coreProperties(options).toUtf8()});
    parts.append({QStringLiteral("word/document.xml"), documentPart(body).toUtf8()});
    parts.append({QStringLiteral("word/styles.xml"), styles().toUtf8()});
    parts.append({QStringLiteral("word/header1.xml"), headerPart(options.header).toUtf8()});
    parts.append({QStringLiteral("word/footer1.xml"), footerPart(options.footer).toUtf8()});
    parts.append({QStringLiteral("word/_rels/document.xml.rels"), documentRels(builder.images()).toUtf8()});
    for (const Image &i : builder.images())
        parts.append({QStringLiteral("word/") + i.part, i.png});
    QByteArray bytes;
    if (!zipParts(parts, &bytes, error))
        return QByteArray();
    return bytes;
}
