#pragma once

#include "model/auditentry.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

// The append-only audit log. append() joins the caller's transaction, so a change
// and its audit row are written together or not at all.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    bool append(const AuditEntry &entry, int indicatorId, int areaId, QString *error);
    // Newest first; empty code means every indicator.
    QVector<AuditEntry> history(const QString &indicatorCode, int limit = 1000) const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert; // prepared once: imports append one row per value
    // A batch stamps all its rows with one time; formatting it once per row was
    // 7% of a large import's store.
    QDateTime m_lastAt;
    QString m_lastAtText;
};
