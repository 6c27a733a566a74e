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
    // Returns false on an unterminated quote; `error` names the line.
    static bool parse(const QString &text, QVector<Record> *records, QString *error, QChar separator = QLatin1Char(','));
};
