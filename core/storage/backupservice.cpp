#include "backupservice.h"

#include "database.h"
#include "io/outputfile.h"
#include "model/clock.h"
#include "sqlitelocks.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt s_counter;
}

bool BackupService::backup(const QString &databasePath, const QString &targetPath, QString *error)
{
    if (QFileInfo::exists(targetPath)) {
        *error = tr("%1 exists already; choose a new file name for the backup.").arg(targetPath);
        return false;
    }
    if (!installSqliteLockShim(error))
        return false;
    // VACUUM INTO a temporary file beside the target, checked and renamed into
    // place only when whole: a backup killed half-way leaves no truncated copy.
    StagedOutput staged(targetPath);
    if (staged.stagingPath().isEmpty()) {
        *error = staged.errorString();
        return false;
    }
    const QString name = QStringLiteral("fuer-backup-%1").arg(s_counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("Cannot read %1: %2").arg(databasePath, db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(staged.stagingPath());
            ok = q.exec();
            if (!ok)
                *error = tr("Cannot write the backup %1: %2").arg(targetPath, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return false;
    Database check;
    if (!check.open(staged.stagingPath())) {
        *error = tr("The backup %1 does not read back: %2").arg(targetPath, check.errorString());
        return false;
    }
    QString closeError;
    if (!check.closeCheckpointed(&closeError)) {
        *error = tr("Cannot write the backup %1: %2").arg(targetPath, closeError);
        return false;
    }
    return staged.commit(error);
}

bool BackupService::restore(const QString &backupPath, const QString &databasePath, QString *keptPath, QString *error)
{
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging)) {
        *error = tr("Cannot copy %1 beside %2.").arg(backupPath, databasePath);
        return false;
    }
    {
        Database check;
        if (!check.open(staging)) {
            *error = tr("%1 cannot be restored: %2").arg(backupPath, check.errorString());
            check.close();
            QFile::remove(staging);
            return false;
        }
        QSqlQuery q(check.connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + suffix);
    *keptPath = QStringLiteral("%1.before-restore-%2")
                    .arg(databasePath, Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, *keptPath)) {
        *error = tr("Cannot move %1 aside; nothing was restored.").arg(databasePath);
        QFile::remove(staging);
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(databasePath + suffix, *keptPath + suffix);
    if (!QFile::rename(staging, databasePath)) {
        QFile::rename(*keptPath, databasePath);
        *error = tr("Cannot put the restored file in place; the previous file was kept.");
        return false;
    }
    return true;
}
