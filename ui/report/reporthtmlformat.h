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
QString heading(int level, const QString &text, bool newPage = false);
QString paragraph(const QString &html, const QString &style = QString());
// The status label, bold when the target is not met, so it reads in black and white.
QString statusCell(Assessment::Status status);
QString warningCell(Assessment::Warning warning);

} // namespace ReportHtmlFormat
