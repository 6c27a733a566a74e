#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}
