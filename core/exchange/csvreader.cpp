#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace {
// The offset of the first byte that does not belong to valid UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        int more = 0;
        uint code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF.
        if ((more == 2 && code < 0x800) || (more == 3 && (code < 0x10000 || code > 0x10FFFF))
            || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += more + 1;
    }
    return -1;
}

QString textPosition(const QString &text, qsizetype at)
{
    const QStringView before = QStringView(text).left(at);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return QCoreApplication::translate("CsvReader", "line %1, column %2")
        .arg(before.count(QLatin1Char('\n')) + 1)
        .arg(at - lineStart + 1);
}
} // namespace

QString CsvReader::decodeUtf8(const QByteArray &bytes, bool *valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString CsvReader::detectEncoding(const QByteArray &bytes)
{
    // Checked in place: decoding the whole file only to look for errors cost as
    // much as decoding it.
    return bytes.isValidUtf8() ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

bool CsvReader::decode(const QByteArray &bytes, const QString &encoding, QString *text, QString *error)
{
    const QString name = encoding.trimmed().toUpper();
    if (name == QLatin1String("UTF-8") || name == QLatin1String("UTF8")) {
        bool valid = false;
        *text = decodeUtf8(bytes, &valid);
        if (!valid)
            *error = QCoreApplication::translate("CsvReader",
                                                 "The file is not UTF-8 text (at %1); choose the encoding "
                                                 "GB18030 or save it as \"CSV UTF-8\".")
                         .arg(bytePosition(bytes, std::max<qsizetype>(0, invalidUtf8At(bytes))));
        return valid;
    }
    if (name != QLatin1String("GB18030") && name != QLatin1String("GBK") && name != QLatin1String("GB2312")) {
        *error =
            QCoreApplication::translate("CsvReader", "%1: unknown encoding; expected UTF-8 or GB18030").arg(encoding);
        return false;
    }
    // Qt reaches GB18030 through ICU. ICU replaces bytes it cannot read with
    // U+FFFD instead of flagging an error, so a replacement character is the sign.
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *error = QCoreApplication::translate("CsvReader",
                                             "This system cannot read GB18030 text; save the file "
                                             "as \"CSV UTF-8\".");
        return false;
    }
    *text = decoder.decode(bytes);
    if (decoder.hasError() || text->contains(QChar(QChar::ReplacementCharacter))) {
        const qsizetype utf8At = invalidUtf8At(bytes);
        *error = QCoreApplication::translate("CsvReader",
                                             "The file is neither UTF-8 nor GB18030 text (not UTF-8 at %1, "
                                             "not GB18030 at %2); save it as \"CSV UTF-8\".")
                     .arg(bytePosition(bytes, std::max<qsizetype>(0, utf8At)),
                          textPosition(*text,
                                       std::max<qsizetype>(0, text->indexOf(QChar(QChar::ReplacementCharacter)))));
        return false;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

bool CsvReader::parse(const QString &text, QVector<Record> *records, QString *error, QChar separator)
{
    return parse(text, records, error, Limits{0, 0, false}, separator);
}

bool CsvReader::parse(const QString &text, QVector<Record> *records, QString *error, const Limits &limits,
                      QChar separator)
{
    records->clear();
    Parser parser(limits, separator);
    return parser.feed(text, true, records, error);
}

CsvReader::Parser::Parser(const Limits &limits, QChar separator)
    : m_limits(limits)
    , m_separator(separator)
{
    m_current.line = 1;
}

bool CsvReader::Parser::endField(QString *error)
{
    if (m_limits.dropTrailingEmpty && m_field.isEmpty()) {
        ++m_pendingEmpty;
    } else {
        if (m_limits.maxColumns > 0 && m_current.fields.size() + m_pendingEmpty >= m_limits.maxColumns) {
            *error = QCoreApplication::translate("CsvReader",
                                                 "line %1: a field in column %2, beyond the %3 columns a "
                                                 "file of values may have")
                         .arg(m_current.line)
                         .arg(m_current.fields.size() + m_pendingEmpty + 1)
                         .arg(m_limits.maxColumns);
            return false;
        }
        for (; m_pendingEmpty > 0; --m_pendingEmpty)
            m_current.fields.append(QString());
        m_current.fields.append(std::move(m_field));
    }
    m_field = QString();
    m_fieldStarted = false;
    return true;
}

bool CsvReader::Parser::endRecord(QVector<Record> *records, QString *error)
{
    m_pendingEmpty = 0;
    const bool blank = m_current.fields.isEmpty()
        || (m_current.fields.size() == 1 && m_current.fields.first().isEmpty());
    m_fieldsPerRecord = std::max(m_fieldsPerRecord, m_current.fields.size());
    if (!blank) {
        if (m_limits.maxRecords > 0 && m_recordCount >= m_limits.maxRecords) {
            *error = QCoreApplication::translate("CsvReader",
                                                 "line %1: more than %2 lines hold text; a file of "
                                                 "values may have at most %2")
                         .arg(m_current.line)
                         .arg(m_limits.maxRecords);
            return false;
        }
        ++m_recordCount;
        records->append(std::move(m_current));
    }
    m_current = Record();
    return true;
}

bool CsvReader::Parser::feed(QStringView piece, bool last, QVector<Record> *records, QString *error)
{
    // A piece that ends inside a "" or a \r\n is read again with the next one.
    QString joined;
    QStringView text = piece;
    if (!m_carry.isEmpty()) {
        joined = m_carry;
        joined.append(piece);
        m_carry.clear();
        text = joined;
    }
    const QChar *data = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (m_inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 == n && !last) {
                    m_carry = QString(c);
                    return true;
                }
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    m_field.append(c);
                    ++i;
                } else {
                    m_inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !m_fieldStarted) {
            m_inQuotes = true;
            m_fieldStarted = true;
        } else if (c == m_separator) {
            if (!endField(error))
                return false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (i + 1 == n && !last) {
                    m_carry = QString(c);
                    return true;
                }
                if (i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                    ++i;
            }
            if (!endField(error) || !endRecord(records, error))
                return false;
            ++m_line;
            m_current.line = m_line;
            m_current.fields.reserve(std::min<qsizetype>(m_fieldsPerRecord, 64));
        } else {
            // The run of plain characters up to the next separator, line break or
            // quote is appended at once: one allocation per field, not per character.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = data[end];
                if (d == m_separator || d == QLatin1Char('\r') || d == QLatin1Char('\n') || d == QLatin1Char('"'))
                    break;
                ++end;
            }
            const QStringView run(data + i, end - i);
            if (m_field.isEmpty()) {
                // Most fields are one run. A column often repeats the row above
                // (year, source, note, area): that text is shared, not copied.
                const qsizetype column = m_current.fields.size() + m_pendingEmpty;
                if (column < m_above.size() && QStringView(m_above.at(column)) == run) {
                    m_field = m_above.at(column);
                } else {
                    m_field = run.toString();
                    if (column < 1024) {
                        if (column >= m_above.size())
                            m_above.resize(column + 1);
                        m_above[column] = m_field;
                    }
                }
            } else {
                m_field.append(run);
            }
            i = end - 1;
            m_fieldStarted = true;
        }
    }
    if (!last)
        return true;
    if (m_inQuotes) {
        *error = QCoreApplication::translate("CsvReader", "line %1: a quoted field is not closed").arg(m_current.line);
        return false;
    }
    if (m_fieldStarted || !m_current.fields.isEmpty() || m_pendingEmpty > 0) {
        if (!endField(error) || !endRecord(records, error))
            return false;
    }
    return true;
}

qsizetype CsvReader::firstInvalidUtf8(const char *bytes, qsizetype size)
{
    return invalidUtf8At(QByteArray::fromRawData(bytes, size));
}

QString CsvReader::bytePosition(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QCoreApplication::translate("CsvReader", "byte %1 (line %2, column %3)")
        .arg(offset)
        .arg(before.count('\n') + 1)
        .arg(column);
}
