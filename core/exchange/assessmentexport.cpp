#include "assessmentexport.h"

#include "csvwriter.h"
#include "numberparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList AssessmentExport::columns()
{
    return {QStringLiteral("code"),    QStringLiteral("name"),           QStringLiteral("target"),
            QStringLiteral("year"),    QStringLiteral("value"),          QStringLiteral("status"),
            QStringLiteral("outlook"), QStringLiteral("projected_2030"), QStringLiteral("warning"),
            QStringLiteral("fluctuation"), QStringLiteral("midterm"),    QStringLiteral("reason")};
}

QVector<QStringList> AssessmentExport::rows(const QVector<IndicatorAssessment> &assessments)
{
    QVector<QStringList> out;
    for (const IndicatorAssessment &ia : assessments) {
        const Assessment &a = ia.assessment;
        out.append({ia.indicator.code,
                    ia.indicator.name,
                    ia.indicator.targetText,
                    a.latestYear > 0 ? QString::number(a.latestYear) : QString(),
                    a.latestValue ? NumberParser::format(*a.latestValue) : QString(),
                    Assessment::statusLabel(a.status),
                    Assessment::outlookLabel(a.outlook),
                    a.projected2030 ? NumberParser::format(*a.projected2030, 2) : QString(),
                    Assessment::warningLabel(a.warning),
                    a.fluctuation ? Assessment::fluctuationLabel() : QString(),
                    a.midterm == Assessment::MidTerm::NotApplicable ? QString() : Assessment::midTermLabel(a.midterm),
                    a.reason});
    }
    return out;
}

QByteArray AssessmentExport::toCsv(const QVector<IndicatorAssessment> &assessments)
{
    CsvWriter w;
    w.addRow(columns());
    for (const QStringList &row : rows(assessments))
        w.addRow(row);
    return w.toUtf8();
}

QByteArray AssessmentExport::toJson(const QVector<IndicatorAssessment> &assessments, int year, bool demo)
{
    QJsonArray items;
    const QStringList names = columns();
    const QVector<QStringList> table = rows(assessments);
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
