#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class StagedOutput;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// An .xlsx being written, over libxlsxwriter, with the few styles our exchange
// files need. Every text goes in as a string cell and is neutralised first
// (CsvWriter::neutralise): a cell that starts with = + - @ is never a formula here,
// and must not become one when someone edits it or saves the sheet as CSV.
// Cells are locked as Excel locks them by default; only the Input styles are left
// editable, which matters once protect() is called.
// The first libxlsxwriter error is kept and reported by save().
class XlsxDocument
{
    Q_DECLARE_TR_FUNCTIONS(XlsxDocument)

public:
    // Label: a field's name beside its input cell (right-aligned, no border); Stamp:
    // the bordered area a seal goes in, its caption at the top; Note: a wrapped
    // instruction without a border; InputParagraphs: an input cell for paragraphs
    // (wrapped, from the top).
    enum class Style {
        Title,
        Subtitle,
        Header,
        Text,
        WrappedText,
        Number,
        InputNumber,
        InputText,
        Label,
        Stamp,
        Note,
        InputParagraphs
    };
    enum class Orientation { Portrait, Landscape };

    // `streaming` writes rows straight to disk (libxlsxwriter's constant memory
    // mode, inline strings): for large tables, rows must then come in order.
    explicit XlsxDocument(const QString &path, bool streaming = false);
    ~XlsxDocument();
    XlsxDocument(const XlsxDocument &) = delete;
    XlsxDocument &operator=(const XlsxDocument &) = delete;

    // Adds a sheet and makes it the one written to. Excel allows 31 characters.
    void addSheet(const QString &name);
    // Wrapped texts written later make their row tall enough: neither Excel nor
    // LibreOffice fits row heights when it opens a file, so long indicator names
    // would run into the row below.
    void setColumnWidth(int column, double width);
    void setRowHeight(int row, double height);
    // At least `height`, and tall enough for the wrapped texts written to it so far.
    void setRowHeightAtLeast(int row, double height);
    // A4, fit to the page width, `headerRow` repeated on every page (-1: none),
    // page numbers in the footer.
    void setPageSetup(Orientation orientation, int headerRow);
    void freezePanes(int row, int column);

    void writeText(int row, int column, const QString &text, Style style = Style::Text);
    void writeNumber(int row, int column, double value, Style style = Style::Number);
    void writeNumber(int row, int column, const std::optional<double> &value, Style style = Style::Number);
    void writeBlank(int row, int column, Style style);
    // One cell over the range, holding `text` (may be empty) in `style`.
    void mergeRange(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString &text, Style style);

    // Only numbers from `minimum` (up to `maximum` when given) may be typed in the range.
    void validateNumbers(int firstRow, int firstColumn, int lastRow, int lastColumn, double minimum,
                         std::optional<double> maximum = std::nullopt);
    // Locked cells become read-only (no password: it guards against slips, not people).
    void protect();
    void setTitle(const QString &title);

    // Writes the file; false with a message naming it when anything failed.
    bool save(QString *error);

private:
    lxw_format *format(Style style);
    void check(int result);
    void fitRow(int row, int column, const QString &text);

    QString m_path;
    std::unique_ptr<StagedOutput> m_output; // the file libxlsxwriter writes, renamed at save()
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QHash<int, lxw_format *> m_formats;
    QHash<int, double> m_widths; // of the current sheet, in characters
    QHash<int, int> m_lines;     // row -> lines of its tallest wrapped cell
    int m_error = 0;
};
