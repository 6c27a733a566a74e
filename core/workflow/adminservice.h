#pragma once

#include "model/user.h"

#include <QString>

// The administrator's copies of the whole database: a backup, and a restore that
// keeps the replaced file. Refused to every other role (Permissions); the copying
// itself is storage/BackupService's. Both work on paths and open their own
// connections, so they can run on a worker thread while the window stays live.
class AdminService
{
public:
    static bool backUp(const User &actor, const QString &databasePath, const QString &targetPath, QString *error);
    static bool restore(const User &actor, const QString &backupPath, const QString &databasePath, QString *keptPath,
                        QString *error);
};
