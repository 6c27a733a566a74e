#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

QString CsvReader::decodeUtf8(const QByteArray &bytes, bool *valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
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
    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
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
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
            const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
            if (!blank)
                records->append(current);
            ++line;
            current = Record();
            current.line = line;
        } else {
            field.append(c);
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
