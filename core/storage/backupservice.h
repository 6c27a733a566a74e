#pragma once

#include <QCoreApplication>
#include <QString>

// Copies of a database file for the administrator. A backup is a consistent copy
// taken while the program runs (SQLite's VACUUM INTO on a connection of its own,
// so it may run in a worker thread). A restore first proves the copy is ours and
// readable (it is opened and, if old, migrated under a temporary name), keeps the
// current file beside it, and only then puts the copy in its place.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    static bool backup(const QString &databasePath, const QString &targetPath, QString *error);
    // The live database must be closed by the caller. `keptPath` receives where
    // the replaced file was kept.
    static bool restore(const QString &backupPath, const QString &databasePath, QString *keptPath, QString *error);
};
