#include "valuerepository.h"

#include "rowreader.h"
#include "sqlvalues.h"
#include "valuebatch.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

#define FUER_VALUE_COLUMNS                                                                                             \
    "SELECT v.id, i.code, a.name, a.is_default, v.year, v.value, v.numerator, v.denominator, v.source, v.note,"        \
    " v.state, v.version, v.updated_by, v.updated_at, v.reference_value, v.approved_value, v.review_note"
const char *const kSelectColumns = FUER_VALUE_COLUMNS
    " FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.id = v.area_id ";
// One area's values: indicator by indicator through the key (indicator, area, year),
// so that a database of 1,000 areas is not read whole for one of them (4 ms instead
// of 70 ms for the district among 979,000 values). CROSS JOIN keeps SQLite from
// scanning the values first; PostgreSQL plans it from the WHERE clause. The area's
// id is the first parameter.
const char *const kSelectAreaColumns = FUER_VALUE_COLUMNS
    " FROM indicators i CROSS JOIN indicator_values v JOIN areas a ON a.id = v.area_id"
    " WHERE v.indicator_id = i.id AND v.area_id = ? ";
#undef FUER_VALUE_COLUMNS

// The id of `area` (the default area for an empty name); 0 when there is none.
int areaIdOf(QSqlDatabase db, const QString &area)
{
    QSqlQuery q(db);
    if (area.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM areas WHERE is_default = 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM areas WHERE name = ?"));
        q.addBindValue(area);
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

ValueRecord readRecord(const QSqlQuery &q)
{
    ValueRecord r;
    r.id = q.value(0).toLongLong();
    r.indicatorCode = q.value(1).toString();
    r.area = q.value(3).toBool() ? QString() : q.value(2).toString();
    r.year = q.value(4).toInt();
    r.value = q.value(5).toDouble();
    if (!q.value(6).isNull())
        r.numerator = q.value(6).toDouble();
    if (!q.value(7).isNull())
        r.denominator = q.value(7).toDouble();
    r.source = q.value(8).toString();
    r.note = q.value(9).toString();
    ValueStates::fromKey(q.value(10).toString(), &r.state);
    r.version = q.value(11).toInt();
    r.updatedBy = q.value(12).toString();
    r.updatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    if (!q.value(14).isNull())
        r.referenceValue = q.value(14).toDouble();
    if (!q.value(15).isNull())
        r.approvedValue = q.value(15).toDouble();
    r.reviewNote = q.value(16).toString();
    return r;
}

// Runs a prepared select of kSelectColumns; every row as a record (none on error).
QVector<ValueRecord> execRecords(QSqlQuery &q)
{
    QVector<ValueRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
}
} // namespace

ValueRepository::ValueRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool ValueRepository::store(const QVector<ValueRecord> &records, const QString &user, const QString &action,
                            bool addAreas, QString *error)
{
    Writer writer(m_db, user, action, addAreas);
    return writer.begin(error) && writer.write(records, error) && writer.commit(error);
}

struct ValueRepository::Writer::State
{
    QSqlDatabase db;
    QString user;
    QString action;
    bool addAreas = false;
    std::optional<WriteTransaction> tx;
    QHash<QString, int> indicatorIds;
    QHash<QString, int> areaIds;
    int defaultArea = 0;
    QSqlQuery addArea;

    explicit State(QSqlDatabase d)
        : db(d)
        , addArea(d)
    {
    }
};

ValueRepository::Writer::Writer(QSqlDatabase db, const QString &user, const QString &action, bool addAreas)
    : d(new State(db))
{
    d->user = user;
    d->action = action;
    d->addAreas = addAreas;
}

ValueRepository::Writer::~Writer()
{
    delete d; // an uncommitted transaction rolls back
}

bool ValueRepository::Writer::begin(QString *error)
{
    d->tx.emplace(d->db);
    if (!d->tx->isActive()) {
        *error = tr("The database is busy: %1").arg(d->tx->errorString());
        return false;
    }
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("SELECT code, id FROM indicators"));
    while (q.next())
        d->indicatorIds.insert(q.value(0).toString(), q.value(1).toInt());
    q.exec(QStringLiteral("SELECT name, id, is_default FROM areas"));
    while (q.next()) {
        d->areaIds.insert(q.value(0).toString(), q.value(1).toInt());
        if (q.value(2).toBool())
            d->defaultArea = q.value(1).toInt();
    }
    d->addArea.prepare(QStringLiteral("INSERT INTO areas (name, parent_id) VALUES (?, ?)"));
    return true;
}

