#pragma once

#include <QSqlDatabase>

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 handle behind a QSQLITE connection, as QSqlDriver::handle()
// documents it; null for other drivers. RowReader and RowWriter step SQLite's own
// statements on it for bulk reads and writes.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

// Prepares `sql` on `handle`; null, with SQLite's message in `error`, when refused.
sqlite3_stmt *prepareOn(sqlite3 *handle, const QString &sql, QString *error);

// The last text given as UTF-8: bulk rows repeat their texts (source, note, state),
// so each is converted once per run of equal texts.
class Utf8Text
{
public:
    const QByteArray &of(const QString &text)
    {
        if (!m_set || m_text != text) {
            m_text = text;
            m_utf8 = text.toUtf8();
            m_set = true;
        }
        return m_utf8;
    }

private:
    QString m_text;
    QByteArray m_utf8;
    bool m_set = false;
};
