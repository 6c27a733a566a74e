#pragma once

#include "storage/pgconnection.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The tests' PostgreSQL server: FUER_TEST_PG (scripts/pg-cluster.sh writes it; a role
// that may create databases and roles). Each PgTestServer makes a fresh database of
// its own and hands out unique role names; its destructor drops the database and every
// role it made, so nothing stays behind on the cluster.
//
// A test that needs a server starts with
//     PgTestServer pg;
//     if (!pg.start()) { PG_REQUIRE_OR_SKIP(pg); }
// which skips with a message when FUER_TEST_PG is unset, and fails instead when
// FUER_REQUIRE_PG=1 (scripts/test.sh sets it), so CI cannot pass without the server.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // True when FUER_TEST_PG is set; `required` when FUER_REQUIRE_PG=1.
    static bool configured();
    static bool required();

    // Creates the fresh database, empty or as a copy of `templateDb` (a database of
    // the same cluster nobody is connected to); false with errorString() (also when
    // not configured).
    bool start(const QString &templateDb = QString());
    QString errorString() const { return m_error; }

    // The admin role's settings pointed at the fresh database.
    PgConnectionSpec spec() const { return m_spec; }
    QString uri() const { return m_spec.toUri(); }
    QString databaseName() const { return m_spec.dbname; }
    // The settings for another login on the fresh database.
    PgConnectionSpec specFor(const QString &user, const QString &password) const;

    // A role name no other test uses ("<prefix>_<pid>_<n>"), dropped at the end. The
    // test creates it (CREATE ROLE …) under that name.
    QString uniqueRoleName(const QString &prefix);

    // Runs one statement as the admin role on the fresh database.
    bool exec(const QString &sql, QString *error = nullptr);

    // On `db` (a server database, as its owner): the next write of indicator_values,
    // by whoever, ends its own backend from inside the write, once (a sequence is not
    // rolled back with the transaction), as a restart or a network cut would.
    static bool dropNextValueWrite(QSqlDatabase db, QString *error);

private:
    QString adminConnection() const;

    PgConnectionSpec m_admin; // FUER_TEST_PG as given (its database: the maintenance one)
    PgConnectionSpec m_spec;  // the same role on the fresh database
    QString m_error;
    QString m_connName;
    QStringList m_roles;
    bool m_created = false;
};

#define PG_REQUIRE_OR_SKIP(pg)                                                                                         \
    do {                                                                                                               \
        if (!PgTestServer::configured() && !PgTestServer::required())                                                  \
            QSKIP("FUER_TEST_PG is not set: no PostgreSQL server to test against (scripts/test.sh starts one)");       \
        QFAIL(qPrintable(QStringLiteral("PostgreSQL test server: ") + (pg).errorString()));                            \
    } while (false)
