#include "catalogservice.h"

#include "changenotifier.h"
#include "permissions.h"

#include "storage/catalogrepository.h"

CatalogService::CatalogService(QSqlDatabase db, ChangeNotifier *notifier)
    : m_db(db)
    , m_notifier(notifier)
{
}

bool CatalogService::updateIndicator(const User &actor, const Indicator &changed, QString *error)
{
    if (!Permissions::check(actor, Permissions::Act::EditCatalog, error))
        return false;
    if (!CatalogRepository(m_db).updateIndicator(changed, actor, error))
        return false;
    if (m_notifier)
        emit m_notifier->catalogChanged(changed.code);
    return true;
}
