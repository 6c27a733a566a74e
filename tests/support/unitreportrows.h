#pragma once

// Rows of unit_reports for tests of the reporting cycle: the report service lives
// in another branch, so tests write the rows it would write, in plain SQL.
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace UnitReportRows {
// `state` draft/submitted/returned/approved; `submittedAt` invalid: never submitted.
inline bool put(QSqlDatabase db, const QString &unit, int year, const QString &state, const QDateTime &submittedAt,
                const QString &nextYearPlan = QString(), const QString &reviewNote = QString())
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM units WHERE name = ?"));
    q.addBindValue(unit);
    if (!q.exec() || !q.next())
        return false;
    const int unitId = q.value(0).toInt();
    q.prepare(QStringLiteral("INSERT INTO unit_reports (unit_id, year, next_year_plan, state, updated_at,"
                             " submitted_at, review_note) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (unit_id, year) DO UPDATE SET next_year_plan = excluded.next_year_plan,"
                             " state = excluded.state, submitted_at = excluded.submitted_at,"
                             " review_note = excluded.review_note"));
    q.addBindValue(unitId);
    q.addBindValue(year);
    q.addBindValue(nextYearPlan.isNull() ? QStringLiteral("") : nextYearPlan);
    q.addBindValue(state);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(submittedAt.isValid() ? QVariant(submittedAt.toUTC().toString(Qt::ISODateWithMs))
                                         : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(reviewNote.isNull() ? QStringLiteral("") : reviewNote);
    if (q.exec())
        return true;
    qWarning("unit_reports: %s", qPrintable(q.lastError().text()));
    return false;
}
} // namespace UnitReportRows
