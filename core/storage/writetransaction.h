#pragma once

#include <QSqlDatabase>
#include <QString>

// A write transaction that takes the write lock at its start (BEGIN IMMEDIATE on
// SQLite; on PostgreSQL a transaction-level advisory lock, WriteLockKey), so two
// writers never deadlock half-way and never both act on what they read before the
// other wrote. Rolls back unless commit() ran.
//
// Transactions nest on one connection: a WriteTransaction opened while another is
// active on the same connection is a savepoint inside it. Its commit() releases the
// savepoint (the changes become part of the outer transaction, stored only when
// that one commits); without commit() it rolls back to the savepoint. So a service
// can put several repository writes, each with its own transaction, into one all or
// nothing (the value import and the report sheet of a return, for example).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // The advisory lock's key on a server: "FUER" and 1 (pg_advisory_xact_lock(bigint)).
    static constexpr qint64 WriteLockKey = (qint64(0x46554552) << 32) | 1;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 0; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    void finish();

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // 0: the outermost transaction; n: the savepoint wt_n
    QString m_error;
};
