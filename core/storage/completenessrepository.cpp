#include "completenessrepository.h"

#include "deadlinerepository.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

CompletenessRepository::CompletenessRepository(QSqlDatabase db)
    : m_db(db)
{
}

QVector<UnitCompleteness> CompletenessRepository::byUnit(int year, const QString &area) const
{
    QVector<UnitCompleteness> out;
    QSqlQuery q(m_db);
    // The area is resolved first so that the LEFT JOIN keeps indicators without a
    // value row for the year: those are the "not filled" ones.
    if (area.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM areas WHERE is_default = 1"));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM areas WHERE name = ?"));
        q.addBindValue(area);
    }
    if (!q.exec() || !q.next())
        return out;
    const int areaId = q.value(0).toInt();

    q.prepare(QStringLiteral("SELECT u.name, COUNT(*),"
                             " SUM(CASE WHEN v.id IS NULL THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN v.state = 'draft' THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN v.state = 'submitted' THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN v.state = 'returned' THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN v.state = 'approved' THEN 1 ELSE 0 END),"
                             " MAX(CASE WHEN v.state IN ('submitted', 'approved') THEN v.updated_at END),"
                             " MAX(CASE WHEN v.state IN ('submitted', 'approved') THEN v.submitted_at END)"
                             " FROM indicators i"
                             " JOIN indicator_units iu ON iu.indicator_id = i.id AND iu.position = 0"
                             " JOIN units u ON u.id = iu.unit_id"
                             " LEFT JOIN indicator_values v ON v.indicator_id = i.id AND v.year = ? AND v.area_id = ?"
                             " GROUP BY u.id, u.name, u.position"
                             " ORDER BY u.position, u.name"));
    q.addBindValue(year);
    q.addBindValue(areaId);
    if (!q.exec())
        return out;
    while (q.next()) {
        UnitCompleteness c;
        c.unit = q.value(0).toString();
        c.indicators = q.value(1).toInt();
        c.notFilled = q.value(2).toInt();
        c.draft = q.value(3).toInt();
        c.submitted = q.value(4).toInt();
        c.returned = q.value(5).toInt();
        c.approved = q.value(6).toInt();
        if (!q.value(7).isNull())
            c.lastSubmission = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        if (!q.value(8).isNull())
            c.lastValueSubmittedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out.append(c);
    }

    // The units' annual reports and the due dates in force.
    q.prepare(QStringLiteral("SELECT u.name, r.state, r.submitted_at FROM unit_reports r"
                             " JOIN units u ON u.id = r.unit_id WHERE r.year = ?"));
    q.addBindValue(year);
    QHash<QString, QPair<QString, QDateTime>> reports;
    if (q.exec()) {
        while (q.next()) {
            QDateTime at;
            if (!q.value(2).isNull())
                at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            reports.insert(q.value(0).toString(), qMakePair(q.value(1).toString(), at));
        }
    }
    const DeadlineRepository deadlines(m_db);
    const QDate due = deadlines.dueDate(year);
    QHash<QString, QString> reasons;
    const QHash<QString, QDate> extended = deadlines.extensions(year, &reasons);
    for (UnitCompleteness &c : out) {
        const auto r = reports.constFind(c.unit);
        if (r != reports.constEnd()) {
            c.reportState = r->first;
            c.reportSubmittedAt = r->second;
        }
        c.dueDate = extended.value(c.unit, due);
        c.extended = extended.contains(c.unit);
        c.extensionReason = reasons.value(c.unit);
    }
    return out;
}
