#include "xlsxreader.h"

#include "odsreader.h"

#include "io/boundedqueue.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include <charconv>
#include <cmath>

namespace {

// Refuses a DOCTYPE in any part: entity declarations are how "billion laughs" and
// external-entity attacks enter, and no spreadsheet program writes one.
bool refuseDtd(QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (xml.tokenType() != QXmlStreamReader::DTD)
        return false;
    *error = QCoreApplication::translate("XlsxReader",
                                         "%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; "
                                         "the file is refused")
                 .arg(file, part);
    return true;
}

bool xmlFailed(const QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (!xml.hasError())
        return false;
    *error = QCoreApplication::translate("XlsxReader", "%1: part %2 is damaged (XML line %3, column %4: %5)")
                 .arg(file, part)
                 .arg(xml.lineNumber())
                 .arg(xml.columnNumber())
                 .arg(xml.errorString());
    return true;
}

// The two parts that grow with the sheet (its cells and the shared strings) are
// parsed with libxml2's SAX2 parser, pulling the part through a read callback:
// QXmlStreamReader spent about 240 instructions on each byte of a sheet, nine
// tenths of reading a workbook, and libxml2 with no handlers is 1.6-1.9x faster
// than expat on the same bytes (README). The small parts (workbook,
// relationships, styles) keep QXmlStreamReader.
class SaxParser
{
public:
    // An element's attributes as libxml2 hands them over: five pointers each
    // (local name, prefix, namespace, value, end of the value), the values not
    // NUL-terminated.
    class Attributes
    {
    public:
        Attributes(const xmlChar **attributes, int count)
            : m_attributes(attributes)
            , m_count(count)
        {
        }
        // The value of the attribute `name` without a prefix; nullopt when absent.
        std::optional<std::string_view> value(std::string_view name) const
        {
            for (int i = 0; i < m_count; ++i) {
                const xmlChar *const *a = m_attributes + 5 * i;
                // Without measuring each name first: most differ in their first byte.
                const char *local = reinterpret_cast<const char *>(a[0]);
                if (a[1] == nullptr && local[0] == name[0] && std::strncmp(local, name.data(), name.size()) == 0
                    && local[name.size()] == 0)
                    return std::string_view(reinterpret_cast<const char *>(a[3]), size_t(a[4] - a[3]));
            }
            return std::nullopt;
        }
        // Calls f(name, value) for each attribute without a prefix, in order.
        template <typename F> void each(F f) const
        {
            for (int i = 0; i < m_count; ++i) {
                const xmlChar *const *a = m_attributes + 5 * i;
                if (a[1] == nullptr)
                    f(std::string_view(reinterpret_cast<const char *>(a[0])),
                      std::string_view(reinterpret_cast<const char *>(a[3]), size_t(a[4] - a[3])));
            }
        }

    private:
        const xmlChar **m_attributes;
        int m_count;
    };

    // Callbacks get the element's local name (any prefix stripped: spreadsheet
    // programs write the main namespace as the default or as x:).
    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void start(std::string_view name, const Attributes &attributes) = 0;
        virtual void end(std::string_view name) = 0;
        virtual void text(const char *s, int length) = 0;
    };

    explicit SaxParser(Handler *handler)
        : m_handler(handler)
    {
        // Once per process, before any thread parses (libxml2's rule).
        static const bool initialized = [] {
            xmlInitParser();
            return true;
        }();
        Q_UNUSED(initialized);
    }
    ~SaxParser()
    {
        if (m_context)
            xmlFreeParserCtxt(m_context);
    }
    SaxParser(const SaxParser &) = delete;
    SaxParser &operator=(const SaxParser &) = delete;

    // A handler's refusal: parsing stops, parse() returns false with `message`.
    void fail(const QString &message)
    {
        if (m_failure.isEmpty())
            m_failure = message;
        stop();
    }
    qint64 line() const { return m_context ? qint64(xmlSAX2GetLineNumber(m_context)) : 0; }

