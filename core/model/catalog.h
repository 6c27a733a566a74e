#pragma once

#include "model/area.h"
#include "model/category.h"
#include "model/indicator.h"
#include "model/plan.h"
#include "model/responsibleunit.h"

#include <QString>
#include <QVector>

// A value the plan text itself states for the baseline year (发展基础).
struct BaselineValue
{
    QString code;
    int year = 2020;
    double value = 0.0;
    QString source;
    QString quote; // the sentence of the plan the number comes from
};

// Everything a new database is seeded with: both plans' indicator tables, the
// responsible units and the baselines the plan text states.
struct Catalog
{
    QVector<Plan> plans;
    QVector<Category> categories; // planId refers to the index in `plans` + 1
    QVector<ResponsibleUnit> units;
    QVector<Indicator> indicators;
    QVector<BaselineValue> baselines;
    QString defaultAreaName;

    const Indicator *indicator(const QString &code) const;
    QVector<const Indicator *> indicatorsOfPlan(const QString &planCode) const;
    QStringList categoriesOfPlan(const QString &planCode) const;
};
