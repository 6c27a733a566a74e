#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The sqlite3 handle behind a QSQLITE connection, as QSqlDriver::handle()
// documents it; null for other drivers. RowReader and RowWriter step SQLite's own
// statements on it for bulk reads and writes.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);
