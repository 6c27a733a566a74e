#pragma once

#include "target/indicatorassessment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

// One year's assessment as a table: code,name,target,year,value,status,outlook,
// projected_2030,warning,fluctuation,midterm,reason. `year` and `value` are the
// latest data up to the assessed year, empty where there is none. Statuses are
// written as labels in the program's language (CSV is for people); JSON carries
// the stable keys as well.
// The .xlsx form is for reading and printing: a title naming the year (and
// 示例数据), column names in the program's language, A4 landscape.
//
// With `byArea` (every area's assessment at once) the first column is `area`.
class AssessmentExport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExport)

public:
    static QStringList columns(bool byArea = false);
    static QVector<QStringList> rows(const QVector<IndicatorAssessment> &assessments, bool byArea = false);
    static QStringList row(const IndicatorAssessment &assessment, bool byArea = false);
    static QByteArray toCsv(const QVector<IndicatorAssessment> &assessments, bool byArea = false);
    // The same CSV a row at a time, for writers that stream (every area's
    // assessment is written as it is made): the byte order mark and the header,
    // then one line per assessment. toCsv is csvHeader() followed by every csvLine().
    static QByteArray csvHeader(bool byArea = false);
    static QByteArray csvLine(const IndicatorAssessment &assessment, bool byArea = false);
    static QByteArray toJson(const QVector<IndicatorAssessment> &assessments, int year, bool demo, bool byArea = false);
    static bool toXlsx(const QString &path, const QVector<IndicatorAssessment> &assessments, int year, bool demo,
                       QString *error, bool byArea = false);
    static QStringList labels(bool byArea = false); // translated column names, in the order of columns()
};
