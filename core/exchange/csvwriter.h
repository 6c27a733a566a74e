#pragma once

#include <QString>
#include <QStringList>

// Builds CSV text (UTF-8 with BOM, CRLF, so Excel on Chinese Windows opens it right).
// Text cells that a spreadsheet would run as a formula (= + - @ tab CR at the
// start) are neutralised with a leading apostrophe.
class CsvWriter
{
public:
    void addRow(const QStringList &cells);
    QByteArray toUtf8() const;

    // For writers that stream: one row as addRow writes it (CRLF included), and the
    // byte order mark toUtf8() puts first.
    static QString line(const QStringList &cells);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    static QString neutralise(const QString &cell);
    // The inverse for text read back: "'=1+1" -> "=1+1", anything else unchanged.
    static QString unneutralise(const QString &cell);
    static QString quote(const QString &cell);

private:
    QString m_text;
};
