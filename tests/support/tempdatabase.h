#pragma once

#include "exchange/valueimport.h"
#include "pgtestserver.h"
#include "storage/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>

// Test support shared by the core tests (links fuercore and QtTest only).
//
// TempDatabase owns a fresh Fuer Monitor database in its own QTemporaryDir, so each
// test starts from the built-in catalog and leaves nothing behind. With
// FUER_TEST_BACKEND=pg (and FUER_TEST_PG, see PgTestServer) each file name is a fresh
// database on the test server instead: the same test runs on PostgreSQL.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    // Creates (or reopens) the database file; false with errorString() on failure.
    // On the server a new name is a fresh database, a copy of `serverTemplate` when
    // given (DemoFixture's demo database; a file copied into dir() is ignored there).
    bool open(const QString &fileName = QStringLiteral("fuer.sqlite"), const QString &serverTemplate = QString());
    void close();

    // True when the tests of this process run on the PostgreSQL test server.
    static bool onServer();

    Database &database() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &fileName) const { return m_dir.filePath(fileName); }
    QString path() const { return m_path; }
    QString errorString() const { return m_db.errorString(); }

    int valueCount() const;
    int auditCount() const;
    int rowCount(const QString &table) const;
    QString defaultAreaName() const;
    QStringList areaNames() const;

    // What `fuer values import` does: check the whole file, store it only when it
    // has no problem. `stored` is false when the file was refused or the store failed.
    struct ImportOutcome
    {
        ValueImport::Result result;
        bool stored = false;
        QString storeError;
    };
    ImportOutcome importCsv(const QByteArray &csv, ValueImport::Options options = ValueImport::Options(),
                            const QString &user = QStringLiteral("tester"));

private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_path;
    std::map<QString, std::unique_ptr<PgTestServer>> m_servers; // by file name
};

// A plain QSQLITE connection with its own name, for building files the way another
// program or an older version would; closed and removed on destruction.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const;
    QSqlDatabase connection() const;
    // Runs one statement; false (and the driver's message in lastError()) on failure.
    bool exec(const QString &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql);
    QString lastError() const { return m_error; }
    void close();

private:
    QString m_name;
    QString m_error;
};

namespace TestFiles {
QByteArray read(const QString &path);
bool write(const QString &path, const QByteArray &bytes);
// Names in `dir` that start with `prefix` (e.g. "fuer.sqlite.bak-v1-").
QStringList entriesStartingWith(const QString &dir, const QString &prefix);
// Bytes as a CSV file: UTF-8, lines joined with `eol` and ended by it.
QByteArray csv(const QStringList &lines, const QByteArray &eol = "\n");
} // namespace TestFiles