    // Reads `device` to its end.
    bool parse(QIODevice *device, const QString &file, const QString &part, QString *error)
    {
        xmlSAXHandler sax;
        std::memset(&sax, 0, sizeof sax);
        sax.initialized = XML_SAX2_MAGIC;
        sax.startElementNs = &SaxParser::onStart;
        sax.endElementNs = &SaxParser::onEnd;
        // Whitespace is text too: a <t> of one space shows one space.
        sax.characters = &SaxParser::onText;
        sax.ignorableWhitespace = &SaxParser::onText;
        sax.cdataBlock = &SaxParser::onText;
        sax.internalSubset = &SaxParser::onDoctype;
        sax.entityDecl = &SaxParser::onEntity;
        sax.serror = &SaxParser::onError;
        // Inflating (zlib and the CRC, about a sixth of the parser's thread)
        // runs ahead on a thread of its own, a few chunks at most; the queue is
        // there before libxml2 may ask for the first bytes.
        BoundedQueue<QByteArray> chunks(4);
        m_chunks = &chunks;
        std::thread inflating([&] {
            for (;;) {
                QByteArray chunk(ChunkSize, Qt::Uninitialized);
                const qint64 n = device->read(chunk.data(), chunk.size());
                if (n <= 0)
                    break;
                chunk.truncate(n);
                if (!chunks.push(std::move(chunk)))
                    break;
            }
            chunks.finish();
        });
        int status = -1;
        m_context = xmlCreateIOParserCtxt(&sax, this, &SaxParser::onRead, nullptr, this, XML_CHAR_ENCODING_NONE);
        if (m_context) {
            // No network, no DTD loaded, no entity of a DTD substituted; the depth,
            // name and text limits stay libxml2's defaults (no XML_PARSE_HUGE).
            xmlCtxtUseOptions(m_context, XML_PARSE_NONET | XML_PARSE_NOCDATA);
            status = xmlParseDocument(m_context);
        }
        chunks.stop(); // the parser may have stopped before the end
        inflating.join();
        m_chunks = nullptr;
        if (!m_context) {
            *error = damaged(file, part);
            return false;
        }
        if (m_doctype) {
            *error = QCoreApplication::translate("XlsxReader",
                                                 "%1: part %2: a document type declaration (DOCTYPE or "
                                                 "ENTITY) is not allowed; the file is refused")
                         .arg(file, part);
            return false;
        }
        if (!m_failure.isEmpty()) {
            *error = m_failure;
            return false;
        }
        if (!ZipArchive::partError(device).isEmpty()) {
            *error = ZipArchive::partError(device);
            return false;
        }
        if (status != 0 || !m_context->wellFormed || !m_error.isEmpty()) {
            *error = damaged(file, part);
            return false;
        }
        return true;
    }

private:
    void stop()
    {
        if (m_context)
            xmlStopParser(m_context);
    }
    QString damaged(const QString &file, const QString &part) const
    {
        return QCoreApplication::translate("XlsxReader", "%1: part %2 is damaged (XML line %3, column %4: %5)")
            .arg(file, part)
            .arg(m_errorLine)
            .arg(m_errorColumn)
            .arg(m_error.isEmpty() ? QStringLiteral("not well-formed") : m_error);
    }
    static SaxParser *self(void *data) { return static_cast<SaxParser *>(data); }
    static void onStart(void *data, const xmlChar *name, const xmlChar *, const xmlChar *, int, const xmlChar **,
                        int count, int, const xmlChar **attributes)
    {
        self(data)->m_handler->start(std::string_view(reinterpret_cast<const char *>(name)),
                                     Attributes(attributes, count));
    }
    static void onEnd(void *data, const xmlChar *name, const xmlChar *, const xmlChar *)
    {
        self(data)->m_handler->end(std::string_view(reinterpret_cast<const char *>(name)));
    }
    static void onText(void *data, const xmlChar *s, int length)
    {
        self(data)->m_handler->text(reinterpret_cast<const char *>(s), length);
    }
    // Entity declarations are how "billion laughs" and external-entity attacks
    // enter, and no spreadsheet program writes a DOCTYPE.
    static void onDoctype(void *data, const xmlChar *, const xmlChar *, const xmlChar *)
    {
        self(data)->m_doctype = true;
        self(data)->stop();
    }
    static void onEntity(void *data, const xmlChar *, int, const xmlChar *, const xmlChar *, xmlChar *)
    {
        self(data)->m_doctype = true;
        self(data)->stop();
    }
    // The first error is the one shown; warnings and namespace errors (an
    // undeclared prefix, which expat and spreadsheet programs let pass) are not
    // damage. Nothing goes to stderr.
    static void onError(void *data, xmlErrorPtr error)
    {
        SaxParser *parser = self(data);
        if (!error || error->level != XML_ERR_FATAL || !parser->m_error.isEmpty() || error->code == XML_ERR_USER_STOP)
            return;
        parser->m_error = QString::fromUtf8(error->message).trimmed();
        // The limits' messages tell a programmer which option lifts them.
        const qsizetype hint = parser->m_error.indexOf(QLatin1String("XML_PARSE_HUGE"));
        if (hint >= 0) {
            parser->m_error.truncate(hint);
            parser->m_error.remove(QRegularExpression(QStringLiteral("[,;:]?\\s*(use|with)?\\s*$")));
            parser->m_error += XlsxReader::tr(", beyond what the XML parser takes from a file");
        }
        parser->m_errorLine = error->line;
        parser->m_errorColumn = error->int2;
    }
    // A part device says -1 at its end, or on a broken limit or checksum: the
    // parser then sees the end, and parse() names the device's problem.
    static int onRead(void *data, char *buffer, int length)
    {
        SaxParser *parser = self(data);
        if (parser->m_offset == parser->m_chunk.size()) {
            parser->m_offset = 0;
            if (!parser->m_chunks->pop(&parser->m_chunk)) {
                parser->m_chunk.clear();
                return 0;
            }
        }
        const int n = int(qMin(qsizetype(length), parser->m_chunk.size() - parser->m_offset));
        std::memcpy(buffer, parser->m_chunk.constData() + parser->m_offset, size_t(n));
        parser->m_offset += n;
        return n;
    }

    static constexpr int ChunkSize = 64 * 1024;

