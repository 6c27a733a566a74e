#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

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
            *error = QCoreApplication::translate("CsvReader", "The file is not UTF-8 text; choose the encoding "
                                                              "GB18030 or save it as \"CSV UTF-8\".");
        return valid;
    }
    if (name != QLatin1String("GB18030") && name != QLatin1String("GBK") && name != QLatin1String("GB2312")) {
        *error = QCoreApplication::translate("CsvReader", "%1: unknown encoding; expected UTF-8 or GB18030")
                     .arg(encoding);
        return false;
    }
    // Qt reaches GB18030 through ICU. ICU replaces bytes it cannot read with
    // U+FFFD instead of flagging an error, so a replacement character is the sign.
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *error = QCoreApplication::translate("CsvReader", "This system cannot read GB18030 text; save the file "
                                                          "as \"CSV UTF-8\".");
        return false;
    }
    *text = decoder.decode(bytes);
    if (decoder.hasError() || text->contains(QChar(QChar::ReplacementCharacter))) {
        *error = QCoreApplication::translate("CsvReader", "The file is neither UTF-8 nor GB18030 text; save it "
                                                          "as \"CSV UTF-8\".");
        return false;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

bool CsvReader::parse(const QString &text, QVector<Record> *records, QString *error, QChar separator)
{
    records->clear();
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    qsizetype fieldsPerRecord = 0;
    QStringList above; // the last text read in each column
    const QChar *data = text.constData();
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
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
            current.fields.append(std::move(field));
            field = QString();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            current.fields.append(std::move(field));
            field = QString();
            fieldStarted = false;
            const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
            fieldsPerRecord = std::max(fieldsPerRecord, current.fields.size());
            if (!blank)
                records->append(std::move(current));
            ++line;
            current = Record();
            current.line = line;
            current.fields.reserve(fieldsPerRecord);
        } else {
            // The run of plain characters up to the next separator, line break or
            // quote is appended at once: one allocation per field, not per character.
            int end = i + 1;
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
                const qsizetype column = current.fields.size();
                if (column < above.size() && QStringView(above.at(column)) == run) {
                    field = above.at(column);
                } else {
                    field = run.toString();
                    if (column >= above.size())
                        above.resize(column + 1);
                    above[column] = field;
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
    if (fieldStarted || !current.fields.isEmpty()) {
        current.fields.append(field);
        records->append(current);
    }
    return true;
}
