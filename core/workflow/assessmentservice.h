#pragma once

#include "target/assessor.h"
#include "target/indicatorassessment.h"
#include "target/judgement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

// Assesses indicators for a year from what the database holds: the counting values
// (submitted and approved; drafts too for a liaison's live check), reviewers'
// verdicts, and the reference series of relative targets.
class AssessmentService
{
public:
    explicit AssessmentService(QSqlDatabase db);

    QVector<IndicatorAssessment> assessAll(int year, const QString &area = QString(), bool includeDrafts = false) const;
    IndicatorAssessment assessOne(const QString &code, int year, const QString &area = QString(),
                                  bool includeDrafts = false) const;

    // Every area's assessment, one call of `visit` per indicator and area; loads
    // all values in one query. Returns the number of assessments made. With
    // Detail::VerdictOnly the reason sentences and formulas are left empty.
    int assessEveryArea(int year, const std::function<void(const QString &area, const IndicatorAssessment &)> &visit,
                        Assessor::Detail detail = Assessor::Detail::Full) const;
    // The same, with each area's assessments turned into bytes on the thread that
    // made them (`render`, called concurrently: it must only read shared data) and
    // handed to `consume` on the calling thread, area by area in order. What the
    // command line writes as CSV: the formatting runs on every core too, and an
    // area's assessments are freed where they were made.
    int assessEveryArea(int year, const std::function<QByteArray(const QVector<IndicatorAssessment> &)> &render,
                        const std::function<void(const QByteArray &)> &consume,
                        Assessor::Detail detail = Assessor::Detail::Full) const;

    // The computation without the database, for callers that loaded the data
    // themselves (benchmarks, what-if checks while typing).
    static QVector<IndicatorAssessment> assess(const QVector<Indicator> &indicators,
                                               const QHash<QString, QMap<int, double>> &series,
                                               const QHash<QString, QMap<int, double>> &referenceValues,
                                               const QHash<QString, QMap<int, Judgement>> &judgements, int year);

private:
    QSqlDatabase m_db;
};
