#include "completenessrepository.h"

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
                             " MAX(CASE WHEN v.state IN ('submitted', 'approved') THEN v.updated_at END)"
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
        out.append(c);
    }
    return out;
}
