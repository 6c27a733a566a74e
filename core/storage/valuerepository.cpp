#include "valuerepository.h"

#include "auditrepository.h"
#include "rowreader.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
using SqlValues::optionalDouble;
using SqlValues::text;

const char *const kSelectColumns =
    "SELECT v.id, i.code, a.name, a.is_default, v.year, v.value, v.numerator, v.denominator, v.source, v.note,"
    " v.state, v.version, v.updated_by, v.updated_at, v.reference_value, v.approved_value, v.review_note"
    " FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.id = v.area_id ";

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
} // namespace

ValueRepository::ValueRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool ValueRepository::store(const QVector<ValueRecord> &records, const QString &user, const QString &action,
                            bool addAreas, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    QHash<QString, int> indicatorIds;
    QHash<QString, int> areaIds;
    int defaultArea = 0;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT code, id FROM indicators"));
    while (q.next())
        indicatorIds.insert(q.value(0).toString(), q.value(1).toInt());
    q.exec(QStringLiteral("SELECT name, id, is_default FROM areas"));
    while (q.next()) {
        areaIds.insert(q.value(0).toString(), q.value(1).toInt());
        if (q.value(2).toBool())
            defaultArea = q.value(1).toInt();
    }

    QSqlQuery addArea(m_db);
    addArea.prepare(QStringLiteral("INSERT INTO areas (name, parent_id) VALUES (?, ?)"));
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id, value, state, version FROM indicator_values"
                                " WHERE indicator_id = ? AND area_id = ? AND year = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, numerator,"
                                  " denominator, source, note, state, version, updated_by, updated_at, reference_value)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE indicator_values SET value = ?, numerator = ?, denominator = ?,"
                                  " source = ?, note = ?, state = ?, version = version + 1, updated_by = ?,"
                                  " updated_at = ?, reference_value = ? WHERE id = ?"));
    AuditRepository audit(m_db);
    const QDateTime nowTime = QDateTime::currentDateTimeUtc();
    const QString now = nowTime.toString(Qt::ISODateWithMs);

    // What is already stored, by (indicator, area, year). A large batch (an import)
    // reads its years' rows once instead of one SELECT per value: that SELECT was a
    // fifth of the time of a 100,000-row import. The write lock is held (BEGIN
    // IMMEDIATE), so nothing changes underneath; rows this batch inserts are added,
    // so a value given twice is updated the second time, as before.
    struct Existing
    {
        qint64 id;
        double value;
        QString state;
    };
    auto keyOf = [](int indicatorId, int areaId, int year) {
        return (quint64(quint32(indicatorId)) << 40) | (quint64(quint32(areaId)) << 16) | quint64(quint16(year));
    };
    const bool preload = records.size() >= 100;
    QHash<quint64, Existing> existing;
    if (preload) {
        QSet<int> years;
        for (const ValueRecord &r : records)
            years.insert(r.year);
        QSqlQuery all(m_db);
        all.setForwardOnly(true);
        all.prepare(QStringLiteral("SELECT id, indicator_id, area_id, year, value, state FROM indicator_values"
                                   " WHERE year = ?"));
        for (int year : years) {
            all.addBindValue(year);
            if (!all.exec()) {
                *error = all.lastError().text();
                return false;
            }
            while (all.next())
                existing.insert(keyOf(all.value(1).toInt(), all.value(2).toInt(), all.value(3).toInt()),
                                {all.value(0).toLongLong(), all.value(4).toDouble(), all.value(5).toString()});
        }
    }

    for (const ValueRecord &r : records) {
        const int indicatorId = indicatorIds.value(r.indicatorCode);
        if (indicatorId == 0) {
            *error = tr("There is no indicator %1.").arg(r.indicatorCode);
            return false;
        }
        int areaId = r.area.isEmpty() ? defaultArea : areaIds.value(r.area);
        if (areaId == 0) {
            if (!addAreas) {
                *error = tr("The area %1 is not known.").arg(r.area);
                return false;
            }
            addArea.addBindValue(r.area);
            addArea.addBindValue(defaultArea);
            if (!addArea.exec()) {
                *error = addArea.lastError().text();
                return false;
            }
            areaId = addArea.lastInsertId().toInt();
            areaIds.insert(r.area, areaId);
        }
        const quint64 key = keyOf(indicatorId, areaId, r.year);
        std::optional<Existing> old;
        if (preload) {
            const auto it = existing.constFind(key);
            if (it != existing.constEnd())
                old = *it;
        } else {
            find.addBindValue(indicatorId);
            find.addBindValue(areaId);
            find.addBindValue(r.year);
            if (!find.exec()) {
                *error = find.lastError().text();
                return false;
            }
            if (find.next())
                old = Existing{find.value(0).toLongLong(), find.value(1).toDouble(), find.value(2).toString()};
            find.finish();
        }
        AuditEntry e;
        e.at = nowTime; // the value's updated_at and its audit row agree
        e.user = user;
        e.action = action;
        e.indicatorCode = r.indicatorCode;
        e.year = r.year;
        e.newValue = r.value;
        e.newState = ValueStates::key(r.state);
        e.reason = r.note;
        QSqlQuery *write = &insert;
        if (old) {
            e.oldValue = old->value;
            e.oldState = old->state;
            write = &update;
            update.addBindValue(r.value);
            update.addBindValue(optionalDouble(r.numerator));
            update.addBindValue(optionalDouble(r.denominator));
            update.addBindValue(text(r.source));
            update.addBindValue(text(r.note));
            update.addBindValue(ValueStates::key(r.state));
            update.addBindValue(text(user));
            update.addBindValue(now);
            update.addBindValue(optionalDouble(r.referenceValue));
            update.addBindValue(old->id);
        } else {
            insert.addBindValue(indicatorId);
            insert.addBindValue(areaId);
            insert.addBindValue(r.year);
            insert.addBindValue(r.value);
            insert.addBindValue(optionalDouble(r.numerator));
            insert.addBindValue(optionalDouble(r.denominator));
            insert.addBindValue(text(r.source));
            insert.addBindValue(text(r.note));
            insert.addBindValue(ValueStates::key(r.state));
            insert.addBindValue(text(user));
            insert.addBindValue(now);
            insert.addBindValue(optionalDouble(r.referenceValue));
        }
        if (!write->exec()) {
            *error = write->lastError().text();
            return false;
        }
        if (preload)
            existing.insert(key, {old ? old->id : write->lastInsertId().toLongLong(), r.value, e.newState});
        if (!audit.append(e, indicatorId, areaId, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
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
    QVector<ValueRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
}

QVector<ValueRecord> ValueRepository::valuesOf(const QString &indicatorCode, const QString &area) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSelectColumns)
              + QStringLiteral("WHERE i.code = ? AND ((? = '' AND a.is_default = 1) OR a.name = ?) ORDER BY v.year"));
    q.addBindValue(SqlValues::text(indicatorCode));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(SqlValues::text(area));
    QVector<ValueRecord> out;
    if (q.exec()) {
        while (q.next())
            out.append(readRecord(q));
    }
    return out;
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // `column` is one of our two fixed column names, never user input.
    q.prepare(QStringLiteral("SELECT i.code, v.year, %1 FROM indicator_values v"
                             " JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.id = v.area_id"
                             " WHERE ((? = '' AND a.is_default = 1) OR a.name = ?) AND %1 IS NOT NULL"
                             " AND (v.state IN ('submitted', 'approved') OR (? = 1 AND v.state IN ('draft', 'returned')))")
                  .arg(QLatin1String(column)));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(includeDrafts ? 1 : 0);
    QHash<QString, QMap<int, double>> out;
    if (q.exec()) {
        while (q.next())
            out[q.value(0).toString()].insert(q.value(1).toInt(), q.value(2).toDouble());
    }
    return out;
}

