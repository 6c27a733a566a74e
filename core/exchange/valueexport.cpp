#include "valueexport.h"

#include "csvwriter.h"
#include "numberparser.h"
#include "xlsxdocument.h"

QStringList ValueExport::columns()
{
    return {QStringLiteral("code"),        QStringLiteral("year"),   QStringLiteral("value"),
            QStringLiteral("numerator"),   QStringLiteral("denominator"), QStringLiteral("source"),
            QStringLiteral("note"),        QStringLiteral("area")};
}

QStringList ValueExport::chineseColumns()
{
    return {QStringLiteral("指标代码"), QStringLiteral("年度"),     QStringLiteral("数值"),
            QStringLiteral("分子"),     QStringLiteral("分母"),     QStringLiteral("数据来源"),
            QStringLiteral("情况说明"), QStringLiteral("地区")};
}

QString ValueExport::noteOf(const ValueRecord &r, bool demo)
{
    const QString demoMark = QStringLiteral("示例数据");
    if (demo && !r.note.contains(demoMark))
        return r.note.isEmpty() ? demoMark : demoMark + QStringLiteral("；") + r.note;
    return r.note;
}

QByteArray ValueExport::toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo)
{
    CsvWriter w;
    w.addRow(columns());
    for (const ValueRecord &r : records) {
        const QString note = noteOf(r, demo);
        w.addRow({r.indicatorCode,
                  QString::number(r.year),
                  NumberParser::format(r.value, 6),
                  r.numerator ? NumberParser::format(*r.numerator, 6) : QString(),
                  r.denominator ? NumberParser::format(*r.denominator, 6) : QString(),
                  r.source,
                  note,
                  r.area.isEmpty() ? defaultAreaName : r.area});
    }
    return w.toUtf8();
}

bool ValueExport::toXlsx(const QString &path, const QVector<ValueRecord> &records, const QString &defaultAreaName,
                         bool demo, QString *error, bool chineseLabels)
{
    using Style = XlsxDocument::Style;
    XlsxDocument doc(path, true); // row by row: a full export can be large
    doc.setTitle(tr("Values") + (demo ? QStringLiteral("（示例数据）") : QString()));
    doc.addSheet(tr("Values"));
    const double widths[] = {9, 7, 11, 11, 11, 22, 36, 12};
    for (int c = 0; c < 8; ++c)
        doc.setColumnWidth(c, widths[c]);
    doc.setPageSetup(XlsxDocument::Orientation::Landscape, 0);
    int row = 0;
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
        doc.writeText(row, 0, r.indicatorCode);
        doc.writeNumber(row, 1, double(r.year));
        doc.writeNumber(row, 2, r.value);
        doc.writeNumber(row, 3, r.numerator);
        doc.writeNumber(row, 4, r.denominator);
        doc.writeText(row, 5, r.source, Style::WrappedText);
        doc.writeText(row, 6, noteOf(r, demo), Style::WrappedText);
        doc.writeText(row, 7, r.area.isEmpty() ? defaultAreaName : r.area);
        ++row;
    }
    return doc.save(error);
}