    xmlParserCtxtPtr m_context = nullptr;
    Handler *m_handler;
    BoundedQueue<QByteArray> *m_chunks = nullptr;
    QByteArray m_chunk;
    qsizetype m_offset = 0;
    QString m_failure;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_doctype = false;
};

// The text of <t> elements outside phonetic runs (<rPh>) inside <si> or <is>.
struct RichText
{
    int phonetic = 0;
    bool inText = false;
    QByteArray utf8;

    void start(std::string_view name)
    {
        if (name == "rPh")
            ++phonetic;
        else if (name == "t" && phonetic == 0)
            inText = true;
    }
    void end(std::string_view name)
    {
        if (name == "rPh")
            --phonetic;
        else if (name == "t")
            inText = false;
    }
    void text(const char *s, int length)
    {
        if (inText)
            utf8.append(s, length);
    }
    QString take()
    {
        const QString out = XlsxReader::decodeEscapes(QString::fromUtf8(utf8));
        reset();
        return out;
    }
    void reset()
    {
        utf8.resize(0); // keeps its buffer for the next cell
        phonetic = 0;
        inText = false;
    }
};

// An attribute's whole text as a decimal number; what from_chars does not take
// (spaces, a sign) goes through QByteArray's rules, as before.
int attributeInt(std::string_view text, bool *ok = nullptr)
{
    const char *end = text.data() + text.size();
    int value = 0;
    const auto parsed = std::from_chars(text.data(), end, value);
    if (parsed.ec == std::errc() && parsed.ptr == end) {
        if (ok)
            *ok = true;
        return value;
    }
    return QByteArrayView(text.data(), qsizetype(text.size())).toInt(ok);
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// "C12" as bytes, the common case of every cell: false for anything else, which
// then goes through XlsxReader::parseCellReference and its message.
bool parseAsciiReference(std::string_view ref, int *row, int *column)
{
    const char *p = ref.data();
    const char *const end = p + ref.size();
    int col = 0;
    for (; p != end && *p >= 'A' && *p <= 'Z'; ++p) {
        col = col * 26 + (*p - 'A' + 1);
        if (col > 16384)
            return false;
    }
    if (p == ref.data())
        return false;
    int r = 0;
    const char *digits = p;
    for (; p != end && *p >= '0' && *p <= '9'; ++p) {
        r = r * 10 + (*p - '0');
        if (r > 1048576)
            return false;
    }
    if (p == digits || p != end || r < 1)
        return false;
    *row = r;
    *column = col - 1;
    return true;
}

// Relationship id -> target part, resolved against the folder of `owner`.
bool readRelationships(ZipArchive &zip, const QString &owner, const QString &file, QHash<QString, QString> *targets,
                       QHash<QString, QString> *types, QString *error)
{
    // The package's own relationships (owner empty) live in _rels/.rels.
    const QFileInfo info(owner);
    const QString dir = owner.isEmpty() || info.path() == QLatin1String(".") ? QString() : info.path();
    const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/")
        + (owner.isEmpty() ? QString() : info.fileName()) + QStringLiteral(".rels");
    if (!zip.contains(relsPart))
        return true;
    QByteArray bytes;
    if (!zip.read(relsPart, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, relsPart, error))
            return false;
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            const QString resolved = target.startsWith(QLatin1Char('/'))
                ? target.mid(1)
                : QDir::cleanPath((dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + target);
            const QString id = xml.attributes().value(QLatin1String("Id")).toString();
            targets->insert(id, resolved);
            types->insert(id, xml.attributes().value(QLatin1String("Type")).toString());
        }
    }
    return !xmlFailed(xml, file, relsPart, error);
}

// Concatenates the <t> runs of a string item, leaving out phonetic guides (<rPh>).
// A device of ZipArchive::openPart stops on a broken limit or checksum; that is
// the message, rather than the XML parser's "premature end".
bool partFailed(const QIODevice *device, QString *error)
{
    const QString failure = ZipArchive::partError(device);
    if (failure.isEmpty())
        return false;
    *error = failure;
    return true;
}

bool readSharedStrings(ZipArchive &zip, const QString &part, const QString &file, QStringList *strings, QString *error)
{
    const std::unique_ptr<QIODevice> device = zip.openPart(part, error);
    if (!device)
        return false;
    struct Strings : SaxParser::Handler
    {
        QStringList *out = nullptr;
        RichText rich;
        bool inItem = false;
        void start(std::string_view name, const SaxParser::Attributes &) override
        {
            if (name == "si") {
                inItem = true;
                rich.take();
            } else if (inItem) {
                rich.start(name);
            }
        }
        void end(std::string_view name) override
        {
            if (name == "si") {
                out->append(rich.take());
                inItem = false;
            } else if (inItem) {
                rich.end(name);
            }
        }
        void text(const char *s, int length) override { rich.text(s, length); }
    } handler;
    handler.out = strings;
    SaxParser parser(&handler);
    return parser.parse(device.get(), file, part, error) && !partFailed(device.get(), error);
}

