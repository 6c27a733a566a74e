#pragma once

#include "target/assessment.h"

#include <QString>

#include <optional>

// Small formatting helpers shared by the report's HTML sections.
namespace ReportHtmlFormat {

QString esc(const QString &text);
// A value as the tables show it: up to two decimals, no trailing zeros.
QString number(double value);
QString number(const std::optional<double> &value);
QString percent(double share);
// An HTML table opening with the column headers (widths in percent of the line).
QString tableStart(const QStringList &headers, const QVector<int> &widths);
QString cell(const QString &html, const QString &style = QString());
QString numberCell(const QString &text);
// A heading of level 1–4 (h1–h4), the text already carrying its number.
QString heading(int level, const QString &text, bool newPage = false);
// 1 → 一, 12 → 十二, 20 → 二十 (1–99).
QString chineseNumeral(int n);

// The numbering of headings in official documents (GB/T 9704, 结构层次序数):
// 一、 then （一） then 1. then （1）. next() counts at a level and restarts the
// levels below it.
class HeadingNumbers
{
public:
    QString next(int level);

private:
    int m_counts[4] = {0, 0, 0, 0};
};
// The number of heading `n` at `level` as HeadingNumbers writes it.
QString headingNumber(int level, int n);
QString paragraph(const QString &html, const QString &style = QString());
// The status label, bold when the target is not met, so it reads in black and white.
QString statusCell(Assessment::Status status);
QString warningCell(Assessment::Warning warning);

} // namespace ReportHtmlFormat
