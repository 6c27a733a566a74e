#include "adminservice.h"

#include "permissions.h"

#include "storage/backupservice.h"

bool AdminService::backUp(const User &actor, const QString &databasePath, const QString &targetPath, QString *error)
{
    return Permissions::check(actor, Permissions::Act::BackUp, error)
        && BackupService::backup(databasePath, targetPath, error);
}

bool AdminService::restore(const User &actor, const QString &backupPath, const QString &databasePath, QString *keptPath,
                           QString *error)
{
    return Permissions::check(actor, Permissions::Act::Restore, error)
        && BackupService::restore(backupPath, databasePath, keptPath, error);
}
