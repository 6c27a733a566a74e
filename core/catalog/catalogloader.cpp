#include "catalogloader.h"

#include "tsvtable.h"

#include <QDir>

namespace {
const char *const kDefaultArea = "江北区";
}

bool CatalogLoader::load(const QString &folder, Catalog *out, QString *error)
{
    const QDir dir(folder);
    TsvTable plans, units, indicators, baselines;
    if (!plans.load(dir.filePath(QStringLiteral("plans.tsv")), error)
        || !units.load(dir.filePath(QStringLiteral("units.tsv")), error)
        || !indicators.load(dir.filePath(QStringLiteral("indicators.tsv")), error)
        || !baselines.load(dir.filePath(QStringLiteral("baselines.tsv")), error))
        return false;

    Catalog c;
    c.defaultAreaName = QString::fromUtf8(kDefaultArea);
    for (int r = 0; r < plans.rowCount(); ++r) {
        Plan p;
        p.id = r + 1;
        p.code = plans.value(r, QStringLiteral("code"));
        p.name = plans.value(r, QStringLiteral("name"));
        p.title = plans.value(r, QStringLiteral("title"));
        p.startYear = plans.value(r, QStringLiteral("start_year")).toInt();
        p.endYear = plans.value(r, QStringLiteral("end_year")).toInt();
        p.baselineYear = plans.value(r, QStringLiteral("baseline_year")).toInt();
        c.plans.append(p);
    }
    for (int r = 0; r < units.rowCount(); ++r) {
        ResponsibleUnit u;
        u.id = r + 1;
        u.name = units.value(r, QStringLiteral("name"));
        u.kind = ResponsibleUnit::kindFromKey(units.value(r, QStringLiteral("kind")));
        c.units.append(u);
    }
    for (int r = 0; r < indicators.rowCount(); ++r) {
        Indicator ind;
        ind.id = r + 1;
        ind.position = r;
        ind.code = indicators.value(r, QStringLiteral("code"));
        ind.planCode = indicators.value(r, QStringLiteral("plan"));
        ind.category = indicators.value(r, QStringLiteral("category"));
        ind.number = indicators.value(r, QStringLiteral("number"));
        ind.parentCode = indicators.value(r, QStringLiteral("parent"));
        ind.name = indicators.value(r, QStringLiteral("name"));
        ind.measureUnit = indicators.value(r, QStringLiteral("measure_unit"));
        ind.targetText = indicators.value(r, QStringLiteral("target"));
        ind.units = indicators.value(r, QStringLiteral("units")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        ind.params.referenceCode = indicators.value(r, QStringLiteral("reference"));
        // How an x左右 target reads; empty is the band (docs/DESIGN.md, "Target semantics").
        const QString about = indicators.value(r, QStringLiteral("about"));
        if (!about.isEmpty() && !RuleParams::aboutReadingFromKey(about, &ind.params.aboutReading)) {
            *error = tr("indicators.tsv line %1: about: %2: expected band, about_or_above or about_or_below")
                         .arg(r + 2)
                         .arg(about);
            return false;
        }
        const QString attribute = indicators.value(r, QStringLiteral("attribute"));
        if (!Indicator::attributeFromText(attribute, &ind.attribute)) {
            *error = tr("indicators.tsv line %1: attribute: %2: expected 约束性 or 预期性").arg(r + 2).arg(attribute);
            return false;
        }
        if (ind.code.isEmpty() || ind.name.isEmpty() || ind.units.isEmpty()) {
            *error = tr("indicators.tsv line %1: code, name and units are required").arg(r + 2);
            return false;
        }
        const QString category = ind.category;
        int planIndex = -1;
        for (int p = 0; p < c.plans.size(); ++p) {
            if (c.plans.at(p).code == ind.planCode)
                planIndex = p;
        }
        if (planIndex < 0) {
            *error =
                tr("indicators.tsv line %1: plan: %2: expected a plan code of plans.tsv").arg(r + 2).arg(ind.planCode);
            return false;
        }
        bool known = false;
        for (const Category &cat : qAsConst(c.categories))
            known = known || (cat.planId == planIndex + 1 && cat.name == category);
        if (!known) {
            Category cat;
            cat.id = c.categories.size() + 1;
            cat.planId = planIndex + 1;
            cat.name = category;
            cat.position = c.categories.size();
            c.categories.append(cat);
        }
        c.indicators.append(ind);
    }
    for (int r = 0; r < baselines.rowCount(); ++r) {
        BaselineValue b;
        b.code = baselines.value(r, QStringLiteral("code"));
        b.year = baselines.value(r, QStringLiteral("year")).toInt();
        b.value = baselines.value(r, QStringLiteral("value")).toDouble();
        b.source = baselines.value(r, QStringLiteral("source"));
        b.quote = baselines.value(r, QStringLiteral("quote"));
        c.baselines.append(b);
    }
    *out = c;
    return true;
}

const Catalog &CatalogLoader::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        QString error;
        if (!load(QStringLiteral(":/catalog"), &c, &error))
            qFatal("The built-in catalog does not load: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}