QHash<QString, QHash<QString, QMap<int, double>>> ValueRepository::seriesByArea(
    bool includeDrafts, QHash<QString, QHash<QString, QMap<int, double>>> *references) const
{
    // Ids, not names, per row: a million rows would otherwise build two million
    // strings. Names are looked up once per id.
    QHash<int, QString> codes, areas;
    QSqlQuery names(m_db);
    names.exec(QStringLiteral("SELECT id, code FROM indicators"));
    while (names.next())
        codes.insert(names.value(0).toInt(), names.value(1).toString());
    names.exec(QStringLiteral("SELECT id, name FROM areas"));
    while (names.next())
        areas.insert(names.value(0).toInt(), names.value(1).toString());

    RowReader rows(m_db);
    QHash<QString, QHash<QString, QMap<int, double>>> out;
    if (!rows.exec(QStringLiteral("SELECT area_id, indicator_id, year, value, reference_value FROM indicator_values"
                                  " WHERE state IN ('submitted', 'approved') OR (? = 1 AND state IN ('draft', 'returned'))"),
                   {includeDrafts ? 1 : 0}))
        return out;
    // No ORDER BY: sorting a million rows costs SQLite more than reading them.
    // Rows mostly arrive in the order they were stored (an area's indicators
    // together), so the inner containers are looked up again only when the
    // area or the indicator changes from one row to the next.
    int area = -1, indicator = -1;
    QMap<int, double> *series = nullptr;
    while (rows.next()) {
        const int a = int(rows.integer(0));
        const int i = int(rows.integer(1));
        if (!series || a != area || i != indicator) {
            area = a;
            indicator = i;
            series = &out[areas.value(a)][codes.value(i)];
        }
        const int year = int(rows.integer(2));
        series->insert(year, rows.real(3));
        if (references && !rows.isNull(4)) // rare: no need to keep its containers at hand
            (*references)[areas.value(a)][codes.value(i)].insert(year, rows.real(4));
    }
    return out;
}

int ValueRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM indicator_values")) && q.next() ? q.value(0).toInt() : 0;
}
