#include "pgcopy.h"

#include "pgconnection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>

namespace {
constexpr int FlushSize = 1 << 20;
}

PgCopy::PgCopy(QSqlDatabase db)
{
    PGconn *conn = PgSession::libpqHandle(db);
    if (conn && PQstatus(conn) == CONNECTION_OK)
        m_conn = conn;
}

PgCopy::~PgCopy()
{
    // A COPY left open (an error on the way) is ended as failed, so the connection
    // takes statements again and the caller's transaction rolls it back.
    if (m_copying) {
        PQputCopyEnd(m_conn, "abandoned");
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
    }
}

bool PgCopy::failed(const char *what, QString *error)
{
    *error = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    return false;
}

bool PgCopy::start(const QString &copyStatement, QString *error)
{
    if (!m_conn) {
        *error = QStringLiteral("COPY: not a PostgreSQL connection");
        return false;
    }
    PGresult *r = PQexec(m_conn, copyStatement.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    m_copying = ok;
    m_buffer.clear();
    m_buffer.reserve(FlushSize + 4096);
    return ok;
}

void PgCopy::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void PgCopy::addInteger(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, int(end - digits));
}

void PgCopy::addReal(double value)
{
    separate();
    if (!std::isfinite(value)) {
        m_buffer.append(std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        return;
    }
    // The shortest text that reads back as the same double.
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, int(end - digits));
}

void PgCopy::addReal(const std::optional<double> &value)
{
    if (value) {
        addReal(*value);
    } else {
        separate();
        m_buffer.append("\\N");
    }
}

void PgCopy::addText(const QString &text)
{
    separate();
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_buffer.append("\\\\");
            break;
        case '\t':
            m_buffer.append("\\t");
            break;
        case '\n':
            m_buffer.append("\\n");
            break;
        case '\r':
            m_buffer.append("\\r");
            break;
        default:
            m_buffer.append(c);
        }
    }
}

void PgCopy::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
}

bool PgCopy::flush(QString *error, bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < FlushSize))
        return true;
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        return failed("COPY", error);
    m_buffer.clear();
    return true;
}

bool PgCopy::finish(QString *error)
{
    if (!m_copying) {
        *error = QStringLiteral("COPY: not started");
        return false;
    }
    if (!flush(error, true))
        return false;
    m_copying = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failed("COPY", error);
    bool ok = true;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    return ok;
}
