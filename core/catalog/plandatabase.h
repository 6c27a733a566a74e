#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// A Fuer Monitor database ready for the plans: Database::open (identity,
// integrity, migrations), then the built-in catalog (CatalogLoader::builtin) when
// the file holds none. Checked on every open, not only on creation: a first start
// that was killed half-way leaves a schema without a catalog, and the next start
// completes it. Session::open and the command line open databases through here.
class PlanDatabase
{
    Q_DECLARE_TR_FUNCTIONS(PlanDatabase)

public:
    // False with db.errorString() when the file was refused or the catalog could
    // not be installed; the connection is closed then.
    static bool open(Database &db, const QString &path);
};
