#include "database.h"

#include "migrations.h"
#include "model/clock.h"
#include "sqlitelocks.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>

namespace {
QAtomicInt s_connectionCounter;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head == QByteArray("SQLite format 3\0", 16);
}

bool onNetworkFileSystem(const QString &path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    return type.contains("nfs") || type.contains("cifs") || type.contains("smb") || type.contains("fuse.sshfs");
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("fuer-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("fuer-monitor.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::closeCheckpointed(QString *error)
{
    QString message;
    {
        // A read first: a connection that switched to WAL and read nothing since
        // has not opened the WAL yet, and leaving WAL mode then fails with
        // "database table is locked" (the backup's check opens the copy and closes
        // it at once). Each statement finished before the next.
        QSqlQuery checkpoint(connection());
        if (!checkpoint.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            message = checkpoint.lastError().text();
        checkpoint.finish();
        if (message.isEmpty() && !checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            message = checkpoint.lastError().text();
        checkpoint.finish();
        QSqlQuery mode(connection());
        if (!message.isEmpty()) {
        } else if (!mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
            message = mode.lastError().text();
        } else if (mode.next() && mode.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0) {
            message = tr("%1 stays in %2 mode").arg(m_path, mode.value(0).toString());
        }
    }
    close();
    if (!message.isEmpty() && error)
        *error = message;
    return message.isEmpty();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::open(const QString &path)
{
    close();
    m_error.clear();
    m_backupPath.clear();
    m_path = path;
    if (path.isEmpty())
        return fail(tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(path));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(tr("The folder %1 for the database file does not exist.").arg(folder.filePath()));
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew && !folder.isWritable())
        return fail(tr("Cannot create %1: the folder %2 is read-only.").arg(path, folder.filePath()));
    if (!isNew) {
        if (!info.isReadable())
            return fail(tr("Cannot read %1: permission denied.").arg(path));
        if (!looksLikeSqlite(path))
            return fail(tr("%1 is not a Fuer Monitor database: it is not an SQLite file.").arg(path));
        if (!info.isWritable())
            return fail(tr("%1 is read-only for this account; the program needs to write to it. "
                           "Ask for write permission to the file, or open a copy in a folder of your own.")
                            .arg(path));
        // SQLite creates its journal files beside the database on every open; in
        // a folder it cannot write to, it reported "unable to open database file",
        // which read as a damaged database.
        if (!folder.isWritable())
            return fail(tr("Cannot open %1: the folder %2 is read-only for this account, and the program must "
                           "create its journal files (%3-wal, %3-shm) beside the database. Move the database to "
                           "a folder you may write to, or ask for write permission to %2.")
                            .arg(path, folder.filePath(), info.fileName()));
    }

    if (!installLockShim())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            return fail(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    }

    int version = 0;
    if (!checkIdentity(&version))
        return false;
    // Before configure(): switching to WAL writes the header, and a damaged file
    // must be refused exactly as it was.
    if (version > 0 && !checkIntegrity())
        return false;
    if (!configure())
        return false;

    // Every handle and query below is released before fail() removes the connection.
    if (version > 0 && version < Migrations::latestVersion()) {
        m_backupPath = QStringLiteral("%1.bak-v%2-%3")
                           .arg(path)
                           .arg(version)
                           .arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString error;
        {
            QSqlQuery vacuum(connection());
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(m_backupPath);
            if (!vacuum.exec())
                error = vacuum.lastError().text();
        }
        if (!error.isEmpty()) {
            m_backupPath.clear();
            return fail(tr("Cannot keep a copy of %1 before upgrading it: %2").arg(path, error));
        }
    }
    if (version < Migrations::latestVersion()) {
        QString error;
        if (!Migrations::apply(connection(), version, &error))
            return fail(tr("Cannot upgrade %1: %2").arg(path, error));
    }
    return true;
}

bool Database::openAnother(const QString &openedPath)
{
    close();
    m_error.clear();
    m_backupPath.clear();
    m_path = openedPath;
    if (openedPath.isEmpty() || !QFileInfo(openedPath).isFile())
        return fail(tr("%1 is not an open database file.").arg(openedPath));
    if (!installLockShim())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            return fail(tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
    }
    return configure();
}

bool Database::installLockShim()
{
    // Without it, any close() of the file elsewhere in the process (a file dialog
    // showing the folder) drops SQLite's locks: see sqlitelocks.h.
    QString error;
    if (!installSqliteLockShim(&error))
        return fail(tr("Cannot open %1 safely: %2").arg(m_path, error));
    return true;
}

bool Database::checkIdentity(int *version)
{
    // Queries are closed before fail() removes the connection.
    int tables = 0;
    qint32 appId = 0;
    QString error;
    {
        QSqlQuery q(connection());
        // Reading the schema is the first thing to fail on a damaged or encrypted file.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            error = tr("%1 is damaged or not a database: %2").arg(m_path, q.lastError().text());
        else
            tables = q.value(0).toInt();
        if (error.isEmpty()) {
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            else
                error = tr("%1 is damaged: %2").arg(m_path, q.lastError().text());
        }
        if (error.isEmpty()) {
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                *version = q.value(0).toInt();
            else
                error = tr("%1 is damaged: %2").arg(m_path, q.lastError().text());
        }
        if (error.isEmpty() && appId == 0 && tables == 0 && *version == 0) {
            // A new file: 16 KiB pages, set before anything is written. Bulk writes
            // (an import of 100,000 values) took a fifth less time than with
            // SQLite's default 4 KiB, and reading every value for the assessment
            // of all areas touches fewer pages.
            if (!q.exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize))
                || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
                error = tr("Cannot write to %1: %2").arg(m_path, q.lastError().text());
            else
                return true;
        }
    }
    if (!error.isEmpty())
        return fail(error);
    if (appId != ApplicationId)
        return fail(
            tr("%1 belongs to another program (application id %2); it was not changed.").arg(m_path).arg(appId));
    if (*version > Migrations::latestVersion())
        return fail(tr("%1 was written by a newer version of Fuer Monitor (schema %2; this program knows up to %3). "
                       "Please update the program; the file was not changed.")
                        .arg(m_path)
                        .arg(*version)
                        .arg(Migrations::latestVersion()));
    return true;
}

bool Database::checkIntegrity()
{
    bool ok = false;
    {
        QSqlQuery check(connection());
        ok = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next()
            && check.value(0).toString() == QLatin1String("ok");
    }
    return ok || fail(tr("%1 is damaged; it was not changed.").arg(m_path));
}

bool Database::configure()
{
    const QString walMode = onNetworkFileSystem(m_path) ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = %1").arg(walMode),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    QString error;
    {
        QSqlQuery q(connection());
        for (const QString &sql : pragmas) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
        }
    }
    return error.isEmpty() || fail(tr("Cannot configure %1: %2").arg(m_path, error));
}
