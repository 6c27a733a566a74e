#pragma once

#include "sqlitehandle.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

struct sqlite3_stmt;

// Writes many rows through one prepared statement, a row per exec(), for bulk
// writes of a hundred thousand rows inside the caller's transaction. On Qt's
// QSQLITE connection it binds and steps SQLite's own statement on the
// connection's handle (the same connection, so the same transaction), with text
// bound as UTF-8; QSqlQuery's QVariant per parameter and its UTF-16 text cost
// three times SQLite's own insert. On any other driver (PostgreSQL) it binds
// through QSqlQuery. Parameters are ? placeholders, numbered from 0.
class RowWriter
{
public:
    enum class Path { Fastest, Portable }; // Portable: always QSqlQuery (tests compare both)
    explicit RowWriter(QSqlDatabase db, Path path = Path::Fastest);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    bool prepare(const QString &sql);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindReal(int index, const std::optional<double> &value); // NULL when empty
    void bindText(int index, const QString &value);               // a null QString binds ''
    // Runs the statement with the values bound; they stay bound for the next row.
    bool exec();
    QString errorString() const { return m_error; }
    bool usesSqliteDirectly() const { return m_stmt != nullptr; }

private:
    QSqlDatabase m_db;
    Path m_path;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // the portable path
    QVector<Utf8Text> m_texts;          // per parameter: what SQLite reads while it is bound
    QString m_error;
};
