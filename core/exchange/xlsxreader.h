#pragma once

#include "ziparchive.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads one worksheet of an .xlsx (Excel, WPS, LibreOffice) or .ods (OpenDocument,
// see OdsReader) as the cell texts a person sees in the spreadsheet, without a
// spreadsheet library: the package is a zip of XML parts.
//
// "As seen": a number in a percent format is its percent text (0.683 in 0.0% is
// "68.3%"), a number in a date format is the date ("2026-11-30", with " 13:45" when
// it has a time), Excel's _xHHHH_ escapes are decoded, booleans are TRUE/FALSE.
// The per-value rules (ValueImport) then judge those texts as if typed.
//
// The file comes from outside, so it is read defensively: sizes are capped by
// ZipArchive, any XML part with a document type declaration is refused (that is
// where entity-expansion attacks live), the sheet is stored sparsely (only cells
// that hold text) and the number of rows with text is capped. Formulas and error
// cells are not trusted: they are listed as cell problems, and the table builder
// (XlsxValueTable) reports those that lie inside the table of values. Every message
// names the file, and where there is one, the sheet, row and column.
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

    struct Cell
    {
        int column = 0;
        QString text;
    };

    // A cell that is not passed on as a value: a formula, an error (#N/A …).
    struct CellProblem
    {
        int row = 0;
        int column = 0;
        QString message; // complete, with the location
    };

    struct Sheet
    {
        QString fileName;
        QString name;
        // Every sheet of the workbook, in order (hidden ones too).
        QStringList sheetNames;
        // A CSV file read into the same shape: locations say "line N" instead of
        // "sheet S: row N".
        bool csv = false;
        // Only rows with at least one non-empty cell; rowNumbers holds the
        // spreadsheet's number of each. The cells of row i are
        // cells[rowStart[i] .. rowStart[i + 1]), in column order: a sheet whose
        // one text sits in column AMJ costs one cell per row, not 1,024.
        QVector<Cell> cells;
        QVector<int> rowStart;
        QVector<int> rowNumbers;
        QVector<Range> merged;
        QVector<CellProblem> problems;

        int rowCount() const { return int(rowNumbers.size()); }
        // Row i from column A, as wide as its last non-empty cell or `width`,
        // whichever is smaller (width < 0: no limit).
        QStringList row(int i, int width = -1) const;
        // The last column + 1 of row i.
        int rowWidth(int i) const;
        // Builders' helpers: cells must come in row order and, within a row,
        // in column order; empty texts are left out.
        void beginRow(int number);
        void addCell(int column, const QString &text);
        void endRow();
    };

    struct Limits
    {
        ZipArchive::Limits zip;
        // Rows that hold any text. Every indicator, year and area of a district
        // with 120 areas is 117,480 rows; checking a row costs about 1.5 KB, so
        // this keeps an import under 200 MB (measured: README).
        int maxRows = 120000;
    };

    static constexpr int MaxColumns = 1024;

    // Reads the first visible sheet, or the sheet called `sheetName`.
    static bool read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName = QString());
    // `ods` is set when the file was an OpenDocument spreadsheet (read by OdsReader).
    static bool read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName, const Limits &limits,
                     bool *ods = nullptr);

    static QString columnName(int column); // 0 -> "A", 27 -> "AB"
    // "C12" -> row 12, column 2; false for anything else.
    static bool parseCellReference(QStringView reference, int *row, int *column);
    // Where a message points: "book.xlsx: sheet 填报表: row 12, column C"
    // (for a CSV: "book.csv: line 12, column C").
    static QString location(const Sheet &sheet, int row, int column = -1);

    // The texts as a spreadsheet shows them; public for OdsReader and the tests.
    // Excel's escapes for characters XML cannot hold: "_x0001_" -> U+0001,
    // "_x005F_" -> "_".
    static QString decodeEscapes(const QString &text);
    // The shortest decimal text of `value` with its point moved `shift` places
    // to the right: (0.683, 2) -> "68.3", without binary noise.
    static QString shiftedDecimal(double value, int shift);
    // A spreadsheet date serial as "2026-11-30" (+ " 13:45[:07]" when it has a
    // time; a time alone when the serial is below 1). 1900 system with Excel's
    // fictitious 1900-02-29 (serial 60), or the 1904 system.
    static QString dateText(double serial, bool date1904);
    // An ISO date or date-time ("2026-11-30T13:45:00") as seen: "2026-11-30 13:45".
    static QString isoDateText(const QString &iso);
    enum class Format { General, Percent, Date };
    // What a number format code shows: percent (an unquoted %), date/time (an
    // unquoted y, m, d, h or s outside [..]), or the number.
    static Format classifyFormat(const QString &code);
    static Format builtinFormat(int numFmtId);
};

// A cell is an int and a QString, both movable by memcpy: the cells vector of a
// 100,000-row sheet grows by realloc instead of moving 600,000 strings one by one.
Q_DECLARE_TYPEINFO(XlsxReader::Cell, Q_RELOCATABLE_TYPE);
