#pragma once

#include "xlsxreader.h"

#include <QCoreApplication>

// Reads one sheet of an OpenDocument spreadsheet (.ods: LibreOffice, WPS, Excel's
// "Save as ODS") into the same sparse sheet as XlsxReader, with the same
// cell-as-shown rules: percentages as "68.3%", dates as "2026-11-30", booleans as
// TRUE/FALSE; formulas (table:formula) are cell problems, merged cells
// (number-columns/rows-spanned) ranges. Repeated rows and columns
// (number-rows-repeated, number-columns-repeated: LibreOffice pads a sheet to its
// last column and row with them) cost nothing when empty, and a repeated cell
// with text counts against the row and column limits as every copy would.
class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    // `zip` is open; `file` names it in messages.
    static bool read(ZipArchive &zip, const QString &file, XlsxReader::Sheet *sheet, QString *error,
                     const QString &sheetName, const XlsxReader::Limits &limits);
    // True when the package's mimetype says OpenDocument spreadsheet.
    static bool isOds(ZipArchive &zip);
};
