#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// A PostgreSQL connection URI as `--db` takes it:
//   postgresql://[user[:password]@][host][:port][/dbname][?key=value&…]   (also postgres://)
// Parts left out stay empty, so that libpq's own defaults apply (PGHOST, PGPORT, PGUSER,
// PGDATABASE, PGPASSWORD, ~/.pgpass, PGSSLROOTCERT …). Parts are percent-decoded; a host
// may be a socket folder written as %2F…; the query may also give host, port, user,
// password and dbname, and libpq's connection options (sslmode, sslrootcert,
// connect_timeout, application_name …), which go to QSqlDatabase::setConnectOptions.
struct PgConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(PgConnectionSpec)

public:
    QString host;
    int port = -1; // -1: libpq's default (PGPORT, 5432)
    QString dbname;
    QString user;
    QString password;
    QList<QPair<QString, QString>> options; // in the order given

    // True for text starting with postgresql:// or postgres:// (any case), i.e. text
    // that `--db` reads as a server, not as a file name.
    static bool isUri(const QString &text);
    // Parses `uri`; false with a message naming the part that is wrong.
    static bool parse(const QString &uri, PgConnectionSpec *out, QString *error);

    // "host:port/dbname" for messages (libpq's defaults shown as such), never the password.
    QString describe() const;
    // The options as QPSQL's connect-options text ("key='value';…").
    QString connectOptions() const;
    // Configures `db` (a QPSQL connection) with these settings.
    void applyTo(QSqlDatabase &db) const;
    // The URI again (password included when `withPassword`), parts percent-encoded.
    QString toUri(bool withPassword = true) const;

    // Opens `db` (configured by applyTo); on failure false and a message that names the
    // host and database and says what is wrong (wrong password, no server, TLS, no such
    // database), with the server's own words.
    bool open(QSqlDatabase &db, QString *error) const;
};

// A server connection's life after it was opened: the settings every connection of
// the program runs with, and finding and mending a connection the server dropped
// (a restart, a network cut, pg_terminate_backend). libpq notices a dropped
// connection only when it next uses it: the statement that met it fails.
struct pg_conn; // libpq's PGconn

namespace PgSession {
// libpq's connection behind a QPSQL connection (Qt 6.4 names its type "pg_conn*"),
// or null: for COPY, verifiers and the connection's status.
pg_conn *libpqHandle(const QSqlDatabase &db);
// client_encoding UTF8, client_min_messages warning, lock_timeout 30 s.
bool configure(QSqlDatabase db, QString *error);
// The connection is a QPSQL one that libpq knows to be broken, or that is not open
// (QPSQL reports a broken connection as not open; a reopening that failed leaves
// none). Ask it only of connections the program opened.
bool lost(const QSqlDatabase &db);
// Opens it again with the same settings (configure, and the LISTENs it had); true
// when it works again. Only between transactions: whatever was open is gone.
bool reconnect(QSqlDatabase db, QString *error);
} // namespace PgSession
