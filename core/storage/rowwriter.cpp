#include "rowwriter.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

RowWriter::RowWriter(QSqlDatabase db, Path path)
    : m_db(db)
    , m_path(path)
{
}

RowWriter::~RowWriter()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool RowWriter::prepare(const QString &sql)
{
    m_error.clear();
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query.reset();
    m_texts.clear();
    if (sqlite3 *handle = m_path == Path::Fastest ? sqliteHandleOf(m_db) : nullptr) {
        m_stmt = prepareOn(handle, sql, &m_error);
        if (!m_stmt)
            return false;
        return true;
    }
    m_query = std::make_unique<QSqlQuery>(m_db);
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}

void RowWriter::bindInteger(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else if (m_query)
        m_query->bindValue(index, value);
}

void RowWriter::bindReal(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index + 1, value);
    else if (m_query)
        m_query->bindValue(index, value);
}

void RowWriter::bindReal(int index, const std::optional<double> &value)
{
    if (value)
        bindReal(index, *value);
    else if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else if (m_query)
        m_query->bindValue(index, QVariant(QMetaType::fromType<double>()));
}

void RowWriter::bindText(int index, const QString &value)
{
    if (m_stmt) {
        if (index >= m_texts.size())
            m_texts.resize(index + 1);
        const QByteArray &utf8 = m_texts[index].of(value);
        sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    } else if (m_query) {
        m_query->bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
    }
}

bool RowWriter::exec()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
            sqlite3_reset(m_stmt);
            return false;
        }
        sqlite3_reset(m_stmt);
        return true;
    }
    if (!m_query) {
        m_error = QStringLiteral("RowWriter: no statement prepared");
        return false;
    }
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return false;
    }
    return true;
}
