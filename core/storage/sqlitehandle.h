#pragma once

#include <QSqlDatabase>

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 handle behind a QSQLITE connection, as QSqlDriver::handle()
// documents it; null for other drivers. RowReader and RowWriter step SQLite's own
// statements on it for bulk reads and writes.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

// Prepares `sql` on `handle`; null, with SQLite's message in `error`, when refused.
sqlite3_stmt *prepareOn(sqlite3 *handle, const QString &sql, QString *error);
