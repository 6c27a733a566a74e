#include "auditrepository.h"

#include "model/clock.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using SqlValues::nullableInt;
using SqlValues::nullableText;
using SqlValues::optionalDouble;
using SqlValues::text;

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(db)
    , m_insert(db)
{
}

bool AuditRepository::append(const AuditEntry &e, int indicatorId, int areaId, QString *error)
{
    QSqlQuery &q = m_insert;
    if (q.lastQuery().isEmpty())
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year,"
                                 " old_value, new_value, old_state, new_state, reason)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = e.at.isValid() ? e.at : Clock::nowUtc();
    if (at != m_lastAt || m_lastAtText.isEmpty()) {
        m_lastAt = at;
        m_lastAtText = at.toUTC().toString(Qt::ISODateWithMs);
    }
    q.addBindValue(m_lastAtText);
    q.addBindValue(text(e.user));
    q.addBindValue(text(e.action));
    q.addBindValue(nullableInt(indicatorId));
    q.addBindValue(nullableInt(areaId));
    q.addBindValue(nullableInt(e.year));
    q.addBindValue(optionalDouble(e.oldValue));
    q.addBindValue(optionalDouble(e.newValue));
    q.addBindValue(nullableText(e.oldState));
    q.addBindValue(nullableText(e.newState));
    q.addBindValue(text(e.reason));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QVector<AuditEntry> AuditRepository::history(const QString &indicatorCode, int limit) const
{
    QSqlQuery q(m_db);
    // One indicator's rows are read through audit_log_indicator_history
    // (indicator_id, id) newest first, not by scanning the whole log for the code:
    // hence two statements rather than one with "? = '' OR".
    const QString select = QStringLiteral("SELECT a.id, a.at, a.user_name, a.action, i.code, ar.name, a.year,"
                                          " a.old_value, a.new_value, a.old_state, a.new_state, a.reason"
                                          " FROM audit_log a LEFT JOIN indicators i ON i.id = a.indicator_id"
                                          " LEFT JOIN areas ar ON ar.id = a.area_id ");
    if (indicatorCode.isEmpty()) {
        q.prepare(select + QStringLiteral("ORDER BY a.id DESC LIMIT ?"));
    } else {
        q.prepare(select
                  + QStringLiteral("WHERE a.indicator_id = (SELECT id FROM indicators WHERE code = ?)"
                                   " ORDER BY a.id DESC LIMIT ?"));
        q.addBindValue(indicatorCode);
    }
    q.addBindValue(limit);
    QVector<AuditEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.indicatorCode = q.value(4).toString();
        e.area = q.value(5).toString();
        e.year = q.value(6).toInt();
        if (!q.value(7).isNull())
            e.oldValue = q.value(7).toDouble();
        if (!q.value(8).isNull())
            e.newValue = q.value(8).toDouble();
        e.oldState = q.value(9).toString();
        e.newState = q.value(10).toString();
        e.reason = q.value(11).toString();
        out.append(e);
    }
    return out;
}
