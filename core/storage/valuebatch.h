#pragma once

#include "model/valuerecord.h"
#include "rowwriter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

// Writes a batch of values set-based, inside the caller's transaction, in two
// statements: one INSERT … SELECT writes an audit row per value (old value and
// state read before the change) and one upsert inserts the new values with
// version 1 and updates stored ones with their version raised. On SQLite the
// statements read the values from memory (BatchTable); on other drivers they are
// first staged into a temporary table through one prepared INSERT (RowWriter).
class ValueBatch
{
public:
    // Path::Portable stages through QSqlQuery whatever the driver (tests compare both).
    explicit ValueBatch(QSqlDatabase db, RowWriter::Path path = RowWriter::Path::Fastest);

    // `indicatorIds` and `areaIds` hold the ids of each record, in the same order.
    // A value given more than once is written in rounds, so its later occurrence
    // updates the earlier one, as when the records are stored one after another.
    bool write(const QVector<ValueRecord> &records, const QVector<int> &indicatorIds, const QVector<int> &areaIds,
               const QString &user, const QString &action, QString *error);

private:
    bool stage(const QVector<ValueRecord> &records, const QVector<int> &indicatorIds, const QVector<int> &areaIds,
               const QVector<int> &which, QString *error);
    bool apply(const QString &source, const QString &user, const QString &action, const QString &now, QString *error);

    QSqlDatabase m_db;
    RowWriter::Path m_path;
};
