#include "valueworkflowrepository.h"

#include "auditrepository.h"
#include "model/clock.h"
#include "serversecurity.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

ValueWorkflowRepository::ValueWorkflowRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool ValueWorkflowRepository::locate(const QString &code, const QString &area, int *indicatorId, int *areaId,
                                     QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id, a.id FROM indicators i, areas a WHERE i.code = ?"
                             " AND ((? = '' AND a.is_default = 1) OR a.name = ?)"));
    q.addBindValue(SqlValues::text(code));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(SqlValues::text(area));
    if (!q.exec() || !q.next()) {
        *error = area.isEmpty() ? tr("There is no indicator %1.").arg(code)
                                : tr("There is no indicator %1 or no area %2.").arg(code, area);
        return false;
    }
    *indicatorId = q.value(0).toInt();
    *areaId = q.value(1).toInt();
    return true;
}

namespace {
struct Current
{
    bool exists = false;
    qint64 id = 0;
    double value = 0;
    std::optional<double> numerator, denominator, referenceValue;
    QString source, note;
    ValueState state = ValueState::Draft;
    int version = 0;
    QString updatedBy;
    QString updatedAt;

    // `r` is what is stored here, as a draft.
    bool holds(const ValueRecord &r) const
    {
        return exists && state == ValueState::Draft && value == r.value && numerator == r.numerator
            && denominator == r.denominator && referenceValue == r.referenceValue && source == r.source
            && note == r.note;
    }
};

Current current(QSqlDatabase db, int indicatorId, int areaId, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, value, state, version, updated_by, updated_at, numerator, denominator,"
                             " reference_value, source, note FROM indicator_values"
                             " WHERE indicator_id = ? AND area_id = ? AND year = ?"));
    q.addBindValue(indicatorId);
    q.addBindValue(areaId);
    q.addBindValue(year);
    Current c;
    if (q.exec() && q.next()) {
        c.exists = true;
        c.id = q.value(0).toLongLong();
        c.value = q.value(1).toDouble();
        ValueStates::fromKey(q.value(2).toString(), &c.state);
        c.version = q.value(3).toInt();
        c.updatedBy = q.value(4).toString();
        c.updatedAt = q.value(5).toString();
        c.numerator = SqlValues::optionalDoubleOf(q.value(6));
        c.denominator = SqlValues::optionalDoubleOf(q.value(7));
        c.referenceValue = SqlValues::optionalDoubleOf(q.value(8));
        c.source = q.value(9).toString();
        c.note = q.value(10).toString();
    }
    return c;
}

// "changed by 张三 at 2026-12-03 14:05: now 97.5, 已提交 (version 4)".
QString conflict(const QString &code, int year, const Current &c, int startedFrom)
{
    const QDateTime at = QDateTime::fromString(c.updatedAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : c.updatedAt;
    const QString yours = startedFrom == 0 ? ValueWorkflowRepository::tr("no value yet")
                                           : ValueWorkflowRepository::tr("version %1").arg(startedFrom);
    if (!c.exists)
        return ValueWorkflowRepository::tr("%1 %2 was removed by someone else since you began (you started from %3); "
                                           "nothing was saved and your entry is kept. Save it again to store it.")
            .arg(code)
            .arg(year)
            .arg(yours);
    return ValueWorkflowRepository::tr("%1 %2 was changed by %3 at %4 since you began: it is now %5, %6 (version %7); "
                                       "you started from %8. Nothing was saved and your entry is kept; edit it again "
                                       "to save yours over it.")
        .arg(code)
        .arg(year)
        .arg(c.updatedBy.isEmpty() ? ValueWorkflowRepository::tr("someone") : c.updatedBy, when)
        .arg(QLocale().toString(c.value, 'g', 15), ValueStates::label(c.state))
        .arg(c.version)
        .arg(yours);
}
} // namespace

