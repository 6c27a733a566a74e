#include "plandatabase.h"

#include "storage/serversecurity.h"

#include "catalogloader.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"

bool PlanDatabase::open(Database &db, const QString &path)
{
    if (!db.open(path))
        return false;
    if (!CatalogRepository(db.connection()).isEmpty())
        return true;
    // On a server that enforces the rules, a login without an account reads an
    // empty database: say so, rather than fail to install the catalog. (fail()
    // closes the connection: nothing may still hold it, hence the scopes.)
    QString refusal;
    if (ServerSecurity::isEnforced(db.connection()) && !ServerSecurity::isOwner(db.connection()))
        refusal = tr("The login %1 has no account in %2; ask the administrator to add it (users add).")
                      .arg(ServerSecurity::sessionLogin(db.connection()), db.displayName());
    else if (QString error; !CatalogRepository(db.connection()).install(CatalogLoader::builtin(), &error))
        refusal = tr("Cannot install the plan catalog into %1: %2").arg(path, error);
    if (!refusal.isEmpty())
        return db.fail(refusal);
    return true;
}
