#pragma once

#include "model/catalog.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

// Reads and writes the plan catalog: plans, categories, units, indicators, areas.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)

public:
    explicit CatalogRepository(QSqlDatabase db);

    bool isEmpty() const;
    // Seeds an empty database in one transaction: the catalog, the default area,
    // the reporting years and the plan's stated baselines (as approved values).
    bool install(const Catalog &catalog, QString *error);

    QVector<Plan> plans() const;
    QVector<Category> categories() const;
    QVector<ResponsibleUnit> units() const;
    QVector<Indicator> indicators() const;
    std::optional<Indicator> indicator(const QString &code) const;
    QVector<Area> areas() const;
    QVector<int> reportingYears() const;

    // Changes what the administrator may edit of an indicator: target text,
    // attribute, responsible units (lead first) and rule parameters. Refused unless
    // `user` is an active administrator account of this database. Every changed
    // field is audited with its old and new value (who and when in the audit row);
    // an edit that changes nothing writes nothing. All or nothing.
    bool updateIndicator(const Indicator &changed, const User &user, QString *error);

private:
    QSqlDatabase m_db;
};
