#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3_stmt;

// Reads the rows of one SELECT with integer parameters, column by column as numbers,
// for bulk loads of a million rows. On Qt's QSQLITE connection it steps SQLite's
// own statement on the connection's handle (the same library and the same
// connection Qt uses, so it sees the same data and transaction); QSqlQuery's
// QVariant per cell costs as much again as SQLite's reading. On any other driver
// (PostgreSQL) it reads through QSqlQuery.
class RowReader
{
public:
    enum class Path { Fastest, Portable }; // Portable: always QSqlQuery (tests compare both)
    explicit RowReader(QSqlDatabase db, Path path = Path::Fastest);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // `sql` uses ? placeholders, bound in order to `params`.
    bool exec(const QString &sql, const QVector<qint64> &params = {});
    bool next();
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QString errorString() const { return m_error; }
    bool usesSqliteDirectly() const { return m_stmt != nullptr; }

private:
    QSqlDatabase m_db;
    Path m_path;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // the portable path
    QString m_error;
};
