#include "rowreader.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

RowReader::RowReader(QSqlDatabase db, Path path)
    : m_db(db)
    , m_path(path)
{
}

RowReader::~RowReader()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool RowReader::exec(const QString &sql, const QVector<qint64> &params)
{
    m_error.clear();
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query.reset();
    if (sqlite3 *handle = m_path == Path::Fastest ? sqliteHandleOf(m_db) : nullptr) {
        m_stmt = prepareOn(handle, sql, &m_error);
        if (!m_stmt)
            return false;
        for (int i = 0; i < params.size(); ++i)
            sqlite3_bind_int64(m_stmt, i + 1, params.at(i));
        return true;
    }
    m_query = std::make_unique<QSqlQuery>(m_db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        return false;
    }
    for (qint64 p : params)
        m_query->addBindValue(p);
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}

bool RowReader::next()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        return false;
    }
    return m_query && m_query->next();
}

qint64 RowReader::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
}

double RowReader::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : m_query->value(column).toDouble();
}

bool RowReader::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query->isNull(column);
}
