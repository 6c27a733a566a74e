#pragma once

#include "reporthtmlformat.h"
#include "workflow/reportdata.h"

#include <QCoreApplication>
#include <QString>

// The report's content as Qt rich-text HTML, one function per section. The same
// HTML becomes the PDF, the printout and the editable ODT copy. Charts are referred to
// by the URLs below and added to the document as image resources.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString build(const ReportData &data);

    static QString statusChartUrl() { return QStringLiteral("chart:status"); }
    static QString trendChartUrl(const QString &code) { return QStringLiteral("chart:trend/") + code; }

    // The line at the top of every page.
    static QString runningHeader(const ReportData &data);
    // Marks a demo database on the cover and every page, in every language, as the
    // rest of the program does.
    static QString demoMark() { return QStringLiteral("示例数据"); }
    // What the figures rest on: the count of approved, submitted, draft or returned
    // and missing values of the year, as one sentence.
    static QString dataBasis(const ReportData &data);

private:
    static QString cover(const ReportData &data);
    using Numbers = ReportHtmlFormat::HeadingNumbers;
    static QString headline(const ReportData &data, Numbers &numbers);
    static QString statusChart(const ReportData &data, Numbers &numbers);
    static QString midTerm(const ReportData &data, Numbers &numbers);
    static QString warnings(const ReportData &data, Numbers &numbers);
    static QString categories(const ReportData &data, Numbers &numbers);
    static QString completeness(const ReportData &data, Numbers &numbers);
    static QString unitReports(const ReportData &data, Numbers &numbers);
    static QString unitReportHistory(const ReportData &data, Numbers &numbers);

public:
    // A unit's annual report in a year as the plenary papers list it: 按时, 逾期3天, 未报送.
    static QString reportTimelinessText(const UnitCompleteness &unit);
};
