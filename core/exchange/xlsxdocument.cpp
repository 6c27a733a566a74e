#include "xlsxdocument.h"

#include "csvwriter.h"
#include "io/outputfile.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cmath>

namespace {
constexpr int kA4 = 9;              // libxlsxwriter's paper index for A4
constexpr int kMaxCellText = 32767; // Excel's limit for one cell
constexpr lxw_color_t kHeaderFill = 0xD9E1F2;
constexpr lxw_color_t kInputFill = 0xFFF2CC; // the usual "fill in here" yellow
} // namespace

XlsxDocument::XlsxDocument(const QString &path, bool streaming)
    : m_path(path)
    , m_output(std::make_unique<StagedOutput>(path))
{
    lxw_workbook_options options = {};
    options.constant_memory = streaming ? LXW_TRUE : LXW_FALSE;
    // Written beside the target and renamed at the end (StagedOutput), so a failure
    // or a kill never leaves a half-written file, nor destroys one that was there.
    if (!m_output->stagingPath().isEmpty())
        m_workbook = workbook_new_opt(QFile::encodeName(m_output->stagingPath()).constData(), &options);
    if (!m_workbook)
        m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
}

XlsxDocument::~XlsxDocument()
{
    // Never saved: nothing was written to m_path yet, so only memory is released.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

void XlsxDocument::check(int result)
{
    if (result != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = result;
}

lxw_format *XlsxDocument::format(Style style)
{
    const int key = int(style);
    if (m_formats.contains(key))
        return m_formats.value(key);
    lxw_format *f = workbook_add_format(m_workbook);
    switch (style) {
    case Style::Title:
        format_set_bold(f);
        format_set_font_size(f, 14);
        break;
    case Style::Subtitle:
        break;
    case Style::Header:
        format_set_bold(f);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(f, kHeaderFill);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    case Style::Text:
    case Style::Number:
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    case Style::WrappedText:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    case Style::InputNumber:
    case Style::InputText:
    case Style::InputParagraphs:
        format_set_unlocked(f);
        format_set_align(f, style == Style::InputParagraphs ? LXW_ALIGN_VERTICAL_TOP : LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_bg_color(f, kInputFill);
        if (style != Style::InputNumber)
            format_set_text_wrap(f);
        break;
    case Style::Label:
        format_set_align(f, LXW_ALIGN_RIGHT);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        break;
    case Style::Note:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case Style::Stamp:
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(f, LXW_BORDER_THIN);
        break;
    }
    m_formats.insert(key, f);
    return f;
}

void XlsxDocument::addSheet(const QString &name)
{
    if (!m_workbook)
        return;
    m_widths.clear();
    m_lines.clear();
    m_sheet = workbook_add_worksheet(m_workbook, name.left(31).toUtf8().constData());
    if (!m_sheet)
        check(LXW_ERROR_SHEETNAME_ALREADY_USED);
}

void XlsxDocument::setColumnWidth(int column, double width)
{
    if (!m_sheet)
        return;
    m_widths.insert(column, width);
    check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
}

void XlsxDocument::setRowHeight(int row, double height)
{
    if (m_sheet)
        check(worksheet_set_row(m_sheet, lxw_row_t(row), height, nullptr));
}

void XlsxDocument::setRowHeightAtLeast(int row, double height)
{
    if (m_sheet)
        check(worksheet_set_row(m_sheet, lxw_row_t(row), qMax(height, 15.0 * m_lines.value(row, 1) + 2.0), nullptr));
}

void XlsxDocument::fitRow(int row, int column, const QString &text)
{
    const double width = m_widths.value(column, 8.43) - 1.0; // less the cell's padding
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        double units = 0;
        for (const QChar c : paragraph)
            units += c.unicode() >= 0x2E80 ? 2.0 : 1.0; // CJK and full-width forms are double width
        lines += qMax(1, int(std::ceil(units / qMax(1.0, width))));
    }
    if (lines > 1 && lines > m_lines.value(row, 1)) {
        m_lines.insert(row, lines);
        check(worksheet_set_row(m_sheet, lxw_row_t(row), 15.0 * lines + 2.0, nullptr));
    }
}

void XlsxDocument::setPageSetup(Orientation orientation, int headerRow)
{
    if (!m_sheet)
        return;
    worksheet_set_paper(m_sheet, kA4);
    if (orientation == Orientation::Landscape)
        worksheet_set_landscape(m_sheet);
    else
        worksheet_set_portrait(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0); // as wide as one page, as long as it takes
    worksheet_set_margins(m_sheet, 0.4, 0.4, 0.6, 0.6);
    worksheet_center_horizontally(m_sheet);
    if (headerRow >= 0)
        check(worksheet_repeat_rows(m_sheet, lxw_row_t(headerRow), lxw_row_t(headerRow)));
    check(worksheet_set_footer(m_sheet, "&C&P / &N"));
}

void XlsxDocument::freezePanes(int row, int column)
{
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, lxw_row_t(row), lxw_col_t(column));
}

void XlsxDocument::writeText(int row, int column, const QString &text, Style style)
{
    if (!m_sheet)
        return;
    if (text.isEmpty()) {
        writeBlank(row, column, style);
        return;
    }
    if (style == Style::WrappedText || style == Style::InputText || style == Style::InputParagraphs
        || style == Style::Header)
        fitRow(row, column, text);
    const QByteArray utf8 = CsvWriter::neutralise(text).left(kMaxCellText).toUtf8();
    check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format(style)));
}

