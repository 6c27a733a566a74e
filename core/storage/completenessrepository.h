#pragma once

#include "model/unitcompleteness.h"

#include <QSqlDatabase>
#include <QVector>

// Per lead unit, how many of its indicators have a value in which state for a year.
class CompletenessRepository
{
public:
    explicit CompletenessRepository(QSqlDatabase db);

    // Units that lead at least one indicator, in the catalog's unit order. `area`
    // is an area name; empty means the district.
    QVector<UnitCompleteness> byUnit(int year, const QString &area = QString()) const;

private:
    QSqlDatabase m_db;
};