bool ValueWorkflowRepository::saveDraft(const ValueRecord &r, const QString &user, QString *error, int startedFrom)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    if (!writeDraft(r, user, error, startedFrom))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ValueWorkflowRepository::saveDrafts(const QVector<ValueRecord> &drafts, const QString &user, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    for (const ValueRecord &r : drafts) {
        if (!writeDraft(r, user, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ValueWorkflowRepository::writeDraft(const ValueRecord &r, const QString &user, QString *error, int startedFrom)
{
    int indicatorId = 0, areaId = 0;
    if (!locate(r.indicatorCode, r.area, &indicatorId, &areaId, error))
        return false;
    const Current c = current(m_db, indicatorId, areaId, r.year);
    // Read and checked inside the write transaction: no one writes in between.
    if (startedFrom >= 0 && (c.exists ? c.version : 0) != startedFrom) {
        // This very entry, stored by this person as the next version: a save whose
        // commit reached the server though the connection dropped before its
        // answer did, made again. It is stored; nothing more is written.
        if (c.version == startedFrom + 1 && c.updatedBy == user && c.holds(r))
            return true;
        *error = conflict(r.indicatorCode, r.year, c, startedFrom);
        return false;
    }
    if (c.exists && c.state != ValueState::Draft && c.state != ValueState::Returned) {
        *error = tr("%1 %2 is %3 and can no longer be changed by its unit.")
                     .arg(r.indicatorCode)
                     .arg(r.year)
                     .arg(ValueStates::label(c.state));
        return false;
    }
    // On a server that audits values itself, the trigger writes the audit row.
    bool serverAudits = false;
    if (!ServerSecurity::announceValueAct(m_db, QStringLiteral("save"), QString(), false, &serverAudits, error))
        return false;
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    if (c.exists) {
        q.prepare(QStringLiteral("UPDATE indicator_values SET value = ?, numerator = ?, denominator = ?, source = ?,"
                                 " note = ?, reference_value = ?, state = 'draft', version = version + 1,"
                                 " updated_by = ?, updated_at = ? WHERE id = ?"));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO indicator_values (value, numerator, denominator, source, note,"
                           " reference_value, state, version, updated_by, updated_at, indicator_id, area_id, year)"
                           " VALUES (?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(r.value);
    q.addBindValue(SqlValues::optionalDouble(r.numerator));
    q.addBindValue(SqlValues::optionalDouble(r.denominator));
    q.addBindValue(SqlValues::text(r.source));
    q.addBindValue(SqlValues::text(r.note));
    q.addBindValue(SqlValues::optionalDouble(r.referenceValue));
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(now);
    if (c.exists) {
        q.addBindValue(c.id);
    } else {
        q.addBindValue(indicatorId);
        q.addBindValue(areaId);
        q.addBindValue(r.year);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditEntry e;
    e.user = user;
    e.action = QStringLiteral("save");
    e.year = r.year;
    if (c.exists) {
        e.oldValue = c.value;
        e.oldState = ValueStates::key(c.state);
    }
    e.newValue = r.value;
    e.newState = ValueStates::key(ValueState::Draft);
    return serverAudits || AuditRepository(m_db).append(e, indicatorId, areaId, error);
}

bool ValueWorkflowRepository::removeDraft(const QString &code, const QString &area, int year, const QString &user,
                                          QString *error, int startedFrom)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    int indicatorId = 0, areaId = 0;
    if (!locate(code, area, &indicatorId, &areaId, error))
        return false;
    const Current c = current(m_db, indicatorId, areaId, year);
    if (startedFrom >= 0 && (c.exists ? c.version : 0) != startedFrom) {
        *error = conflict(code, year, c, startedFrom);
        return false;
    }
    if (!c.exists)
        return true;
    if (c.state != ValueState::Draft) {
        *error = tr("%1 %2 is %3; only a draft can be removed.").arg(code).arg(year).arg(ValueStates::label(c.state));
        return false;
    }
    bool serverAudits = false;
    if (!ServerSecurity::announceValueAct(m_db, QStringLiteral("clear"), QString(), false, &serverAudits, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM indicator_values WHERE id = ?"));
    q.addBindValue(c.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditEntry e;
    e.user = user;
    e.action = QStringLiteral("clear");
    e.year = year;
    e.oldValue = c.value;
    e.oldState = ValueStates::key(c.state);
    if (!serverAudits && !AuditRepository(m_db).append(e, indicatorId, areaId, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ValueWorkflowRepository::changeStates(const QVector<StateChange> &changes, const QString &user, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    AuditRepository audit(m_db);
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    for (const StateChange &ch : changes) {
        int indicatorId = 0, areaId = 0;
        if (!locate(ch.code, ch.area, &indicatorId, &areaId, error))
            return false;
        const Current c = current(m_db, indicatorId, areaId, ch.year);
        if (!c.exists) {
            *error = tr("%1 %2 has no value yet.").arg(ch.code).arg(ch.year);
            return false;
        }
        if (!ch.from.contains(c.state)) {
            *error = tr("%1 %2 is %3; it cannot be changed to %4.")
                         .arg(ch.code)
                         .arg(ch.year)
                         .arg(ValueStates::label(c.state), ValueStates::label(ch.to));
            return false;
        }
        bool serverAudits = false;
        if (!ServerSecurity::announceValueAct(m_db, ch.action, ch.reason, false, &serverAudits, error))
            return false;
        QSqlQuery q(m_db);
        // Approving remembers the value; sending back keeps the reason for the
        // liaison; submitting again clears it.
        q.prepare(QStringLiteral(
            "UPDATE indicator_values SET state = ?, version = version + 1, updated_by = ?, updated_at = ?,"
            " approved_value = CASE WHEN ? = 'approved' THEN value ELSE approved_value END,"
            " submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END,"
            " review_note = CASE WHEN ? IN ('returned') THEN ? WHEN ? = 'submitted' THEN '' ELSE review_note END"
            " WHERE id = ?"));
        const QString to = ValueStates::key(ch.to);
        q.addBindValue(to);
        q.addBindValue(SqlValues::text(user));
        q.addBindValue(now);
        q.addBindValue(to);
        q.addBindValue(to);
        q.addBindValue(now);
        q.addBindValue(to);
        q.addBindValue(SqlValues::text(ch.reason));
        q.addBindValue(to);
        q.addBindValue(c.id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        AuditEntry e;
        e.user = user;
        e.action = ch.action;
        e.year = ch.year;
        e.oldValue = c.value;
        e.newValue = c.value;
        e.oldState = ValueStates::key(c.state);
        e.newState = to;
        e.reason = ch.reason;
        if (!serverAudits && !audit.append(e, indicatorId, areaId, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
