#include "reportrepository.h"

#include "model/clock.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
struct Row
{
    bool exists = false;
    qint64 id = 0;
    ValueState state = ValueState::Draft;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

QDateTime fromText(const QVariant &v)
{
    if (v.isNull())
        return QDateTime();
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(v.toString(), Qt::ISODate);
    return at;
}

int unitIdOf(QSqlDatabase db, const QString &unit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM units WHERE name = ?"));
    q.addBindValue(SqlValues::text(unit));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Row rowOf(QSqlDatabase db, int unitId, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, state, version, updated_by, updated_at FROM unit_reports"
                             " WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    Row r;
    if (q.exec() && q.next()) {
        r.exists = true;
        r.id = q.value(0).toLongLong();
        ValueStates::fromKey(q.value(1).toString(), &r.state);
        r.version = q.value(2).toInt();
        r.updatedBy = q.value(3).toString();
        r.updatedAt = fromText(q.value(4));
    }
    return r;
}

// The refusal when the report moved since the caller read it.
QString conflict(const QString &unit, int year, const Row &r)
{
    const QString at = QLocale().toString(r.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return ReportRepository::tr("The report of %1 for %2 was changed by %3 at %4 meanwhile; nothing was saved and "
                                "your text is kept. Reload to see the change, then save again.")
        .arg(unit)
        .arg(year)
        .arg(r.updatedBy.isEmpty() ? ReportRepository::tr("someone") : r.updatedBy, at);
}

bool appendAudit(QSqlDatabase db, const QString &user, const QString &action, int year, int unitId,
                 const QString &oldState, const QString &newState, const QString &reason, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, year, old_state, new_state, reason,"
                             " unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(action);
    q.addBindValue(year);
    q.addBindValue(SqlValues::nullableText(oldState));
    q.addBindValue(SqlValues::nullableText(newState));
    q.addBindValue(SqlValues::text(reason));
    q.addBindValue(unitId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Inserts the report's row as an empty draft; the new row's id, or 0 with *error.
qint64 insertRow(QSqlDatabase db, int unitId, int year, const QString &user, const QString &now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO unit_reports (unit_id, year, state, version, updated_by, updated_at)"
                             " VALUES (?, ?, 'draft', 1, ?, ?)"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    const Row r = rowOf(db, unitId, year);
    if (!r.exists)
        *error = ReportRepository::tr("The report row could not be read back.");
    return r.id;
}
} // namespace

ReportRepository::ReportRepository(QSqlDatabase db)
    : m_db(db)
{
}

QStringList ReportRepository::categoriesServed(const QString &unit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.name FROM categories c WHERE c.id IN (SELECT i.category_id FROM indicators i"
                             " JOIN indicator_units iu ON iu.indicator_id = i.id JOIN units u ON u.id = iu.unit_id"
                             " WHERE u.name = ?) ORDER BY c.plan_id, c.position, c.id"));
    q.addBindValue(SqlValues::text(unit));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool ReportRepository::cooperatesWith(const QString &reader, const QString &lead) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM indicator_units l JOIN units lu ON lu.id = l.unit_id"
                             " JOIN indicator_units o ON o.indicator_id = l.indicator_id"
                             " JOIN units ou ON ou.id = o.unit_id"
                             " WHERE lu.name = ? AND l.position = 0 AND ou.name = ?"));
    q.addBindValue(SqlValues::text(lead));
    q.addBindValue(SqlValues::text(reader));
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

std::optional<UnitReport> ReportRepository::read(const QString &unit, int year, QString *error) const
{
    const int unitId = unitIdOf(m_db, unit);
    if (unitId == 0) {
        *error = tr("There is no unit named %1.").arg(unit);
        return std::nullopt;
    }
    UnitReport r;
    r.unit = unit;
    r.year = year;
    r.categories = categoriesServed(unit);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, problems, next_year_plan, state, version, updated_by, updated_at,"
                             " submitted_at, review_note FROM unit_reports WHERE unit_id = ? AND year = ?"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return r;
    r.id = q.value(0).toLongLong();
    r.problems = q.value(1).toString();
    r.nextYearPlan = q.value(2).toString();
    ValueStates::fromKey(q.value(3).toString(), &r.state);
    r.version = q.value(4).toInt();
    r.updatedBy = q.value(5).toString();
    r.updatedAt = fromText(q.value(6));
    r.submittedAt = fromText(q.value(7));
    r.reviewNote = q.value(8).toString();
    q.prepare(QStringLiteral("SELECT c.name, p.body FROM unit_report_progress p JOIN categories c"
                             " ON c.id = p.category_id WHERE p.report_id = ?"));
    q.addBindValue(r.id);
    if (q.exec()) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            r.progress.insert(name, q.value(1).toString());
            // A category the unit no longer serves keeps its text visible.
            if (!r.categories.contains(name))
                r.categories.append(name);
        }
    }
    return r;
}

