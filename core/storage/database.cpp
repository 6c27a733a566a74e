#include "database.h"

#include "migrations.h"
#include "model/clock.h"
#include "pgconnection.h"
#include "sqlitelocks.h"

#include <algorithm>

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
    if (m_server) {
        // A server keeps no write-ahead file beside a database file.
        close();
        return true;
    }
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
    if (m_server) {
        if (q.exec(QStringLiteral("SELECT version FROM fuer_schema")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
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
    m_displayName = path;
    m_server = false;
    if (path.isEmpty())
        return fail(tr("No database file was given."));
    if (PgConnectionSpec::isUri(path))
        return openServer(path, true);

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
    m_displayName = openedPath;
    m_server = false;
    if (PgConnectionSpec::isUri(openedPath))
        return openServer(openedPath, false);
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

bool Database::openServer(const QString &uri, bool migrate)
{
    m_server = true;
    PgConnectionSpec spec;
    QString error;
    if (!PgConnectionSpec::parse(uri, &spec, &error))
        return fail(error);
    m_displayName = spec.describe();
    {
        // Failures are reported after the handle is gone, so close() can remove it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            error = tr("Cannot connect to %1: Qt's PostgreSQL driver (QPSQL) is not installed.").arg(m_displayName);
        } else {
            spec.applyTo(db);
            // The window connects on its own thread: a host that never answers
            // must not hold it for libpq's default of waiting for ever.
            const bool timeoutGiven = qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT")
                || std::any_of(spec.options.cbegin(), spec.options.cend(),
                               [](const auto &kv) { return kv.first == QLatin1String("connect_timeout"); });
            if (!timeoutGiven) {
                QString options = db.connectOptions();
                if (!options.isEmpty())
                    options += QLatin1Char(';');
                db.setConnectOptions(options + QStringLiteral("connect_timeout='15'"));
            }
            spec.open(db, &error);
        }
    }
    if (!error.isEmpty())
        return fail(error);
    PgSession::configure(connection(), &error);
    if (!error.isEmpty())
        return fail(tr("Cannot configure the connection to %1: %2").arg(m_displayName, error));
    if (!migrate)
        return true;

    // Two programs opening a new database at once: one creates the schema while
    // the other waits on this lock, then finds it current.
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(ApplicationId)))
            error = q.lastError().text();
    }
    if (!error.isEmpty())
        return fail(tr("Cannot lock %1 for its schema check: %2").arg(m_displayName, error));
    int version = 0;
    bool ok = checkServerIdentity(&version);
    if (ok && version < Migrations::latestVersion()) {
        ok = Migrations::apply(connection(), version, &error);
        if (!ok)
            error = tr("Cannot upgrade %1: %2").arg(m_displayName, error);
    }
    // A refusal above may have closed the connection already, and its lock with it.
    if (connection().isOpen()) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(ApplicationId));
    }
    if (!ok)
        return error.isEmpty() ? false : fail(error);
    return true;
}

bool Database::checkServerIdentity(int *version)
{
    QString error;
    qint64 appId = 0;
    bool ours = false;
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT to_regclass('fuer_schema') IS NOT NULL,"
                                   " (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())"))
            || !q.next()) {
            error = tr("Cannot read the tables of %1: %2").arg(m_displayName, q.lastError().text());
        } else {
            ours = q.value(0).toBool();
            const int tables = q.value(1).toInt();
            if (!ours && tables > 0) {
                error = tr("%1 is not a Fuer Monitor database: it has %n other table(s) and no fuer_schema; "
                           "it was not changed. Give an empty database, or one Fuer Monitor set up.",
                           nullptr, tables)
                            .arg(m_displayName);
            } else if (!ours) {
                if (!q.exec(QStringLiteral("CREATE TABLE fuer_schema (application_id INTEGER NOT NULL,"
                                           " version INTEGER NOT NULL)"))
                    || !q.exec(QStringLiteral("INSERT INTO fuer_schema (application_id, version) VALUES (%1, 0)")
                                   .arg(ApplicationId)))
                    error = tr("Cannot create the schema in %1: %2").arg(m_displayName, q.lastError().text());
                *version = 0;
                appId = ApplicationId;
            } else if (!q.exec(QStringLiteral("SELECT application_id, version FROM fuer_schema")) || !q.next()) {
                error = tr("%1 has an empty fuer_schema table: %2").arg(m_displayName, q.lastError().text());
            } else {
                appId = q.value(0).toLongLong();
                *version = q.value(1).toInt();
            }
        }
    }
    if (!error.isEmpty())
        return fail(error);
    if (appId != ApplicationId)
        return fail(
            tr("%1 belongs to another program (application id %2); it was not changed.").arg(m_displayName).arg(appId));
    if (*version > Migrations::latestVersion())
        return fail(tr("%1 was set up by a newer version of Fuer Monitor (schema %2; this program knows up to %3). "
                       "Please update the program; the database was not changed.")
                        .arg(m_displayName)
                        .arg(*version)
                        .arg(Migrations::latestVersion()));
    return true;
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
