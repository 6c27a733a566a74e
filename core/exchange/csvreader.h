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

    // Splits text given in pieces (a file read a megabyte at a time): records are
    // handed out as soon as they are complete, so memory does not grow with the
    // file. A quote or a line break split between two pieces is read as one.
    class Parser
    {
    public:
        explicit Parser(const Limits &limits = Limits{0, 0, false}, QChar separator = QLatin1Char(','));
        // Appends the records completed by `text` to `records`. `last`: no more
        // text follows (an open quote is then an error). False with `error` naming
        // the line on an unterminated quote or a limit.
        bool feed(QStringView text, bool last, QVector<Record> *records, QString *error);

    private:
        bool endField(QString *error);
        bool endRecord(QVector<Record> *records, QString *error);

        Limits m_limits;
        QChar m_separator;
        Record m_current;
        QString m_field;
        QString m_carry; // the end of the last piece, read again with the next
        bool m_inQuotes = false;
        bool m_fieldStarted = false;
        int m_line = 1;
        qsizetype m_fieldsPerRecord = 0;
        // Empty fields not stored yet: they are stored only when a non-empty field
        // follows them (Limits::dropTrailingEmpty).
        qsizetype m_pendingEmpty = 0;
        qint64 m_recordCount = 0;
        QStringList m_above; // the last text read in each column
    };

    // The offset of the first byte that does not belong to valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const char *bytes, qsizetype size);

    // Returns false on an unterminated quote; `error` names the line.
    static bool parse(const QString &text, QVector<Record> *records, QString *error,
                      QChar separator = QLatin1Char(','));
    // The same within `limits`; `error` names the line and the limit.
    static bool parse(const QString &text, QVector<Record> *records, QString *error, const Limits &limits,
                      QChar separator = QLatin1Char(','));
    // Where byte `offset` lies: "byte 1234 (line 5, column 17)".
    static QString bytePosition(const QByteArray &bytes, qsizetype offset);
};