bool ReportRepository::saveDraft(const UnitReport &report, const QString &user, QString *error, int *newVersion)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    const int unitId = unitIdOf(m_db, report.unit);
    if (unitId == 0) {
        *error = tr("There is no unit named %1.").arg(report.unit);
        return false;
    }
    const Row r = rowOf(m_db, unitId, report.year);
    if ((r.exists ? r.version : 0) != report.version) {
        *error = r.exists
            ? conflict(report.unit, report.year, r)
            : tr("The report of %1 for %2 was removed meanwhile; nothing was saved.").arg(report.unit).arg(report.year);
        return false;
    }
    if (r.exists && r.state != ValueState::Draft && r.state != ValueState::Returned) {
        *error = tr("The report of %1 for %2 is %3 and can no longer be changed by its unit.")
                     .arg(report.unit)
                     .arg(report.year)
                     .arg(ValueStates::label(r.state));
        return false;
    }
    // The categories the text may go to, by name.
    QHash<QString, int> categoryIds;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, name FROM categories"));
        if (q.exec()) {
            while (q.next())
                categoryIds.insert(q.value(1).toString(), q.value(0).toInt());
        }
    }
    for (auto it = report.progress.cbegin(); it != report.progress.cend(); ++it) {
        if (!categoryIds.contains(it.key())) {
            *error = tr("The report names a category %1 the plan does not have.").arg(it.key());
            return false;
        }
    }
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    qint64 id = r.id;
    if (!r.exists) {
        id = insertRow(m_db, unitId, report.year, user, now, error);
        if (id == 0)
            return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unit_reports SET problems = ?, next_year_plan = ?, state = 'draft',"
                             " version = ?, updated_by = ?, updated_at = ? WHERE id = ?"));
    const int version = r.exists ? r.version + 1 : 1;
    q.addBindValue(SqlValues::text(report.problems));
    q.addBindValue(SqlValues::text(report.nextYearPlan));
    q.addBindValue(version);
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("INSERT INTO unit_report_progress (report_id, category_id, body) VALUES (?, ?, ?)"
                             " ON CONFLICT (report_id, category_id) DO UPDATE SET body = excluded.body"));
    for (auto it = report.progress.cbegin(); it != report.progress.cend(); ++it) {
        q.addBindValue(id);
        q.addBindValue(categoryIds.value(it.key()));
        q.addBindValue(SqlValues::text(it.value()));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!appendAudit(m_db, user, QStringLiteral("report_save"), report.year, unitId,
                     r.exists ? ValueStates::key(r.state) : QString(), ValueStates::key(ValueState::Draft), QString(),
                     error))
        return false;
    // The version as stored: a server's rules stamp it themselves (one more for
    // the text written over a row just made).
    const Row stored = rowOf(m_db, unitId, report.year);
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    if (newVersion)
        *newVersion = stored.exists ? stored.version : version;
    return true;
}

