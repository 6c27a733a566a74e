#include "judgementrepository.h"

#include "auditrepository.h"
#include "model/clock.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

JudgementRepository::JudgementRepository(QSqlDatabase db)
    : m_db(db)
{
}

bool JudgementRepository::record(const QString &indicatorCode, const QString &area, int year,
                                 const Judgement &judgement, QString *error)
{
    if (judgement.reason.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("JudgementRepository", "A verdict needs a reason.");
        return false;
    }
    WriteTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id, a.id FROM indicators i, areas a WHERE i.code = ?"
                             " AND ((? = '' AND a.is_default = 1) OR a.name = ?)"));
    q.addBindValue(SqlValues::text(indicatorCode));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(SqlValues::text(area));
    if (!q.exec() || !q.next()) {
        *error = QCoreApplication::translate("JudgementRepository", "There is no indicator %1 or area %2.")
                     .arg(indicatorCode, area);
        return false;
    }
    const int indicatorId = q.value(0).toInt();
    const int areaId = q.value(1).toInt();
    const std::optional<Judgement> before = this->judgement(indicatorCode, area, year);
    q.prepare(QStringLiteral("DELETE FROM judgements WHERE indicator_id = ? AND area_id = ? AND year = ?"));
    q.addBindValue(indicatorId);
    q.addBindValue(areaId);
    q.addBindValue(year);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const QDateTime at = judgement.at.isValid() ? judgement.at : Clock::nowUtc();
    q.prepare(QStringLiteral("INSERT INTO judgements (indicator_id, area_id, year, met, reason, user_name, at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(indicatorId);
    q.addBindValue(areaId);
    q.addBindValue(year);
    q.addBindValue(judgement.met ? 1 : 0);
    q.addBindValue(judgement.reason);
    q.addBindValue(judgement.user);
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditEntry e;
    e.user = judgement.user;
    e.action = QStringLiteral("judge");
    e.indicatorCode = indicatorCode;
    e.year = year;
    e.oldState = before ? (before->met ? QStringLiteral("met") : QStringLiteral("not_met")) : QString();
    e.newState = judgement.met ? QStringLiteral("met") : QStringLiteral("not_met");
    e.reason = judgement.reason;
    if (!AuditRepository(m_db).append(e, indicatorId, areaId, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

std::optional<Judgement> JudgementRepository::judgement(const QString &indicatorCode, const QString &area,
                                                        int year) const
{
    const auto byYear = all(area).value(indicatorCode);
    if (byYear.contains(year))
        return byYear.value(year);
    return std::nullopt;
}

namespace {
Judgement readJudgement(const QSqlQuery &q, int first)
{
    Judgement j;
    j.met = q.value(first).toBool();
    j.reason = q.value(first + 1).toString();
    j.user = q.value(first + 2).toString();
    j.at = QDateTime::fromString(q.value(first + 3).toString(), Qt::ISODateWithMs);
    return j;
}
} // namespace

QHash<QString, QMap<int, Judgement>> JudgementRepository::all(const QString &area) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.code, j.year, j.met, j.reason, j.user_name, j.at FROM judgements j"
                             " JOIN indicators i ON i.id = j.indicator_id JOIN areas a ON a.id = j.area_id"
                             " WHERE (? = '' AND a.is_default = 1) OR a.name = ?"));
    q.addBindValue(SqlValues::text(area));
    q.addBindValue(SqlValues::text(area));
    QHash<QString, QMap<int, Judgement>> out;
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toInt(), readJudgement(q, 2));
    return out;
}

QHash<QString, QHash<QString, QMap<int, Judgement>>> JudgementRepository::byArea() const
{
    QSqlQuery q(m_db);
    QHash<QString, QHash<QString, QMap<int, Judgement>>> out;
    if (!q.exec(QStringLiteral("SELECT a.name, i.code, j.year, j.met, j.reason, j.user_name, j.at FROM judgements j"
                               " JOIN indicators i ON i.id = j.indicator_id JOIN areas a ON a.id = j.area_id")))
        return out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toString()].insert(q.value(2).toInt(), readJudgement(q, 3));
    return out;
}
