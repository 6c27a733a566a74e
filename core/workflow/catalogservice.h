#pragma once

#include "model/indicator.h"
#include "model/user.h"

#include <QSqlDatabase>

class ChangeNotifier;

// The administrator's edits of the catalog (编辑指标): checks the role
// (Permissions::EditCatalog), then the store checks the stored account, the
// fields and audits each change; announces catalogChanged after the commit.
class CatalogService
{
public:
    explicit CatalogService(QSqlDatabase db, ChangeNotifier *notifier = nullptr);

    bool updateIndicator(const User &actor, const Indicator &changed, QString *error);

private:
    QSqlDatabase m_db;
    ChangeNotifier *m_notifier = nullptr;
};