bool ReportRepository::restore(const QVector<UnitReport> &reports, const QString &user, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    QHash<QString, int> categoryIds;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, name FROM categories"));
        if (q.exec()) {
            while (q.next())
                categoryIds.insert(q.value(1).toString(), q.value(0).toInt());
        }
    }
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO unit_reports (unit_id, year, problems, next_year_plan, state, version,"
                                  " updated_by, updated_at, submitted_at, review_note)"
                                  " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
    QSqlQuery progress(m_db);
    progress.prepare(
        QStringLiteral("INSERT INTO unit_report_progress (report_id, category_id, body) VALUES (?, ?, ?)"));
    for (const UnitReport &report : reports) {
        const int unitId = unitIdOf(m_db, report.unit);
        if (unitId == 0) {
            *error = tr("There is no unit named %1.").arg(report.unit);
            return false;
        }
        if (rowOf(m_db, unitId, report.year).exists) {
            *error = tr("%1 already has a report for %2; nothing was restored.").arg(report.unit).arg(report.year);
            return false;
        }
        insert.addBindValue(unitId);
        insert.addBindValue(report.year);
        insert.addBindValue(SqlValues::text(report.problems));
        insert.addBindValue(SqlValues::text(report.nextYearPlan));
        insert.addBindValue(ValueStates::key(report.state));
        insert.addBindValue(SqlValues::text(report.updatedBy.isEmpty() ? user : report.updatedBy));
        insert.addBindValue(report.updatedAt.isValid() ? report.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now);
        insert.addBindValue(SqlValues::nullableText(
            report.submittedAt.isValid() ? report.submittedAt.toUTC().toString(Qt::ISODateWithMs) : QString()));
        insert.addBindValue(SqlValues::text(report.reviewNote));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        const Row r = rowOf(m_db, unitId, report.year);
        for (auto it = report.progress.cbegin(); it != report.progress.cend(); ++it) {
            if (!categoryIds.contains(it.key())) {
                *error = tr("The report names a category %1 the plan does not have.").arg(it.key());
                return false;
            }
            progress.addBindValue(r.id);
            progress.addBindValue(categoryIds.value(it.key()));
            progress.addBindValue(SqlValues::text(it.value()));
            if (!progress.exec()) {
                *error = progress.lastError().text();
                return false;
            }
        }
        if (!appendAudit(m_db, user, QStringLiteral("report_restore"), report.year, unitId, QString(),
                         ValueStates::key(report.state), QString(), error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ReportRepository::changeState(const QString &unit, int year, int expectedVersion, const QVector<ValueState> &from,
                                   ValueState to, const QString &action, const QString &reason, const QString &user,
                                   QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    const int unitId = unitIdOf(m_db, unit);
    if (unitId == 0) {
        *error = tr("There is no unit named %1.").arg(unit);
        return false;
    }
    const Row r = rowOf(m_db, unitId, year);
    if (!r.exists) {
        *error = tr("%1 has no report for %2 yet.").arg(unit).arg(year);
        return false;
    }
    if (r.version != expectedVersion) {
        *error = conflict(unit, year, r);
        return false;
    }
    if (!from.contains(r.state)) {
        *error = tr("The report of %1 for %2 is %3; it cannot be changed to %4.")
                     .arg(unit)
                     .arg(year)
                     .arg(ValueStates::label(r.state), ValueStates::label(to));
        return false;
    }
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    const QString toKey = ValueStates::key(to);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unit_reports SET state = ?, version = version + 1, updated_by = ?,"
                             " updated_at = ?, submitted_at = CASE WHEN ? = 'submitted' THEN ? ELSE submitted_at END,"
                             " review_note = CASE WHEN ? = 'returned' THEN ? WHEN ? = 'submitted' THEN ''"
                             " ELSE review_note END WHERE id = ?"));
    q.addBindValue(toKey);
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(now);
    q.addBindValue(toKey);
    q.addBindValue(now);
    q.addBindValue(toKey);
    q.addBindValue(SqlValues::text(reason));
    q.addBindValue(toKey);
    q.addBindValue(r.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!appendAudit(m_db, user, action, year, unitId, ValueStates::key(r.state), toKey, reason, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

bool ReportRepository::addAttachment(const QString &unit, int year, const ReportAttachment &meta,
                                     const QByteArray &content, const QString &user, QString *error, qint64 *id)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    const int unitId = unitIdOf(m_db, unit);
    if (unitId == 0) {
        *error = tr("There is no unit named %1.").arg(unit);
        return false;
    }
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    const Row r = rowOf(m_db, unitId, year);
    qint64 reportId = r.id;
    if (!r.exists) {
        reportId = insertRow(m_db, unitId, year, user, now, error);
        if (reportId == 0)
            return false;
    } else if (r.state != ValueState::Draft && r.state != ValueState::Returned) {
        *error = tr("The report of %1 for %2 is %3; its attachments can no longer be changed.")
                     .arg(unit)
                     .arg(year)
                     .arg(ValueStates::label(r.state));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO report_attachments (report_id, file_name, media_type, size, sha256,"
                             " content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(SqlValues::text(meta.fileName));
    q.addBindValue(SqlValues::text(meta.mediaType));
    q.addBindValue(static_cast<qint64>(content.size()));
    q.addBindValue(SqlValues::text(meta.sha256));
    q.addBindValue(content);
    q.addBindValue(SqlValues::text(user));
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("SELECT MAX(id) FROM report_attachments WHERE report_id = ?"));
    q.addBindValue(reportId);
    const qint64 newId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (!appendAudit(m_db, user, QStringLiteral("attachment_add"), year, unitId, QString(), QString(),
                     meta.fileName + QStringLiteral(" (sha256 ") + meta.sha256 + QLatin1Char(')'), error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    if (id)
        *id = newId;
    return true;
}

QVector<ReportAttachment> ReportRepository::attachments(const QString &unit, int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.id, a.file_name, a.media_type, a.size, a.sha256, a.uploaded_by,"
                             " a.uploaded_at FROM report_attachments a JOIN unit_reports r ON r.id = a.report_id"
                             " JOIN units u ON u.id = r.unit_id WHERE u.name = ? AND r.year = ? ORDER BY a.id"));
    q.addBindValue(SqlValues::text(unit));
    q.addBindValue(year);
    QVector<ReportAttachment> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        ReportAttachment a;
        a.id = q.value(0).toLongLong();
        a.fileName = q.value(1).toString();
        a.mediaType = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.sha256 = q.value(4).toString();
        a.uploadedBy = q.value(5).toString();
        a.uploadedAt = fromText(q.value(6));
        out.append(a);
    }
    return out;
}

std::optional<ReportAttachment> ReportRepository::attachment(qint64 id, QString *unit, int *year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.id, a.file_name, a.media_type, a.size, a.sha256, a.uploaded_by,"
                             " a.uploaded_at, u.name, r.year FROM report_attachments a"
                             " JOIN unit_reports r ON r.id = a.report_id JOIN units u ON u.id = r.unit_id"
                             " WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReportAttachment a;
    a.id = q.value(0).toLongLong();
    a.fileName = q.value(1).toString();
    a.mediaType = q.value(2).toString();
    a.size = q.value(3).toLongLong();
    a.sha256 = q.value(4).toString();
    a.uploadedBy = q.value(5).toString();
    a.uploadedAt = fromText(q.value(6));
    if (unit)
        *unit = q.value(7).toString();
    if (year)
        *year = q.value(8).toInt();
    return a;
}

bool ReportRepository::attachmentContent(qint64 id, QByteArray *content, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM report_attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = tr("There is no attachment %1.").arg(id);
        return false;
    }
    *content = q.value(0).toByteArray();
    return true;
}

bool ReportRepository::removeAttachment(qint64 id, const QString &user, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tr("The database is busy: %1").arg(tx.errorString());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.file_name, r.state, r.unit_id, r.year, u.name FROM report_attachments a"
                             " JOIN unit_reports r ON r.id = a.report_id JOIN units u ON u.id = r.unit_id"
                             " WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = tr("There is no attachment %1.").arg(id);
        return false;
    }
    const QString fileName = q.value(0).toString();
    ValueState state = ValueState::Draft;
    ValueStates::fromKey(q.value(1).toString(), &state);
    const int unitId = q.value(2).toInt();
    const int year = q.value(3).toInt();
    const QString unit = q.value(4).toString();
    if (state != ValueState::Draft && state != ValueState::Returned) {
        *error = tr("The report of %1 for %2 is %3; its attachments can no longer be changed.")
                     .arg(unit)
                     .arg(year)
                     .arg(ValueStates::label(state));
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM report_attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!appendAudit(m_db, user, QStringLiteral("attachment_remove"), year, unitId, QString(), QString(), fileName,
                     error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}
