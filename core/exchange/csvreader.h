#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Splits CSV text (RFC 4180: quotes, doubled quotes, line breaks inside quotes)
// into records. Each record remembers the line it starts on, for messages.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // Decodes UTF-8 (with or without BOM).
    static QString decodeUtf8(const QByteArray &bytes, bool *valid);
    // "UTF-8" when the bytes are valid UTF-8 (with or without BOM), else "GB18030":
    // what Excel and WPS save as plain "CSV" on Chinese Windows (GBK and GB2312 are
    // subsets of it, so one decoder reads all three).
    static QString detectEncoding(const QByteArray &bytes);
    // Decodes with `encoding` (UTF-8, GB18030, GBK or GB2312); false with a message
    // when the bytes are not text in that encoding. A BOM is dropped.
    static bool decode(const QByteArray &bytes, const QString &encoding, QString *text, QString *error);
    // Bounds for a file from outside.
    struct Limits
    {
        int maxColumns; // a non-empty field further right is refused
        int maxRecords; // records with text
        // Trailing empty fields are dropped, so a header saved with a thousand
        // commas costs nothing, and a line of bare separators is blank.
        bool dropTrailingEmpty;
    };
    // As XlsxReader::Limits: 1,024 columns, 120,000 rows with text.
    static Limits tableLimits() { return {1024, 120000, true}; }

    // Returns false on an unterminated quote; `error` names the line.
    static bool parse(const QString &text, QVector<Record> *records, QString *error,
                      QChar separator = QLatin1Char(','));
    // The same within `limits`; `error` names the line and the limit.
    static bool parse(const QString &text, QVector<Record> *records, QString *error, const Limits &limits,
                      QChar separator = QLatin1Char(','));
    // Where byte `offset` lies: "byte 1234 (line 5, column 17)".
    static QString bytePosition(const QByteArray &bytes, qsizetype offset);
};
