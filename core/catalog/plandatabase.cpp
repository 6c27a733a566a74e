#include "plandatabase.h"

#include "catalogloader.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"

bool PlanDatabase::open(Database &db, const QString &path)
{
    if (!db.open(path))
        return false;
    CatalogRepository catalog(db.connection());
    if (catalog.isEmpty()) {
        QString error;
        if (!catalog.install(CatalogLoader::builtin(), &error))
            return db.fail(tr("Cannot install the plan catalog into %1: %2").arg(path, error));
    }
    return true;
}