// The number format of each cell style (cellXfs, by the cells' s="" index).
bool readStyles(ZipArchive &zip, const QString &part, const QString &file, QVector<XlsxReader::Format> *formats,
                QString *error)
{
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QHash<int, XlsxReader::Format> custom;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, part, error))
            return false;
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          XlsxReader::classifyFormat(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            formats->append(custom.contains(id) ? custom.value(id) : XlsxReader::builtinFormat(id));
            xml.skipCurrentElement();
        }
    }
    return !xmlFailed(xml, file, part, error);
}

// Excel stores 92.6 as "92.599999999999994"; people typed 92.6.
QString numberText(const QString &v)
{
    if (v.size() <= 15 && !v.contains(QLatin1Char('E')) && !v.contains(QLatin1Char('e')))
        return v;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? QString::number(d, 'f', QLocale::FloatingPointShortest) : v;
}

bool parseRange(const QString &text, XlsxReader::Range *range)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    range->text = text;
    if (!XlsxReader::parseCellReference(parts.value(0), &range->firstRow, &range->firstColumn))
        return false;
    if (parts.size() == 1) {
        range->lastRow = range->firstRow;
        range->lastColumn = range->firstColumn;
        return true;
    }
    return XlsxReader::parseCellReference(parts.value(1), &range->lastRow, &range->lastColumn);
}

int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// An ISO date or date-time (t="d" cells, ODS office:date-value) as seen.
QString isoDateText(const QString &iso)
{
    const QString date = iso.left(10);
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return iso;
    QString time = iso.mid(11, 8);
    if (time.isEmpty() || time == QLatin1String("00:00:00"))
        return date;
    if (time.endsWith(QLatin1String(":00")))
        time.chop(3);
    return date + QLatin1Char(' ') + time;
}

} // namespace

QStringList XlsxReader::Sheet::row(int i, int width) const
{
    QStringList out;
    const int begin = rowStart.at(i);
    const int end = i + 1 < rowStart.size() ? rowStart.at(i + 1) : int(cells.size());
    int w = end > begin ? cells.at(end - 1).column + 1 : 0;
    if (width >= 0)
        w = qMin(w, width);
    out.reserve(w);
    for (int k = begin; k < end && cells.at(k).column < w; ++k) {
        while (out.size() < cells.at(k).column)
            out.append(QString());
        out.append(cells.at(k).text);
    }
    return out;
}

int XlsxReader::Sheet::rowWidth(int i) const
{
    const int end = i + 1 < rowStart.size() ? rowStart.at(i + 1) : int(cells.size());
    return end > rowStart.at(i) ? cells.at(end - 1).column + 1 : 0;
}

void XlsxReader::Sheet::beginRow(int number)
{
    rowStart.append(int(cells.size()));
    rowNumbers.append(number);
}

void XlsxReader::Sheet::addCell(int column, const QString &text)
{
    if (text.isEmpty())
        return;
    // A cell written twice (hand-made files) keeps its last text.
    if (cells.size() > rowStart.last() && cells.last().column >= column) {
        if (cells.last().column == column) {
            cells.last().text = text;
            return;
        }
        // Out of order: insert in place, rows are short.
        int at = int(cells.size());
        while (at > rowStart.last() && cells.at(at - 1).column > column)
            --at;
        if (at > rowStart.last() && cells.at(at - 1).column == column)
            cells[at - 1].text = text;
        else
            cells.insert(at, Cell{column, text});
        return;
    }
    cells.append(Cell{column, text});
}

void XlsxReader::Sheet::endRow()
{
    // A row without text is not kept.
    if (!rowStart.isEmpty() && rowStart.last() == cells.size()) {
        rowStart.removeLast();
        rowNumbers.removeLast();
    }
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool XlsxReader::parseCellReference(QStringView reference, int *row, int *column)
{
    int i = 0;
    int col = 0;
    while (i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        col = col * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *row = r;
    *column = col - 1;
    return true;
}

QString XlsxReader::location(const Sheet &sheet, int row, int column)
{
    if (sheet.csv) {
        if (column < 0)
            return tr("%1: line %2").arg(sheet.fileName).arg(row);
        return tr("%1: line %2, column %3").arg(sheet.fileName).arg(row).arg(columnName(column));
    }
    if (column < 0)
        return tr("%1: sheet %2: row %3").arg(sheet.fileName, sheet.name).arg(row);
    return tr("%1: sheet %2: row %3, column %4").arg(sheet.fileName, sheet.name).arg(row).arg(columnName(column));
}

QString XlsxReader::decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int d = hexDigit(text.at(i + k));
                hex = d >= 0;
                code = code * 16 + d;
            }
            if (hex) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QString XlsxReader::shiftedDecimal(double value, int shift)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string s(buffer, result.ptr);
    // "-6.83e-01": sign, digits without the point, exponent.
    const bool negative = s.front() == '-';
    const size_t e = s.find('e');
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < e; ++i) {
        if (s[i] != '.')
            digits += s[i];
    }
    const int exponent = std::stoi(s.substr(e + 1));
    const int point = exponent + 1 + shift; // digits before the decimal point
    std::string out;
    if (point <= 0)
        out = "0." + std::string(size_t(-point), '0') + digits;
    else if (point >= int(digits.size()))
        out = digits + std::string(size_t(point - int(digits.size())), '0');
    else
        out = digits.substr(0, size_t(point)) + "." + digits.substr(size_t(point));
    return QString::fromLatin1((negative ? "-" : "") + out);
}

