#pragma once

#include <QString>

// Where a PostgreSQL server database is, as the connection dialog asks for it.
// Session::serverUri turns it into the `postgresql://` URI that `--db` takes;
// empty parts are left to libpq's defaults (PGHOST, PGPORT, PGUSER, ~/.pgpass …).
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;                           // never stored by the program
    QString sslMode = QStringLiteral("prefer"); // libpq's sslmode: disable, prefer, require, verify-ca, verify-full
};
