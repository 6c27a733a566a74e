#include "testzip.h"

#include "exchange/xlsxreader.h"
#include "exchange/ziparchive.h"

#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

namespace {

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void put16(QByteArray *out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out->append(b, 2);
}

void put32(QByteArray *out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out->append(b, 4);
}

} // namespace

void TestZip::add(const QString &name, const QByteArray &data, bool deflate, qint64 declaredSize)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.declared = declaredSize >= 0 ? quint32(declaredSize) : e.size;
    if (deflate) {
        // qCompress: 4-byte length, then a zlib stream (2-byte header, raw deflate,
        // 4-byte Adler-32). A zip holds the raw deflate only.
        const QByteArray z = qCompress(data, 9);
        e.stored = z.mid(6, z.size() - 10);
        e.method = 8;
    } else {
        e.stored = data;
    }
    m_entries.append(e);
}

QByteArray TestZip::bytes() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(&out, 0x04034b50);
        put16(&out, 20);
        put16(&out, 0x0800); // names are UTF-8
        put16(&out, e.method);
        put16(&out, 0);
        put16(&out, 0x21);
        put32(&out, e.crc);
        put32(&out, quint32(e.stored.size()));
        put32(&out, e.declared);
        put16(&out, quint16(e.name.size()));
        put16(&out, 0);
        out += e.name;
        out += e.stored;

        put32(&central, 0x02014b50);
        put16(&central, 20);
        put16(&central, 20);
        put16(&central, 0x0800);
        put16(&central, e.method);
        put16(&central, 0);
        put16(&central, 0x21);
        put32(&central, e.crc);
        put32(&central, quint32(e.stored.size()));
        put32(&central, e.declared);
        put16(&central, quint16(e.name.size()));
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put16(&central, 0);
        put32(&central, 0);
        put32(&central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint16(m_entries.size()));
    put16(&out, quint16(m_entries.size()));
    put32(&out, quint32(central.size()));
    put32(&out, centralOffset);
    put16(&out, 0);
    return out;
}

bool TestZip::write(const QString &path) const
{
    QFile f(path);
    const QByteArray b = bytes();
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(b) == b.size();
}

QMap<QString, QByteArray> TestZip::readAll(const QString &path, QString *error)
{
    QMap<QString, QByteArray> parts;
    ZipArchive zip(path);
    if (!zip.open(error))
        return parts;
    for (const QString &name : zip.entries()) {
        QByteArray data;
        if (!zip.read(name, &data, error))
            return {};
        parts.insert(name, data);
    }
    return parts;
}

QByteArray TestZip::pack(const QMap<QString, QByteArray> &parts)
{
    TestZip zip;
    const QString types = QStringLiteral("[Content_Types].xml");
    if (parts.contains(types))
        zip.add(types, parts.value(types));
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        if (it.key() != types)
            zip.add(it.key(), it.value());
    }
    return zip.bytes();
}

QString TestZip::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray TestZip::workbook(const QByteArray &sheetXml, const QByteArray &sharedStrings, const QString &sheetName,
                             const QByteArray &styles, const QByteArray &workbookPr, const QByteArray &sheetAttributes)
{
    const QByteArray ns = "http://schemas.openxmlformats.org/";
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("[Content_Types].xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"" + ns
                     + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                       "ContentType=\"application/xml\"/></Types>");
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + ns
                     + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
                     + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                       "</Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + ns
                     + "spreadsheetml/2006/main\" xmlns:r=\"" + ns + "officeDocument/2006/relationships\">" + workbookPr
                     + "<sheets><sheet name=\"" + escape(sheetName).toUtf8() + "\" sheetId=\"1\" " + sheetAttributes
                     + " r:id=\"rId1\"/></sheets></workbook>");
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + ns
        + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId2\" Type=\"" + ns
            + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.insert(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rId3\" Type=\"" + ns
            + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";
        parts.insert(QStringLiteral("xl/styles.xml"), styles);
    }
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml);
    return pack(parts);
}

QByteArray TestZip::ods(const QByteArray &tables, const QByteArray &automaticStyles)
{
    TestZip zip;
    // As LibreOffice writes it: the mimetype first and stored.
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", false);
    zip.add(QStringLiteral("META-INF/manifest.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
            "opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
            "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry "
            "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
    zip.add(QStringLiteral("content.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" office:version=\"1.3\">"
            "<office:automatic-styles>"
                + automaticStyles
                + "</office:automatic-styles><office:body>"
                  "<office:spreadsheet>"
                + tables + "</office:spreadsheet></office:body></office:document-content>");
    return zip.bytes();
}

QByteArray TestZip::sheet(const QVector<QStringList> &rows, const QByteArray &extra)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats."
                     "org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString text = rows.at(r).at(c);
            if (text.isEmpty())
                continue;
            const QByteArray ref = (XlsxReader::columnName(c) + QString::number(r + 1)).toUtf8();
            bool number = false;
            text.toDouble(&number);
            if (number)
                xml += "<c r=\"" + ref + "\"><v>" + text.toUtf8() + "</v></c>";
            else
                xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text).toUtf8() + "</t></is></c>";
        }
        xml += "</row>";
    }
    return xml + "</sheetData>" + extra + "</worksheet>";
}

bool TestZip::fillCell(QByteArray *sheetXml, QByteArray *sharedStrings, const QString &ref, const QString &text,
                       bool number)
{
    const QRegularExpression empty(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
    const QString xml = QString::fromUtf8(*sheetXml);
    const QRegularExpressionMatch m = empty.match(xml);
    if (!m.hasMatch())
        return false;
    QString cell;
    if (number) {
        cell = QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>").arg(ref, m.captured(1), text);
    } else {
        const int index = int(sharedStrings->count("<si>"));
        sharedStrings->replace("</sst>", "<si><t>" + escape(text).toUtf8() + "</t></si></sst>");
        cell = QStringLiteral("<c r=\"%1\"%2 t=\"s\"><v>%3</v></c>").arg(ref, m.captured(1)).arg(index);
    }
    *sheetXml = QString(xml).replace(m.capturedStart(), m.capturedLength(), cell).toUtf8();
    return true;
}
