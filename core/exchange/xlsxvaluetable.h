#pragma once

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

// Finds the table of values in a worksheet (or a CSV file saved from one) and puts
// it in the shape ValueImport checks: a header of CSV column names, then the data
// rows with their sheet row numbers, each only as wide as the header (trailing
// empty header cells are not columns). Two layouts are understood:
// - our return template (ReturnTemplate): 指标代码 … "2025年数值" 分子 分母 数据来源
//   情况说明; the year comes from the value column's header, rows left empty are
//   not part of the return, the read-only columns are ignored;
// - a plain table with the CSV column names (code, year, value, …) or their
//   Chinese names (指标代码, 年度, 数值, …), below any title rows.
// Formulas, error cells and merged ranges inside the table are problems of their
// cells (Table::cellProblems), listed together with ValueImport's problems; those
// outside the table (a note right of it, a title above it) are ignored.
class XlsxValueTable
{
    Q_DECLARE_TR_FUNCTIONS(XlsxValueTable)

public:
    static constexpr int HeaderSearchRows = 20;

    struct Table
    {
        QVector<QStringList> rows; // header (CSV column names) and data rows
        QVector<int> lines;        // the sheet's row number of each
        bool isTemplate = false;
        int templateYear = 0;
        QString templateUnit;
        QHash<QString, int> columns;     // CSV column name -> sheet column
        QHash<QString, QString> headers; // CSV column name -> header text in the sheet
        int headerLine = 0;
        int titleRows = 0; // rows with text above the header
        // Cells inside the table that cannot be read as values: the sheet row and
        // the complete message.
        QVector<XlsxReader::CellProblem> cellProblems;
    };

    // False with `problems` when there is no header, the template's year is
    // outside the plan or nothing is filled in.
    static bool build(const XlsxReader::Sheet &sheet, int firstYear, int lastYear, Table *table, QStringList *problems);
    // The same for CSV records (the records are shared, not copied). False without
    // a problem when no header is found in the first HeaderSearchRows lines: the
    // first line is then the header and ValueImport says what is wrong with it.
    static bool buildCsv(const QString &fileName, const QVector<CsvReader::Record> &records, int firstYear,
                         int lastYear, Table *table, QStringList *problems);
    // "book.xlsx: sheet 填报表: row 7, column H (2025年数值)", for ValueImport::Options::locate.
    static QString locate(const XlsxReader::Sheet &sheet, const Table &table, int row, const QString &column);
    // The CSV column name a header cell stands for, or an empty string.
    static QString columnFor(const QString &header);
};
