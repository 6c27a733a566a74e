#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Owns one connection to a Fuer Monitor database and keeps its schema current: a
// file (SQLite) or, for a `postgresql://` URI (PgConnectionSpec), a database on a
// PostgreSQL server.
//
// Invariants after open() returns true: foreign keys are on, the file carries our
// application_id, and user_version equals Migrations::latestVersion(). A file that is
// not ours, is newer than this program, or is damaged is refused and left untouched;
// an older file is copied aside (FILE.bak-vN-TIMESTAMP) before it is migrated.
// All SQL of the program lives in core/storage; other layers use the repositories.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 ApplicationId = 0x46554552; // "FUER"
    static constexpr int PageSize = 16384;              // bytes per page of a new file

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates `path`: checks the file is ours and whole, migrates its
    // schema. It installs no catalog: PlanDatabase::open (catalog/) does that.
    // A `postgresql://` URI opens that server database instead: an empty one gets
    // the schema (fuer_schema holds our identity and version, as application_id and
    // user_version do in a file); one with other tables and no fuer_schema, or of a
    // newer schema, is refused with a message naming host and database.
    bool open(const QString &path);
    // A further connection, for a worker thread, to a file that another Database
    // holds open (its path()): configured as that one (foreign keys, WAL, busy
    // timeout), without checking the file's identity and integrity or migrating
    // it again; open() did, and its quick_check reads the whole file.
    bool openAnother(const QString &openedPath);
    void close();
    // Writes the WAL back into the file, leaves WAL mode (so that the file alone is
    // the whole database: it is about to be renamed or copied) and closes. False,
    // with SQLite's message, when that failed; the connection is closed either way.
    bool closeCheckpointed(QString *error);
    bool isOpen() const;
    // True when connected to a PostgreSQL server rather than a file.
    bool isServer() const { return m_server; }

    // The file, or the URI given to open() (password included: for openAnother()).
    QString path() const { return m_path; }
    // Where the connection goes, for titles and messages: the file, or
    // "host:port/dbname" without a password.
    QString displayName() const { return m_displayName; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QString backupPath() const { return m_backupPath; }

    // The default location: the user's application data folder.
    static QString defaultPath();

    // Closes the connection and keeps `message` as errorString(); false, for
    // `return db.fail(...)`. For the layers above that refuse an opened file.
    bool fail(const QString &message);

private:
    bool openServer(const QString &uri, bool migrate);
    bool checkServerIdentity(int *version);
    bool installLockShim();
    bool checkIdentity(int *version);
    bool checkIntegrity();
    bool configure();

    QString m_connectionName;
    QString m_path;
    QString m_displayName;
    bool m_server = false;
    QString m_error;
    QString m_backupPath;
};
