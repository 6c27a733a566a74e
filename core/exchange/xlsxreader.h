#pragma once

#include "ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads one worksheet of an .xlsx (Excel, WPS, LibreOffice) as rows of cell
// texts, without a spreadsheet library: the package is a zip of XML parts.
//
// The file comes from outside, so it is read defensively: sizes are capped by
// ZipArchive, any XML part with a document type declaration is refused (that is
// where entity-expansion attacks live), and formulas are refused rather than
// trusted, because their cached results may be stale and a return must hold the
// numbers the unit stands behind. Every message names the file, and where there is
// one, the sheet, row and column.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Rows are the spreadsheet's 1-based numbers, columns 0-based (A = 0).
    struct Range
    {
        int firstRow = 0;
        int firstColumn = 0;
        int lastRow = 0;
        int lastColumn = 0;
        QString text; // as written, e.g. "A3:C4"
    };

    struct Sheet
    {
        QString fileName;
        QString name;
        // Rows with at least one non-empty cell, each filled from column A up to its
        // last non-empty cell; rowNumbers holds the spreadsheet's number of each.
        QVector<QStringList> rows;
        QVector<int> rowNumbers;
        QVector<Range> merged;
    };

    static constexpr int MaxColumns = 1024;

    // Reads the first visible sheet, or the sheet called `sheetName`.
    static bool read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName = QString(),
                     const ZipArchive::Limits &limits = ZipArchive::Limits());

    static QString columnName(int column); // 0 -> "A", 27 -> "AB"
    // "C12" -> row 12, column 2; false for anything else.
    static bool parseCellReference(QStringView reference, int *row, int *column);
    // Where a message points: "book.xlsx: sheet 填报表: row 12, column C".
    static QString location(const Sheet &sheet, int row, int column = -1);
};