QString XlsxReader::dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // after 9999-12-31
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QString time;
    if (seconds > 0) {
        time = QStringLiteral("%1:%2")
                   .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                   .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
        if (seconds % 60)
            time += QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        return time.isEmpty() ? QStringLiteral("1900-01-00") : time; // a time of day alone
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    return time.isEmpty() ? date : date + QLatin1Char(' ') + time;
}

XlsxReader::Format XlsxReader::classifyFormat(const QString &code)
{
    bool percent = false;
    const int n = int(code.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            while (++i < n && code.at(i) != QLatin1Char('"')) {
            }
        } else if (c == QLatin1Char('[')) {
            while (++i < n && code.at(i) != QLatin1Char(']')) {
            }
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else {
            const char16_t l = c.toLower().unicode();
            if (l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's')
                return Format::Date;
        }
    }
    return percent ? Format::Percent : Format::General;
}

XlsxReader::Format XlsxReader::builtinFormat(int id)
{
    if (id == 9 || id == 10)
        return Format::Percent;
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return Format::Date;
    return Format::General;
}

QString XlsxReader::isoDateText(const QString &iso)
{
    return ::isoDateText(iso);
}

namespace {
// A worksheet is read on two threads: one inflates the part and parses it with
// libxml2 (SheetScanner), the other makes each cell's text and stores it
// (SheetBuilder). The parser is most of the reading (README); the scanner hands
// the cells over in batches, as their raw bytes.

// t="…" of a cell.
enum class CellType : quint8 { Number, Shared, Bool, Error, Date, Formula, Other };

CellType cellType(std::optional<std::string_view> t)
{
    if (!t || t->empty() || *t == "n")
        return CellType::Number;
    if (*t == "s")
        return CellType::Shared;
    if (*t == "b")
        return CellType::Bool;
    if (*t == "e")
        return CellType::Error;
    if (*t == "d")
        return CellType::Date;
    if (*t == "str")
        return CellType::Formula;
    return CellType::Other; // inlineStr, or a type no program writes: the inline text, if any
}

struct SheetEvent
{
    enum Kind : quint8 { BeginRow, Cell, EndRow, EndRowChecked }; // EndRowChecked: </row>, the rows limit applies
    Kind kind = Cell;
    CellType type = CellType::Number;
    bool formula = false;
    int row = 0;
    int column = 0;
    int style = 0;
    int value = 0; // offset and length of the <v> bytes in the batch's bytes
    int valueLength = 0;
    int rich = 0; // and of the inline string's
    int richLength = 0;
};

struct SheetBatch
{
    std::vector<SheetEvent> events;
    std::string bytes;
    QByteArrayView view(int offset, int length) const { return QByteArrayView(bytes.data() + offset, length); }
};

// At most four full batches wait between the scanner and the builder.
using SheetQueue = BoundedQueue<SheetBatch>;

// The parsing thread's side: rows and cells in order, their references checked,
// each cell's type, style and bytes passed on.
class SheetScanner : public SaxParser::Handler
{
public:
    static constexpr size_t kBatch = 4096;

    // `where` holds the file's and the sheet's names for messages.
    SheetScanner(const XlsxReader::Sheet &where, const QString &file, const QString &part, SheetQueue *queue)
        : m_where(where)
        , m_file(file)
        , m_part(part)
        , m_queue(queue)
    {
        m_batch.events.reserve(kBatch);
    }

    SaxParser *parser = nullptr;
    QVector<XlsxReader::Range> merged;

    void closeRow(SheetEvent::Kind kind = SheetEvent::EndRow)
    {
        if (m_inRow)
            add(kind);
        m_inRow = false;
    }
    // Hands over what is left; false when the builder stopped.
    bool flush()
    {
        if (m_batch.events.empty())
            return true;
        const bool taken = m_queue->push(std::move(m_batch));
        m_batch = SheetBatch();
        m_batch.events.reserve(kBatch);
        return taken;
    }