void XlsxDocument::writeNumber(int row, int column, double value, Style style)
{
    if (m_sheet)
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format(style)));
}

void XlsxDocument::writeNumber(int row, int column, const std::optional<double> &value, Style style)
{
    if (value)
        writeNumber(row, column, *value, style);
    else
        writeBlank(row, column, style);
}

void XlsxDocument::writeBlank(int row, int column, Style style)
{
    if (m_sheet)
        check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format(style)));
}

void XlsxDocument::mergeRange(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString &text,
                              Style style)
{
    if (!m_sheet)
        return;
    const QByteArray utf8 = CsvWriter::neutralise(text).left(kMaxCellText).toUtf8();
    check(worksheet_merge_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                lxw_col_t(lastColumn), utf8.constData(), format(style)));
}

void XlsxDocument::validateNumbers(int firstRow, int firstColumn, int lastRow, int lastColumn, double minimum,
                                   std::optional<double> maximum)
{
    if (!m_sheet)
        return;
    // The prompts are kept short: Excel allows 32 characters of title and 255 of message.
    const QByteArray title = tr("Number").left(32).toUtf8();
    const QByteArray message = (maximum ? tr("Enter a number from %1 to %2, without a unit.").arg(minimum).arg(*maximum)
                                        : tr("Enter a number of at least %1, without a unit.").arg(minimum))
                                   .left(255)
                                   .toUtf8();
    lxw_data_validation v = {};
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    if (maximum) {
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = minimum;
        v.maximum_number = *maximum;
    } else {
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = minimum;
    }
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    v.input_title = const_cast<char *>(title.constData());
    v.input_message = const_cast<char *>(message.constData());
    v.error_title = const_cast<char *>(title.constData());
    v.error_message = const_cast<char *>(message.constData());
    check(worksheet_data_validation_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                                          lxw_col_t(lastColumn), &v));
}

void XlsxDocument::protect()
{
    if (!m_sheet)
        return;
    lxw_protection options = {};
    // Narrowing or widening columns and rows does not change data: allow it.
    options.format_columns = LXW_TRUE;
    options.format_rows = LXW_TRUE;
    worksheet_protect(m_sheet, nullptr, &options);
}

void XlsxDocument::setTitle(const QString &title)
{
    if (!m_workbook)
        return;
    const QByteArray utf8 = title.toUtf8();
    const QByteArray app = QByteArrayLiteral("Fuer Monitor");
    lxw_doc_properties properties = {};
    properties.title = const_cast<char *>(utf8.constData());
    properties.comments = const_cast<char *>(app.constData());
    check(workbook_set_properties(m_workbook, &properties));
}

bool XlsxDocument::save(QString *error)
{
    if (!m_workbook) {
        *error = m_output->stagingPath().isEmpty() ? m_output->errorString()
                                                   : tr("%1: cannot be written: out of memory").arg(m_path);
        return false;
    }
    const int result = workbook_close(m_workbook);
    m_workbook = nullptr;
    const int failure = m_error != LXW_NO_ERROR ? m_error : result;
    if (failure == LXW_NO_ERROR)
        return m_output->commit(error);
    m_output.reset(); // removes the partial file
    *error = tr("%1: cannot be written: %2")
                 .arg(QFileInfo(m_path).fileName(), QString::fromUtf8(lxw_strerror(lxw_error(failure))));
    return false;
}
