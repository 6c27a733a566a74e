#pragma once

#include "workflow/indicatorassessment.h"

#include <QByteArray>
#include <QVector>

// One year's assessment as a table: code,name,target,year,value,status,outlook,
// projected_2030,warning,fluctuation,midterm,reason. `year` and `value` are the
// latest data up to the assessed year, empty where there is none. Statuses are
// written as labels in the program's language (CSV is for people); JSON carries
// the stable keys as well.
class AssessmentExport
{
public:
    static QStringList columns();
    static QVector<QStringList> rows(const QVector<IndicatorAssessment> &assessments);
    static QByteArray toCsv(const QVector<IndicatorAssessment> &assessments);
    static QByteArray toJson(const QVector<IndicatorAssessment> &assessments, int year, bool demo);
};
