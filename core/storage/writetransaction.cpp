#include "writetransaction.h"

#include "pgconnection.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// How many transactions are open on each connection (by connection name).
QMutex depthMutex;
QHash<QString, int> &openDepths()
{
    static QHash<QString, int> depths;
    return depths;
}

QString savepoint(int depth)
{
    return QStringLiteral("wt_%1").arg(depth);
}
} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(db)
{
    {
        QMutexLocker lock(&depthMutex);
        m_depth = openDepths().value(m_db.connectionName(), 0);
    }
    QSqlQuery q(m_db);
    if (m_depth > 0) {
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    } else if (m_db.driverName() == QLatin1String("QPSQL")) {
        // The same one-writer-at-a-time as SQLite's BEGIN IMMEDIATE: a lock held to
        // the end of the transaction. A service reads what it checks (a value's
        // state and version, an account) inside its transaction and then writes;
        // under READ COMMITTED two such services could both pass their checks
        // before either writes (a draft over a value being approved). Readers are
        // not held up.
        // A connection the server dropped (a restart, a network cut) is made again
        // before the transaction starts: nothing of it was written yet, so the
        // write can go ahead on the new one. One that drops later fails the write,
        // which then was not stored (the server rolls it back).
        if (PgSession::lost(m_db) && !PgSession::reconnect(m_db, &m_error))
            return;
        m_active = q.exec(QStringLiteral("BEGIN"));
        if (!m_active && PgSession::lost(m_db)) {
            if (!PgSession::reconnect(m_db, &m_error))
                return;
            q = QSqlQuery(m_db);
            m_active = q.exec(QStringLiteral("BEGIN"));
        }
        if (m_active && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey))) {
            m_error = q.lastError().text();
            m_active = false;
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return;
        }
    } else {
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (!m_active) {
        m_error = q.lastError().text();
        return;
    }
    QMutexLocker lock(&depthMutex);
    openDepths()[m_db.connectionName()] = m_depth + 1;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_depth > 0) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    finish();
}

void WriteTransaction::finish()
{
    m_active = false;
    QMutexLocker lock(&depthMutex);
    if (m_depth > 0)
        openDepths()[m_db.connectionName()] = m_depth;
    else
        openDepths().remove(m_db.connectionName());
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    const QString statement = m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint(m_depth)
                                          : QStringLiteral("COMMIT");
    if (!q.exec(statement)) {
        m_error = q.lastError().text();
        return false;
    }
    finish();
    return true;
}