    void start(std::string_view name, const SaxParser::Attributes &attributes) override
    {
        if (m_inCell) {
            if (m_inInline) {
                m_rich.start(name);
            } else if (name == "f") {
                m_formula = true;
                m_capture = false;
            } else if (name == "v") {
                // Straight into the batch; a second <v> replaces the first.
                m_capture = true;
                m_batch.bytes.resize(m_valueStart);
            } else if (name == "is") {
                m_inInline = true;
                m_rich.reset();
            }
            return;
        }
        if (name == "row") {
            closeRow();
            const std::optional<std::string_view> r = attributes.value("r");
            bool ok = false;
            const int number = r ? attributeInt(*r, &ok) : 0;
            const int next = ok ? number : m_rowNumber + 1;
            if (next <= m_rowNumber || next > 1048576)
                return parser->fail(
                    XlsxReader::tr("%1: the row number %2 is damaged (rows must come in order, up to 1048576)")
                        .arg(XlsxReader::location(m_where, m_rowNumber))
                        .arg(next));
            m_rowNumber = next;
            m_column = -1;
            add(SheetEvent::BeginRow);
            m_inRow = true;
        } else if (name == "c") {
            if (!m_inRow)
                return parser->fail(XlsxReader::tr("%1: part %2 is damaged (a cell outside a row, XML line %3)")
                                        .arg(m_file, m_part)
                                        .arg(parser->line()));
            int r = m_rowNumber;
            int c = m_column + 1;
            // One pass over the attributes: r, t and s are all a cell has.
            std::string_view ref;
            std::optional<std::string_view> type;
            std::optional<std::string_view> style;
            attributes.each([&](std::string_view key, std::string_view value) {
                if (key.size() != 1)
                    return;
                if (key[0] == 'r')
                    ref = value;
                else if (key[0] == 't')
                    type = value;
                else if (key[0] == 's')
                    style = value;
            });
            if (!ref.empty() && !parseAsciiReference(ref, &r, &c)
                && !XlsxReader::parseCellReference(QString::fromLatin1(ref.data(), qsizetype(ref.size())), &r, &c))
                return parser->fail(XlsxReader::tr("%1: the cell reference %2 is damaged")
                                        .arg(XlsxReader::location(m_where, m_rowNumber), utf8(ref)));
            if (r != m_rowNumber)
                return parser->fail(XlsxReader::tr("%1: the cell %2 lies outside its row; the file is damaged")
                                        .arg(XlsxReader::location(m_where, m_rowNumber), utf8(ref)));
            m_column = c;
            if (c >= XlsxReader::MaxColumns)
                return parser->fail(XlsxReader::tr("%1: the table is wider than %2 columns")
                                        .arg(XlsxReader::location(m_where, r, c))
                                        .arg(XlsxReader::MaxColumns));
            m_type = cellType(type);
            m_style = style ? attributeInt(*style) : 0;
            m_inCell = true;
            m_formula = false;
            m_inInline = false;
            m_capture = false;
            m_valueStart = m_valueEnd = m_batch.bytes.size();
            m_rich.reset();
        } else if (name == "mergeCell") {
            XlsxReader::Range range;
            const std::optional<std::string_view> ref = attributes.value("ref");
            if (ref && parseRange(utf8(*ref), &range))
                merged.append(range);
        }
    }

    void end(std::string_view name) override
    {
        if (m_inCell) {
            if (m_inInline) {
                if (name == "is")
                    m_inInline = false; // the text stays in m_rich until the cell ends
                else
                    m_rich.end(name);
                return;
            }
            if (name == "v") {
                m_capture = false;
                m_valueEnd = m_batch.bytes.size();
            } else if (name == "c") {
                m_inCell = false;
                add(SheetEvent::Cell);
            }
            return;
        }
        if (name == "row")
            closeRow(SheetEvent::EndRowChecked);
    }

    void text(const char *s, int length) override
    {
        if (m_inInline)
            m_rich.text(s, length);
        else if (m_capture)
            m_batch.bytes.append(s, size_t(length));
    }

private:
    void add(SheetEvent::Kind kind)
    {
        SheetEvent e;
        e.kind = kind;
        e.row = m_rowNumber;
        if (kind == SheetEvent::Cell) {
            e.type = m_type;
            e.formula = m_formula;
            e.column = m_column;
            e.style = m_style;
            e.value = int(m_valueStart);
            e.valueLength = int(m_valueEnd - m_valueStart);
            m_batch.bytes.resize(m_valueEnd); // nothing after </v> is the value
            e.rich = int(m_batch.bytes.size());
            e.richLength = int(m_rich.utf8.size());
            m_batch.bytes.append(m_rich.utf8.constData(), size_t(m_rich.utf8.size()));
        }
        m_batch.events.push_back(e);
        // A batch of 4,096 events, or one that holds a few long texts.
        if ((m_batch.events.size() >= kBatch || m_batch.bytes.size() >= (1 << 20)) && !flush())
            parser->fail(QStringLiteral("stopped")); // the builder's own message is the one reported
    }

    const XlsxReader::Sheet &m_where;
    const QString &m_file;
    const QString &m_part;
    SheetQueue *m_queue;
    SheetBatch m_batch;
    int m_rowNumber = 0;
    int m_column = -1;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_formula = false;
    bool m_capture = false;
    CellType m_type = CellType::Number;
    int m_style = 0;
    size_t m_valueStart = 0; // the current cell's <v> bytes in m_batch.bytes
    size_t m_valueEnd = 0;
    RichText m_rich;
};

// The calling thread's side: each cell's text as the spreadsheet shows it, into
// the sheet, with the problems of its cells and the rows limit.
class SheetBuilder
{
public:
    SheetBuilder(XlsxReader::Sheet *sheet, const QStringList &shared, const QVector<XlsxReader::Format> &formats,
                 bool date1904, const XlsxReader::Limits &limits)
        : m_sheet(sheet)
        , m_shared(shared)
        , m_formats(formats)
        , m_date1904(date1904)
        , m_limits(limits)
    {
    }

