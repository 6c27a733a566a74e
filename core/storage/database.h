#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Owns one connection to a Fuer Monitor database file and keeps its schema current.
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

    QString path() const { return m_path; }
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
    bool installLockShim();
    bool checkIdentity(int *version);
    bool checkIntegrity();
    bool configure();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_backupPath;
};
