#include "valueexport.h"

#include "csvwriter.h"
#include "numberparser.h"
#include "xlsxdocument.h"

#include <QLocale>

#include <cctype>
#include <charconv>

namespace {
// Excel's limit for the text of one cell.
constexpr int kMaxCellText = 32767;

// The shortest decimal text that reads back as the same double, in the plain
// notation the import reads (no exponent): export -> import is bit-identical.
QString shortestText(double value)
{
    char buffer[512];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (result.ec != std::errc())
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}

// libxlsxwriter writes a control character as Excel's escape _x0001_, and every
// reader decodes _xHHHH_; a text that holds such a sequence literally keeps it
// only when its underscore is escaped in turn (_x005F_), as Excel does.
QString escapeLiteralEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    auto hex = [](QChar c) { return isxdigit(c.unicode() < 128 ? c.toLatin1() : 'g') != 0; };
    // Every underscore that begins _xHHHH_, overlapping ones included
    // ("_x005F_x0041_" has two), becomes _x005F_.
    QString out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const bool begins = text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && hex(text.at(i + 2)) && hex(text.at(i + 3)) && hex(text.at(i + 4)) && hex(text.at(i + 5))
            && text.at(i + 6) == QLatin1Char('_');
        if (begins)
            out += QLatin1String("_x005F_");
        else
            out += text.at(i);
    }
    return out;
}
} // namespace

QStringList ValueExport::columns()
{
    return {QStringLiteral("code"),      QStringLiteral("year"),        QStringLiteral("value"),
            QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("source"),
            QStringLiteral("note"),      QStringLiteral("area")};
}

QStringList ValueExport::chineseColumns()
{
    return {QStringLiteral("指标代码"), QStringLiteral("年度"),     QStringLiteral("数值"),     QStringLiteral("分子"),
            QStringLiteral("分母"),     QStringLiteral("数据来源"), QStringLiteral("情况说明"), QStringLiteral("地区")};
}

QString ValueExport::demoMark()
{
    return QStringLiteral("示例数据：演示数据库的导出，其中数值不是真实统计");
}

QString ValueExport::numberText(double value)
{
    return shortestText(value);
}

QByteArray ValueExport::toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo)
{
    CsvWriter w;
    // The file says it is demo data in a line of its own above the header, which
    // the import passes over as a title row: the notes stay as they are.
    if (demo)
        w.addRow({demoMark()});
    w.addRow(columns());
    for (const ValueRecord &r : records) {
        w.addRow({r.indicatorCode, QString::number(r.year), shortestText(r.value),
                  r.numerator ? shortestText(*r.numerator) : QString(),
                  r.denominator ? shortestText(*r.denominator) : QString(), r.source, r.note,
                  r.area.isEmpty() ? defaultAreaName : r.area});
    }
    return w.toUtf8();
}

bool ValueExport::checkCellTexts(const QVector<ValueRecord> &records, QString *error)
{
    for (const ValueRecord &r : records) {
        const std::pair<QString, const QString *> fields[] = {{QStringLiteral("code"), &r.indicatorCode},
                                                              {QStringLiteral("source"), &r.source},
                                                              {QStringLiteral("note"), &r.note},
                                                              {QStringLiteral("area"), &r.area}};
        for (const auto &[field, text] : fields) {
            if (text->contains(QChar(0))) {
                *error = tr("%1 %2 (%3), %4: the text holds a NUL character, which an .xlsx cell cannot hold; "
                            "correct the text and export again, or export as CSV")
                             .arg(r.indicatorCode)
                             .arg(r.year)
                             .arg(r.area.isEmpty() ? tr("district") : r.area, field);
                return false;
            }
            if (escapeLiteralEscapes(*text).size() > kMaxCellText) {
                *error = tr("%1 %2 (%3), %4: the text has %5 characters, more than the %6 an Excel cell holds; "
                            "shorten it and export again, or export as CSV")
                             .arg(r.indicatorCode)
                             .arg(r.year)
                             .arg(r.area.isEmpty() ? tr("district") : r.area, field)
                             .arg(text->size())
                             .arg(kMaxCellText);
                return false;
            }
        }
    }
    return true;
}

bool ValueExport::toXlsx(const QString &path, const QVector<ValueRecord> &records, const QString &defaultAreaName,
                         bool demo, QString *error, bool chineseLabels)
{
    using Style = XlsxDocument::Style;
    // Checked before the file is started: no text is cut or changed silently.
    if (!checkCellTexts(records, error))
        return false;
    XlsxDocument doc(path, true); // row by row: a full export can be large
    doc.setTitle(tr("Values") + (demo ? QStringLiteral("（示例数据）") : QString()));
    doc.addSheet(tr("Values"));
    const double widths[] = {9, 7, 11, 11, 11, 22, 36, 12};
    for (int c = 0; c < 8; ++c)
        doc.setColumnWidth(c, widths[c]);
    doc.setPageSetup(XlsxDocument::Orientation::Landscape, 0);
    int row = 0;
    if (demo)
        doc.writeText(row++, 0, demoMark(), Style::Title); // a title row, which the import passes over
    if (chineseLabels) {
        const QStringList labels = chineseColumns();
        for (int c = 0; c < labels.size(); ++c)
            doc.writeText(row, c, labels.at(c), Style::Header);
        ++row;
    }
    // The row `values import` keys on, as in the CSV.
    const QStringList names = columns();
    for (int c = 0; c < names.size(); ++c)
        doc.writeText(row, c, names.at(c), chineseLabels ? Style::Text : Style::Header);
    ++row;
    doc.freezePanes(row, 1);
    for (const ValueRecord &r : records) {
        doc.writeText(row, 0, escapeLiteralEscapes(r.indicatorCode));
        doc.writeNumber(row, 1, double(r.year));
        doc.writeNumber(row, 2, r.value);
        doc.writeNumber(row, 3, r.numerator);
        doc.writeNumber(row, 4, r.denominator);
        doc.writeText(row, 5, escapeLiteralEscapes(r.source), Style::WrappedText);
        doc.writeText(row, 6, escapeLiteralEscapes(r.note), Style::WrappedText);
        doc.writeText(row, 7, escapeLiteralEscapes(r.area.isEmpty() ? defaultAreaName : r.area));
        ++row;
    }
    return doc.save(error);
}