bool ValueRepository::Writer::write(const QVector<ValueRecord> &records, QString *error)
{
    if (!d->tx || !d->tx->isActive()) {
        *error = tr("The database is busy: %1").arg(tr("no transaction"));
        return false;
    }
    // Every record's ids first, in order, so the first unknown indicator or area is
    // the one named; then the whole batch is written set-based.
    QVector<int> indicatorOf(records.size());
    QVector<int> areaOf(records.size());
    QString lastArea;
    int lastAreaId = d->defaultArea;
    for (int i = 0; i < records.size(); ++i) {
        const ValueRecord &r = records.at(i);
        const int indicatorId = d->indicatorIds.value(r.indicatorCode);
        if (indicatorId == 0) {
            *error = tr("There is no indicator %1.").arg(r.indicatorCode);
            return false;
        }
        // Rows of one area usually follow each other.
        int areaId = r.area == lastArea ? lastAreaId : r.area.isEmpty() ? d->defaultArea : d->areaIds.value(r.area);
        if (areaId == 0) {
            if (!d->addAreas) {
                *error = tr("The area %1 is not known.").arg(r.area);
                return false;
            }
            d->addArea.addBindValue(r.area);
            d->addArea.addBindValue(d->defaultArea);
            if (!d->addArea.exec()) {
                *error = d->addArea.lastError().text();
                return false;
            }
            areaId = d->addArea.lastInsertId().toInt();
            d->areaIds.insert(r.area, areaId);
        }
        lastArea = r.area;
        lastAreaId = areaId;
        indicatorOf[i] = indicatorId;
        areaOf[i] = areaId;
    }
    return ValueBatch(d->db).write(records, indicatorOf, areaOf, d->user, d->action, error);
}

bool ValueRepository::Writer::commit(QString *error)
{
    if (!d->tx || !d->tx->commit()) {
        *error = d->tx ? d->tx->errorString() : tr("no transaction");
        return false;
    }
    return true;
}

QVector<ValueRecord> ValueRepository::values(int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSelectColumns)
              + QStringLiteral("WHERE (? = 0 OR v.year = ?) ORDER BY i.position, a.is_default DESC, a.name, v.year"));
    q.addBindValue(year);
    q.addBindValue(year);
    return execRecords(q);
}

QVector<ValueRecord> ValueRepository::areaValues(const QString &area, int year) const
{
    QSqlQuery q(m_db);
    const int areaId = areaIdOf(m_db, area);
    if (areaId == 0)
        return {};
    q.prepare(QString::fromLatin1(kSelectAreaColumns)
              + QStringLiteral("AND (? = 0 OR v.year = ?) ORDER BY i.position, v.year"));
    q.addBindValue(areaId);
    q.addBindValue(year);
    q.addBindValue(year);
    return execRecords(q);
}

QVector<ValueRecord> ValueRepository::valuesOf(const QString &indicatorCode, const QString &area) const
{
    QSqlQuery q(m_db);
    const int areaId = areaIdOf(m_db, area);
    if (areaId == 0)
        return {};
    q.prepare(QString::fromLatin1(kSelectAreaColumns) + QStringLiteral("AND i.code = ? ORDER BY v.year"));
    q.addBindValue(areaId);
    q.addBindValue(SqlValues::text(indicatorCode));
    return execRecords(q);
}

std::optional<ValueRecord> ValueRepository::value(const QString &indicatorCode, const QString &area, int year) const
{
    for (const ValueRecord &r : valuesOf(indicatorCode, area)) {
        if (r.year == year)
            return r;
    }
    return std::nullopt;
}

