#include "reporthtmlformat.h"

#include "widgets/palette.h"

#include <QLocale>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace ReportHtmlFormat {

namespace {
// Reports are printed on white paper, whatever the screen shows.
QString ink(Palette::Role role)
{
    return Palette::forPaper().color(role).name();
}
} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    QString s = QLocale::c().toString(value, 'f', 2);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("–");
}

QString percent(double share)
{
    return QLocale::c().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString tableStart(const QStringList &headers, const QVector<int> &widths)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                                  " style=\"border-collapse: collapse; border-color: %1;\"><thead><tr>")
                       .arg(ink(Palette::TableRule));
    const QString headerBackground = ink(Palette::TableHeaderBackground);
    for (int i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<th width=\"%1%\" bgcolor=\"%2\" align=\"left\" valign=\"bottom\">%3</th>")
                    .arg(widths.value(i, 10))
                    .arg(headerBackground, esc(headers.at(i)));
    }
    return html + QStringLiteral("</tr></thead>");
}

QString cell(const QString &html, const QString &style)
{
    return QStringLiteral("<td valign=\"top\"%1>%2</td>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), html);
}

QString numberCell(const QString &text)
{
    return QStringLiteral("<td valign=\"top\" align=\"right\" style=\"white-space: nowrap;\">%1</td>").arg(text);
}

QString heading(int level, const QString &text, bool newPage)
{
    return QStringLiteral("<h%1%2>%3</h%1>")
        .arg(level)
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
        .arg(esc(text));
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones > 0)
        s += digits.at(ones);
    return s;
}

QString headingNumber(int level, int n)
{
    switch (level) {
    case 1:
        return chineseNumeral(n) + QStringLiteral("、");
    case 2:
        return QStringLiteral("（") + chineseNumeral(n) + QStringLiteral("）");
    case 3:
        return QString::number(n) + QLatin1Char('.');
    default:
        break;
    }
    return QStringLiteral("（%1）").arg(n);
}

QString HeadingNumbers::next(int level)
{
    const int i = std::clamp(level, 1, 4) - 1;
    ++m_counts[i];
    for (int j = i + 1; j < 4; ++j)
        m_counts[j] = 0;
    return headingNumber(i + 1, m_counts[i]);
}

QString paragraph(const QString &html, const QString &style)
{
    return QStringLiteral("<p%1>%2</p>")
        .arg(style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), html);
}

QString statusCell(Assessment::Status status)
{
    const QString label = esc(Assessment::statusLabel(status));
    return cell(status == Assessment::Status::NotMet ? QStringLiteral("<b>%1</b>").arg(label) : label,
                QStringLiteral("white-space: nowrap;"));
}

QString warningCell(Assessment::Warning warning)
{
    const QString label = esc(Assessment::warningLabel(warning));
    switch (warning) {
    case Assessment::Warning::Red:
        return cell(QStringLiteral("<b>■ %1</b>").arg(label),
                    QStringLiteral("white-space: nowrap; color: %1;").arg(ink(Palette::WarningRed)));
    case Assessment::Warning::Yellow:
        return cell(QStringLiteral("<b>▲ %1</b>").arg(label),
                    QStringLiteral("white-space: nowrap; color: %1;").arg(ink(Palette::WarningYellow)));
    default:
        break;
    }
    return cell(label, QStringLiteral("white-space: nowrap;"));
}

} // namespace ReportHtmlFormat
