#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace {
// The offset of the first byte that does not belong to valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
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
                         .arg(bytePosition(bytes, std::max<qsizetype>(0, firstInvalidUtf8(bytes))));
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
        const qsizetype utf8At = firstInvalidUtf8(bytes);
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
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    qsizetype fieldsPerRecord = 0;
    // Empty fields not stored yet: they are stored only when a non-empty field
    // follows them (limits.dropTrailingEmpty).
    qsizetype pendingEmpty = 0;
    QStringList above; // the last text read in each column
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    auto tooWide = [&]() {
        *error = QCoreApplication::translate("CsvReader",
                                             "line %1: a field in column %2, beyond the %3 columns a "
                                             "file of values may have")
                     .arg(current.line)
                     .arg(current.fields.size() + pendingEmpty + 1)
                     .arg(limits.maxColumns);
        return false;
    };
    auto endField = [&]() {
        if (limits.dropTrailingEmpty && field.isEmpty()) {
            ++pendingEmpty;
        } else {
            if (limits.maxColumns > 0 && current.fields.size() + pendingEmpty >= limits.maxColumns)
                return tooWide();
            for (; pendingEmpty > 0; --pendingEmpty)
                current.fields.append(QString());
            current.fields.append(std::move(field));
        }
        field = QString();
        fieldStarted = false;
        return true;
    };
    auto endRecord = [&]() {
        pendingEmpty = 0;
        const bool blank = current.fields.isEmpty() || (current.fields.size() == 1 && current.fields.first().isEmpty());
        fieldsPerRecord = std::max(fieldsPerRecord, current.fields.size());
        if (!blank) {
            if (limits.maxRecords > 0 && records->size() >= limits.maxRecords) {
                *error = QCoreApplication::translate("CsvReader",
                                                     "line %1: more than %2 lines hold text; a file of "
                                                     "values may have at most %2")
                             .arg(current.line)
                             .arg(limits.maxRecords);
                return false;
            }
            records->append(std::move(current));
        }
        current = Record();
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == separator) {
            if (!endField())
                return false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            if (!endField() || !endRecord())
                return false;
            ++line;
            current.line = line;
            current.fields.reserve(std::min<qsizetype>(fieldsPerRecord, 64));
        } else {
            // The run of plain characters up to the next separator, line break or
            // quote is appended at once: one allocation per field, not per character.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = data[end];
                if (d == separator || d == QLatin1Char('\r') || d == QLatin1Char('\n') || d == QLatin1Char('"'))
                    break;
                ++end;
            }
            const QStringView run(data + i, end - i);
            if (field.isEmpty()) {
                // Most fields are one run. A column often repeats the row above
                // (year, source, note, area): that text is shared, not copied.
                const qsizetype column = current.fields.size() + pendingEmpty;
                if (column < above.size() && QStringView(above.at(column)) == run) {
                    field = above.at(column);
                } else {
                    field = run.toString();
                    if (column < 1024) {
                        if (column >= above.size())
                            above.resize(column + 1);
                        above[column] = field;
                    }
                }
            } else {
                field.append(run);
            }
            i = end - 1;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = QCoreApplication::translate("CsvReader", "line %1: a quoted field is not closed").arg(current.line);
        return false;
    }
    if (fieldStarted || !current.fields.isEmpty() || pendingEmpty > 0) {
        if (!endField() || !endRecord())
            return false;
    }
    return true;
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
