#include "commentrepository.h"

#include "auditrepository.h"
#include "model/clock.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

CommentRepository::CommentRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool CommentRepository::add(const Comment &c, QString *error)
{
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.errorString();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id, a.id, (SELECT id FROM units WHERE name = ?) FROM indicators i, areas a"
                             " WHERE i.code = ? AND a.is_default = 1"));
    q.addBindValue(SqlValues::text(c.unit));
    q.addBindValue(SqlValues::text(c.indicatorCode));
    if (!q.exec() || !q.next()) {
        *error = QCoreApplication::translate("CommentRepository", "There is no indicator %1.").arg(c.indicatorCode);
        return false;
    }
    const int indicatorId = q.value(0).toInt();
    const int areaId = q.value(1).toInt();
    const QVariant unitId = q.value(2);
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO comments (indicator_id, area_id, year, unit_id, user_name, at, body)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(indicatorId);
    q.addBindValue(areaId);
    q.addBindValue(c.year);
    q.addBindValue(unitId);
    q.addBindValue(SqlValues::text(c.user));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(c.body);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditEntry e;
    e.user = c.user;
    e.action = QStringLiteral("comment");
    e.year = c.year;
    e.reason = c.body;
    if (!AuditRepository(m_db).append(e, indicatorId, areaId, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

QVector<Comment> CommentRepository::comments(const QString &indicatorCode) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.code, c.year, u.name, c.user_name, c.at, c.body FROM comments c"
                             " JOIN indicators i ON i.id = c.indicator_id LEFT JOIN units u ON u.id = c.unit_id"
                             " WHERE i.code = ? ORDER BY c.id DESC"));
    q.addBindValue(SqlValues::text(indicatorCode));
    QVector<Comment> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Comment c;
        c.indicatorCode = q.value(0).toString();
        c.year = q.value(1).toInt();
        c.unit = q.value(2).toString();
        c.user = q.value(3).toString();
        c.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        c.body = q.value(5).toString();
        out.append(c);
    }
    return out;
}
