#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

// Builds zip packages byte by byte, so tests can make .xlsx files the way another
// program would, including broken and hostile ones (forged sizes, bombs), without
// linking a zip library. Deflate comes from qCompress (its zlib stream, unwrapped).
class TestZip
{
public:
    // `declaredSize` >= 0 forges the uncompressed size written in the headers.
    void add(const QString &name, const QByteArray &data, bool deflate = true, qint64 declaredSize = -1);
    QByteArray bytes() const;
    bool write(const QString &path) const;

    // Every part of a zip file, read with the program's own ZipArchive.
    static QMap<QString, QByteArray> readAll(const QString &path, QString *error);
    // A zip holding `parts` (in order, [Content_Types].xml first when present).
    static QByteArray pack(const QMap<QString, QByteArray> &parts);

    // A minimal workbook: one sheet called `sheetName` with `sheetXml` as its part,
    // plus a shared-strings part when `sharedStrings` is not empty.
    // `styles` becomes xl/styles.xml (numFmts, cellXfs: the s="" of the cells),
    // `workbookPr` goes before <sheets> (e.g. <workbookPr date1904="1"/>), and
    // `sheetAttributes` into the <sheet> element (e.g. state="hidden").
    static QByteArray workbook(const QByteArray &sheetXml, const QByteArray &sharedStrings = QByteArray(),
                               const QString &sheetName = QStringLiteral("Sheet1"), const QByteArray &styles = {},
                               const QByteArray &workbookPr = {}, const QByteArray &sheetAttributes = {});
    // An OpenDocument spreadsheet whose content.xml has `tables` (table:table
    // elements) in its office:spreadsheet, and `automaticStyles` before the body.
    static QByteArray ods(const QByteArray &tables, const QByteArray &automaticStyles = {});
    // A worksheet part with the rows given: cells that read as numbers become
    // number cells, others inline strings, empty ones are left out. `extra` goes
    // after sheetData (e.g. <mergeCells>).
    static QByteArray sheet(const QVector<QStringList> &rows, const QByteArray &extra = QByteArray());
    static QString escape(const QString &text);
    // Puts a value into an empty cell (<c r="H5" s="7"/>) of a worksheet part, as
    // Excel writes it: a number in <v>, a text as a new shared string.
    static bool fillCell(QByteArray *sheetXml, QByteArray *sharedStrings, const QString &ref, const QString &text,
                         bool number);

private:
    struct Entry
    {
        QByteArray name;
        QByteArray stored;
        quint32 crc = 0;
        quint16 method = 0;
        quint32 size = 0;
        quint32 declared = 0;
    };
    QVector<Entry> m_entries;
};
