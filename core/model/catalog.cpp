#include "catalog.h"

const Indicator *Catalog::indicator(const QString &code) const
{
    for (const Indicator &ind : indicators) {
        if (ind.code == code)
            return &ind;
    }
    return nullptr;
}

QVector<const Indicator *> Catalog::indicatorsOfPlan(const QString &planCode) const
{
    QVector<const Indicator *> out;
    for (const Indicator &ind : indicators) {
        if (ind.planCode == planCode)
            out.append(&ind);
    }
    return out;
}

QStringList Catalog::categoriesOfPlan(const QString &planCode) const
{
    QStringList out;
    for (const Indicator &ind : indicators) {
        if (ind.planCode == planCode && !out.contains(ind.category))
            out.append(ind.category);
    }
    return out;
}
