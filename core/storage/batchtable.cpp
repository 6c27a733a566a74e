#include "batchtable.h"

#include "sqlitehandle.h"

#include <sqlite3.h>

#include <new>

namespace {

using Rows = BatchTable::Rows;

enum Column { IndicatorId, AreaId, Year, Value, Numerator, Denominator, Source, Note, State, ReferenceValue };

struct Table : sqlite3_vtab
{
    const Rows *rows = nullptr;
};

struct Cursor : sqlite3_vtab_cursor
{
    qsizetype position = 0;
    Utf8Text source;
    Utf8Text note;
    Utf8Text state;
};

int connect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db,
                                        "CREATE TABLE x(indicator_id INTEGER, area_id INTEGER, year INTEGER,"
                                        " value REAL, numerator REAL, denominator REAL, source TEXT, note TEXT,"
                                        " state TEXT, reference_value REAL)");
    if (rc != SQLITE_OK)
        return rc;
    Table *table = new (std::nothrow) Table();
    if (!table)
        return SQLITE_NOMEM;
    table->rows = static_cast<const Rows *>(aux);
    *out = table;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    delete static_cast<Table *>(table);
    return SQLITE_OK;
}

qsizetype rowCount(const Rows *rows)
{
    return rows && rows->which ? rows->which->size() : 0;
}

// One way to read it: every row, in the order shown.
int bestIndex(sqlite3_vtab *table, sqlite3_index_info *info)
{
    const double rows = double(rowCount(static_cast<Table *>(table)->rows));
    info->estimatedCost = rows + 1;
    info->estimatedRows = sqlite3_int64(rows);
    return SQLITE_OK;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    Cursor *cursor = new (std::nothrow) Cursor();
    if (!cursor)
        return SQLITE_NOMEM;
    *out = cursor;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    static_cast<Cursor *>(cursor)->position = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++static_cast<Cursor *>(cursor)->position;
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    const Cursor *c = static_cast<Cursor *>(cursor);
    return c->position >= rowCount(static_cast<Table *>(c->pVtab)->rows);
}

void resultReal(sqlite3_context *context, const std::optional<double> &value)
{
    if (value)
        sqlite3_result_double(context, *value);
    else
        sqlite3_result_null(context);
}

// Copied by SQLite: the statement may keep the value longer than this row.
void resultText(sqlite3_context *context, Utf8Text &column, const QString &text)
{
    const QByteArray &utf8 = column.of(text);
    sqlite3_result_text(context, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int n)
{
    Cursor *c = static_cast<Cursor *>(cursor);
    const Rows &rows = *static_cast<Table *>(c->pVtab)->rows;
    const int i = rows.which->at(c->position);
    const ValueRecord &r = rows.records->at(i);
    switch (n) {
    case IndicatorId:
        sqlite3_result_int64(context, rows.indicatorIds->at(i));
        break;
    case AreaId:
        sqlite3_result_int64(context, rows.areaIds->at(i));
        break;
    case Year:
        sqlite3_result_int64(context, r.year);
        break;
    case Value:
        sqlite3_result_double(context, r.value);
        break;
    case Numerator:
        resultReal(context, r.numerator);
        break;
    case Denominator:
        resultReal(context, r.denominator);
        break;
    case Source:
        resultText(context, c->source, r.source);
        break;
    case Note:
        resultText(context, c->note, r.note);
        break;
    case State:
        resultText(context, c->state, ValueStates::key(r.state));
        break;
    case ReferenceValue:
        resultReal(context, r.referenceValue);
        break;
    default:
        sqlite3_result_null(context);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out)
{
    *out = static_cast<Cursor *>(cursor)->position;
    return SQLITE_OK;
}

// No xCreate: the table exists only under its module's name (eponymous-only).
const sqlite3_module kModule = {
    0,     nullptr, connect, bestIndex, disconnect, nullptr, open,    close,   filter,  next,    eof,     column,
    rowid, nullptr, nullptr, nullptr,   nullptr,    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

void destroyRows(void *rows)
{
    delete static_cast<Rows *>(rows);
}

} // namespace

BatchTable::BatchTable(QSqlDatabase db)
{
    sqlite3 *handle = sqliteHandleOf(db);
    if (!handle)
        return;
    // Registering again replaces the module and frees the rows of the last one.
    Rows *rows = new Rows();
    if (sqlite3_create_module_v2(handle, Name, &kModule, rows, destroyRows) == SQLITE_OK)
        m_shown = rows;
}

BatchTable::~BatchTable()
{
    clear();
}

void BatchTable::show(const Rows &rows)
{
    if (m_shown)
        *m_shown = rows;
}

void BatchTable::clear()
{
    if (m_shown)
        *m_shown = Rows();
}
