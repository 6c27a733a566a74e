#pragma once

#include "model/valuerecord.h"

#include <QSqlDatabase>
#include <QVector>

struct sqlite3;

// Shows a batch of values to SQLite as the read-only table `fuer_batch` (an
// eponymous virtual table on a QSQLITE connection), so INSERT … SELECT statements
// read the values straight from memory: no staging table written and read back,
// which was a quarter of the time of an import. Columns: indicator_id, area_id,
// year, value, numerator, denominator, source, note, state, reference_value.
// On other drivers isAvailable() is false and the caller stages the rows instead.
// One BatchTable at a time per connection: a new one replaces the last one's rows.
class BatchTable
{
public:
    static constexpr const char *Name = "fuer_batch";

    struct Rows
    {
        const QVector<ValueRecord> *records = nullptr;
        const QVector<int> *indicatorIds = nullptr; // per record
        const QVector<int> *areaIds = nullptr;      // per record
        const QVector<int> *which = nullptr;        // the records shown, in this order
    };

    explicit BatchTable(QSqlDatabase db);
    ~BatchTable(); // the table is empty afterwards
    BatchTable(const BatchTable &) = delete;
    BatchTable &operator=(const BatchTable &) = delete;

    bool isAvailable() const { return m_shown != nullptr; }
    // The rows must outlive their use in statements; show() again or clear() to change.
    void show(const Rows &rows);
    void clear();

private:
    Rows *m_shown = nullptr; // owned by the connection's module registration
};