QHash<QString, QMap<int, double>> ValueRepository::seriesByIndicator(const QString &area, bool includeDrafts) const
{
    return seriesOf("v.value", area, includeDrafts);
}

QHash<QString, QMap<int, double>> ValueRepository::referenceSeriesByIndicator(const QString &area,
                                                                              bool includeDrafts) const
{
    return seriesOf("v.reference_value", area, includeDrafts);
}

QHash<QString, QMap<int, double>> ValueRepository::seriesOf(const char *column, const QString &area,
                                                            bool includeDrafts) const
{
    QHash<QString, QMap<int, double>> out;
    const int areaId = areaIdOf(m_db, area);
    if (areaId == 0)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // `column` is one of our two fixed column names, never user input. Indicator by
    // indicator through the values' key, as kSelectAreaColumns.
    q.prepare(
        QStringLiteral("SELECT i.code, v.year, %1 FROM indicators i CROSS JOIN indicator_values v"
                       " WHERE v.indicator_id = i.id AND v.area_id = ? AND %1 IS NOT NULL"
                       " AND (v.state IN ('submitted', 'approved') OR (? = 1 AND v.state IN ('draft', 'returned')))")
            .arg(QLatin1String(column)));
    q.addBindValue(areaId);
    q.addBindValue(includeDrafts ? 1 : 0);
    if (q.exec()) {
        while (q.next())
            out[q.value(0).toString()].insert(q.value(1).toInt(), q.value(2).toDouble());
    }
    return out;
}

ValueRepository::AreaPoints ValueRepository::pointsByArea(bool includeDrafts) const
{
    AreaPoints out;
    QHash<int, int> codeIndex;
    QHash<int, QString> areas;
    QSqlQuery names(m_db);
    names.exec(QStringLiteral("SELECT id, code FROM indicators"));
    while (names.next()) {
        codeIndex.insert(names.value(0).toInt(), int(out.codes.size()));
        out.codes.append(names.value(1).toString());
    }
    names.exec(QStringLiteral("SELECT id, name FROM areas"));
    while (names.next())
        areas.insert(names.value(0).toInt(), names.value(1).toString());

    RowReader rows(m_db);
    if (!rows.exec(
            QStringLiteral("SELECT area_id, indicator_id, year, value, reference_value FROM indicator_values"
                           " WHERE state IN ('submitted', 'approved') OR (? = 1 AND state IN ('draft', 'returned'))"),
            {includeDrafts ? 1 : 0}))
        return out;
    // No ORDER BY: sorting a million rows costs SQLite more than reading them.
    // Rows mostly arrive in the order they were stored; the area's vector is looked up again only
    // when the area changes from one row to the next.
    int area = -1, indicator = -1, index = -1;
    std::vector<Point> *points = nullptr;
    while (rows.next()) {
        const int a = int(rows.integer(0));
        const int i = int(rows.integer(1));
        if (!points || a != area) {
            area = a;
            points = &out.byArea[areas.value(a)];
        }
        if (i != indicator) {
            indicator = i;
            index = codeIndex.value(i, -1);
        }
        if (index < 0)
            continue;
        Point p;
        p.indicator = index;
        p.year = int(rows.integer(2));
        p.value = rows.real(3);
        p.hasReference = !rows.isNull(4);
        if (p.hasReference)
            p.reference = rows.real(4);
        points->push_back(p);
    }
    return out;
}

QHash<QString, QMap<int, double>>
ValueRepository::AreaPoints::series(const QString &area, QHash<QString, QMap<int, double>> *references) const
{
    QHash<QString, QMap<int, double>> out;
    const auto it = byArea.constFind(area);
    if (it == byArea.constEnd())
        return out;
    int indicator = -1;
    QMap<int, double> *series = nullptr;
    for (const Point &p : *it) {
        if (p.indicator != indicator) {
            indicator = p.indicator;
            series = &out[codes.at(p.indicator)];
        }
        series->insert(p.year, p.value);
        if (references && p.hasReference)
            (*references)[codes.at(p.indicator)].insert(p.year, p.reference);
    }
    return out;
}

int ValueRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM indicator_values")) && q.next() ? q.value(0).toInt() : 0;
}
