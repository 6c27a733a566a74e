#pragma once

#include <QSqlDatabase>
#include <QString>

// A write transaction that takes the write lock at its start (BEGIN IMMEDIATE on
// SQLite), so two writers never deadlock half-way. Rolls back unless commit() ran.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