    // False, with `error`, at the first cell or row that refuses the file.
    bool apply(const SheetBatch &batch, QString *error)
    {
        for (const SheetEvent &e : batch.events) {
            switch (e.kind) {
            case SheetEvent::BeginRow:
                m_sheet->beginRow(e.row);
                break;
            case SheetEvent::EndRow:
            case SheetEvent::EndRowChecked:
                m_sheet->endRow();
                if (e.kind == SheetEvent::EndRowChecked && m_sheet->rowCount() > m_limits.maxRows) {
                    *error = XlsxReader::tr(
                                 "%1: more than %2 rows hold text; a file of values may have at most %2 rows")
                                 .arg(XlsxReader::location(*m_sheet, e.row))
                                 .arg(m_limits.maxRows);
                    return false;
                }
                break;
            case SheetEvent::Cell:
                if (!addCell(e, batch.view(e.value, e.valueLength), batch.view(e.rich, e.richLength), error))
                    return false;
                break;
            }
        }
        return true;
    }

private:
    // An <is> string inside a cell of another type, as older versions read it.
    static QString inlineText(QByteArrayView rich) { return XlsxReader::decodeEscapes(QString::fromUtf8(rich)); }

    // The text a cell shows, from its type, style and the bytes of its <v> (or
    // of its inline string).
    QString cellText(const SheetEvent &e, QByteArrayView raw, QByteArrayView rich)
    {
        using Format = XlsxReader::Format;
        switch (e.type) {
        case CellType::Other:
            return inlineText(rich);
        case CellType::Bool:
            if (raw.isEmpty())
                return inlineText(rich);
            return raw == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        case CellType::Error: {
            const QString value = QString::fromUtf8(raw);
            m_sheet->problems.append({e.row, e.column,
                                      XlsxReader::tr("%1: the cell shows the error %2; correct it, or clear the cell")
                                          .arg(XlsxReader::location(*m_sheet, e.row, e.column), value)});
            return value;
        }
        case CellType::Date:
            return XlsxReader::isoDateText(QString::fromUtf8(raw));
        case CellType::Formula:
            return XlsxReader::decodeEscapes(QString::fromUtf8(raw));
        case CellType::Number:
        case CellType::Shared:
            break;
        }
        const QString value = QString::fromUtf8(raw);
        QString text = numberText(value);
        const Format format = e.style >= 0 && e.style < m_formats.size() ? m_formats.at(e.style) : Format::General;
        if (format != Format::General && !value.isEmpty()) {
            bool ok = false;
            const double d = value.toDouble(&ok);
            if (ok && format == Format::Percent) {
                text = XlsxReader::shiftedDecimal(d, 2) + QLatin1Char('%');
            } else if (ok) {
                const QString date = XlsxReader::dateText(d, m_date1904);
                if (!date.isEmpty())
                    text = date;
            }
        }
        return text;
    }

    bool addCell(const SheetEvent &e, QByteArrayView value, QByteArrayView rich, QString *error)
    {
        const int r = e.row;
        const int c = e.column;
        QString text;
        if (e.type == CellType::Shared) {
            if (!value.isEmpty()) { // <v/>: an empty cell, as openpyxl reads it
                int index = -1;
                const char *end = value.data() + value.size();
                const auto parsed = std::from_chars(value.data(), end, index);
                if (parsed.ec != std::errc() || parsed.ptr != end || index < 0 || index >= m_shared.size()) {
                    *error = XlsxReader::tr(
                                 "%1: the cell points to a shared string that does not exist; the file is damaged")
                                 .arg(XlsxReader::location(*m_sheet, r, c));
                    return false;
                }
                text = m_shared.at(index);
            } else {
                text = inlineText(rich);
            }
        } else if (e.type != CellType::Error && (e.type == CellType::Other || rich.isEmpty())
                   && c < XlsxReader::MaxColumns) {
            // A column mostly repeats its texts (a year, a source, an area): the
            // same bytes, type and style as the cell above share its text.
            const QByteArrayView raw = e.type == CellType::Other ? rich : value;
            if (c >= int(m_above.size()))
                m_above.resize(c + 1);
            Above &above = m_above[c];
            if (above.valid && above.type == e.type && above.style == e.style && QByteArrayView(above.raw) == raw) {
                text = above.text;
            } else {
                text = cellText(e, value, rich);
                above.valid = true;
                above.type = e.type;
                above.style = e.style;
                above.raw.resize(0); // its own buffer, kept from cell to cell
                above.raw.append(raw);
                above.text = text;
            }
        } else {
            text = cellText(e, value, rich);
        }
        if (e.formula)
            m_sheet->problems.append({r, c,
                                      XlsxReader::tr("%1: formulas are not read; paste values (Paste Special, Values) "
                                                     "instead")
                                          .arg(XlsxReader::location(*m_sheet, r, c))});
        m_sheet->addCell(c, text);
        return true;
    }

    struct Above
    {
        bool valid = false;
        CellType type = CellType::Number;
        int style = 0;
        QByteArray raw;
        QString text;
    };

    XlsxReader::Sheet *m_sheet;
    const QStringList &m_shared;
    const QVector<XlsxReader::Format> &m_formats;
    bool m_date1904;
    const XlsxReader::Limits &m_limits;
    std::vector<Above> m_above;
};
} // namespace

bool XlsxReader::read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName)
{
    return read(path, sheet, error, sheetName, Limits());
}

