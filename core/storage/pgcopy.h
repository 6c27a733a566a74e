#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct pg_conn;

// Rows sent to a PostgreSQL table with COPY … FROM STDIN (text format) on the
// QPSQL connection's own libpq handle, as QSqlDriver::handle() documents it: one
// statement for a whole batch instead of one round trip per row. ValueBatch stages
// an import's values with it on a server, as it reads them from memory on SQLite.
//
//     PgCopy copy(db);
//     if (copy.start("COPY t (a, b) FROM STDIN", &error)) {
//         for (…) { copy.addInteger(…); copy.addText(…); copy.endRow(); if (!copy.flush(&error)) … }
//         ok = copy.finish(&error);
//     }
//
// Part of the caller's transaction: a refused row (or finish() not reached) fails
// the statement, and the transaction rolls the whole COPY back.
class PgCopy
{
public:
    explicit PgCopy(QSqlDatabase db);
    ~PgCopy();
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    // True on a QPSQL connection whose libpq handle is open.
    bool isAvailable() const { return m_conn != nullptr; }

    bool start(const QString &copyStatement, QString *error);
    void addInteger(qint64 value);
    void addReal(double value);
    void addReal(const std::optional<double> &value);
    void addText(const QString &text);
    void endRow();
    // Sends what is buffered once it is large; rows go out in pieces of about 1 MB.
    bool flush(QString *error, bool force = false);
    bool finish(QString *error);

private:
    void separate();
    bool failed(const char *what, QString *error);

    pg_conn *m_conn = nullptr;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_copying = false;
};
