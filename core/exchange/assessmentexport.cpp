#include "assessmentexport.h"

#include "csvwriter.h"
#include "numberparser.h"
#include "xlsxdocument.h"

#include "target/targetformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList AssessmentExport::columns(bool byArea)
{
    const QStringList area = byArea ? QStringList{QStringLiteral("area")} : QStringList();
    return area
        + QStringList{QStringLiteral("code"),        QStringLiteral("name"),           QStringLiteral("target"),
                      QStringLiteral("year"),        QStringLiteral("value"),          QStringLiteral("status"),
                      QStringLiteral("outlook"),     QStringLiteral("projected_2030"), QStringLiteral("warning"),
                      QStringLiteral("fluctuation"), QStringLiteral("midterm"),        QStringLiteral("reason")};
}

QStringList AssessmentExport::row(const IndicatorAssessment &ia, bool byArea)
{
    const Assessment &a = ia.assessment;
    const QStringList area = byArea ? QStringList{ia.area} : QStringList();
    return area
        + QStringList{ia.indicator.code,
                      ia.indicator.name,
                      ia.indicator.targetText,
                      a.latestYear > 0 ? QString::number(a.latestYear) : QString(),
                      a.latestValue ? TargetFormat::measured(*a.latestValue, ia.indicator) : QString(),
                      Assessment::statusLabel(a.status),
                      Assessment::outlookLabel(a.outlook),
                      a.projected2030 ? TargetFormat::measured(*a.projected2030, ia.indicator) : QString(),
                      Assessment::warningLabel(a.warning),
                      a.fluctuation ? Assessment::fluctuationLabel() : QString(),
                      a.midterm == Assessment::MidTerm::NotApplicable ? QString() : Assessment::midTermLabel(a.midterm),
                      a.reason};
}

QVector<QStringList> AssessmentExport::rows(const QVector<IndicatorAssessment> &assessments, bool byArea)
{
    QVector<QStringList> out;
    out.reserve(assessments.size());
    for (const IndicatorAssessment &ia : assessments)
        out.append(row(ia, byArea));
    return out;
}

QByteArray AssessmentExport::csvHeader(bool byArea)
{
    return CsvWriter::byteOrderMark() + CsvWriter::line(columns(byArea)).toUtf8();
}

QByteArray AssessmentExport::csvLine(const IndicatorAssessment &assessment, bool byArea)
{
    return CsvWriter::line(row(assessment, byArea)).toUtf8();
}

QByteArray AssessmentExport::toCsv(const QVector<IndicatorAssessment> &assessments, bool byArea)
{
    QByteArray out = csvHeader(byArea);
    for (const IndicatorAssessment &ia : assessments)
        out += csvLine(ia, byArea);
    return out;
}

QByteArray AssessmentExport::toJson(const QVector<IndicatorAssessment> &assessments, int year, bool demo, bool byArea)
{
    QJsonArray items;
    const QStringList names = columns(byArea);
    const QVector<QStringList> table = rows(assessments, byArea);
    for (int i = 0; i < assessments.size(); ++i) {
        const Assessment &a = assessments.at(i).assessment;
        QJsonObject o;
        for (int c = 0; c < names.size(); ++c)
            o.insert(names.at(c), table.at(i).at(c));
        o.insert(QStringLiteral("status_key"), Assessment::statusKey(a.status));
        o.insert(QStringLiteral("outlook_key"), Assessment::outlookKey(a.outlook));
        o.insert(QStringLiteral("warning_key"), Assessment::warningKey(a.warning));
        o.insert(QStringLiteral("midterm_key"), Assessment::midTermKey(a.midterm));
        o.insert(QStringLiteral("fluctuation"), a.fluctuation);
        items.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("year"), year);
    if (demo)
        root.insert(QStringLiteral("data"), QStringLiteral("示例数据"));
    root.insert(QStringLiteral("indicators"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList AssessmentExport::labels(bool byArea)
{
    const QStringList area = byArea ? QStringList{tr("Area")} : QStringList();
    return area + QStringList{tr("Code"),    tr("Indicator"),   tr("2030 target"), tr("Year"),
                              tr("Value"),   tr("Status"),      tr("Outlook"),     tr("Projected 2030"),
                              tr("Warning"), tr("Fluctuation"), tr("Mid-term"),    tr("Reason")};
}

bool AssessmentExport::toXlsx(const QString &path, const QVector<IndicatorAssessment> &assessments, int year, bool demo,
                              QString *error, bool byArea)
{
    using Style = XlsxDocument::Style;
    XlsxDocument doc(path);
    const QString title = tr("Assessment of the monitoring indicators, %1").arg(year)
        + (demo ? QStringLiteral("（示例数据）") : QString());
    doc.setTitle(title);
    doc.addSheet(tr("Assessment %1").arg(year));
    const int first = byArea ? 1 : 0; // the area column shifts the others right
    if (byArea)
        doc.setColumnWidth(0, 12);
    const double widths[] = {7, 30, 14, 6, 9, 14, 14, 10, 9, 11, 10, 50};
    for (int c = 0; c < 12; ++c)
        doc.setColumnWidth(first + c, widths[c]);
    constexpr int headerRow = 2;
    doc.setPageSetup(XlsxDocument::Orientation::Landscape, headerRow);
    doc.setRowHeight(0, 24);
    doc.writeText(0, 0, title, Style::Title);
    doc.writeText(1, 0, tr("%n indicator(s)", nullptr, int(assessments.size())), Style::Subtitle);
    const QStringList names = labels(byArea);
    for (int c = 0; c < names.size(); ++c)
        doc.writeText(headerRow, c, names.at(c), Style::Header);
    doc.freezePanes(headerRow + 1, first + 2);
    // Year, value and projection stay numbers, so they can be sorted and charted.
    const QVector<int> numeric = {first + 3, first + 4, first + 7};
    const QVector<int> wrapped = {first + 1, first + 2, first + 11};
    int row = headerRow + 1;
    for (const QStringList &cells : rows(assessments, byArea)) {
        for (int c = 0; c < cells.size(); ++c) {
            const auto number = numeric.contains(c) ? NumberParser::parse(cells.at(c)) : std::nullopt;
            if (number)
                doc.writeNumber(row, c, *number);
            else
                doc.writeText(row, c, cells.at(c), wrapped.contains(c) ? Style::WrappedText : Style::Text);
        }
        ++row;
    }
    return doc.save(error);
}
