#pragma once

#include "target/judgement.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

// Reviewers' verdicts on targets that are judged, not computed (保持合理比例), per
// indicator, area and year. Each verdict is audited.
class JudgementRepository
{
public:
    explicit JudgementRepository(QSqlDatabase db);

    bool record(const QString &indicatorCode, const QString &area, int year, const Judgement &judgement,
                QString *error);
    std::optional<Judgement> judgement(const QString &indicatorCode, const QString &area, int year) const;
    // code -> (year -> verdict) for one area (the district when empty).
    QHash<QString, QMap<int, Judgement>> all(const QString &area = QString()) const;
    // area name -> code -> (year -> verdict) for every area, in one query.
    QHash<QString, QHash<QString, QMap<int, Judgement>>> byArea() const;

private:
    QSqlDatabase m_db;
};