bool XlsxReader::read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName, const Limits &limits,
                      bool *ods)
{
    *sheet = Sheet();
    sheet->fileName = QFileInfo(path).fileName();
    const QString file = sheet->fileName;
    ZipArchive zip(path, limits.zip);
    if (!zip.open(error))
        return false;
    if (OdsReader::isOds(zip)) {
        if (ods)
            *ods = true;
        return OdsReader::read(zip, file, sheet, error, sheetName, limits);
    }

    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    if (!readRelationships(zip, QString(), file, &targets, &types, error))
        return false;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        if (it.value().endsWith(QLatin1String("/officeDocument")))
            workbookPart = targets.value(it.key());
    }
    if (!zip.contains(workbookPart)) {
        *error = tr("%1: not a spreadsheet (.xlsx) file: it has no workbook part").arg(file);
        return false;
    }
    targets.clear();
    types.clear();
    if (!readRelationships(zip, workbookPart, file, &targets, &types, error))
        return false;

    // The sheets in workbook order: name and relationship id.
    QByteArray bytes;
    if (!zip.read(workbookPart, &bytes, error))
        return false;
    QString sheetPart;
    QStringList names;
    QStringList hidden;
    bool date1904 = false;
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, file, workbookPart, error))
                return false;
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView v = a.value(QLatin1String("date1904"));
                date1904 = v == u"1" || v == u"true";
                continue;
            }
            if (xml.name() != u"sheet")
                continue;
            const QString name = a.value(QLatin1String("name")).toString();
            const QString state = a.value(QLatin1String("state")).toString();
            names.append(name);
            const bool visible = state.isEmpty() || state == QLatin1String("visible");
            if (!visible)
                hidden.append(name);
            const bool wanted = sheetName.isEmpty() ? visible : name == sheetName;
            if (wanted && sheetPart.isEmpty()) {
                // r:id; transitional and strict OOXML use different namespaces.
                for (const QXmlStreamAttribute &attribute : a) {
                    if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        sheetPart = targets.value(attribute.value().toString());
                }
                sheet->name = name;
            }
        }
        if (xmlFailed(xml, file, workbookPart, error))
            return false;
    }
    sheet->sheetNames = names;
    if (sheetPart.isEmpty() && sheetName.isEmpty() && !hidden.isEmpty() && hidden.size() == names.size()) {
        *error = tr("%1: the workbook's only sheets are hidden (%2); unhide the sheet with the values "
                    "(Excel and WPS: right-click a sheet tab, Unhide; LibreOffice: Sheet, Show Sheet), "
                    "save and import again")
                     .arg(file, hidden.join(QStringLiteral(", ")));
        return false;
    }
    if (sheetPart.isEmpty() || !zip.contains(sheetPart)) {
        *error = sheetName.isEmpty()
            ? tr("%1: the workbook has no worksheet").arg(file)
            : tr("%1: there is no sheet %2; the sheets are %3").arg(file, sheetName, names.join(QStringLiteral(", ")));
        return false;
    }

    QStringList shared;
    QString sharedPart;
    QString stylesPart;
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            sharedPart = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            stylesPart = targets.value(it.key());
    }
    if (sharedPart.isEmpty() && zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (stylesPart.isEmpty() && zip.contains(QStringLiteral("xl/styles.xml")))
        stylesPart = QStringLiteral("xl/styles.xml");
    if (!sharedPart.isEmpty() && zip.contains(sharedPart) && !readSharedStrings(zip, sharedPart, file, &shared, error))
        return false;
    QVector<Format> formats;
    if (!stylesPart.isEmpty() && zip.contains(stylesPart) && !readStyles(zip, stylesPart, file, &formats, error))
        return false;

    bytes.clear();
    const std::unique_ptr<QIODevice> device = zip.openPart(sheetPart, error);
    if (!device)
        return false;
    // The scanner's messages name the file and sheet from a copy of their names:
    // the builder writes the sheet meanwhile.
    XlsxReader::Sheet where;
    where.fileName = sheet->fileName;
    where.name = sheet->name;
    SheetQueue queue(4);
    SheetScanner scanner(where, file, sheetPart, &queue);
    QString parseError;
    bool parsed = false;
    std::thread parsing([&] {
        SaxParser parser(&scanner);
        scanner.parser = &parser;
        parsed = parser.parse(device.get(), file, sheetPart, &parseError) && !partFailed(device.get(), &parseError);
        if (parsed)
            scanner.closeRow();
        scanner.flush(); // what came before a failure: a cell there may refuse the file first
        queue.finish();
    });
    SheetBuilder builder(sheet, shared, formats, date1904, limits);
    QString buildError;
    SheetBatch batch;
    while (queue.pop(&batch)) {
        if (!builder.apply(batch, &buildError)) {
            queue.stop();
            break;
        }
    }
    parsing.join();
    // The first problem in the file's order: the builder's cells all came before
    // the point where the scanner stopped.
    if (!buildError.isEmpty()) {
        *error = buildError;
        return false;
    }
    if (!parsed) {
        *error = parseError;
        return false;
    }
    sheet->merged = scanner.merged;
    return true;
}
