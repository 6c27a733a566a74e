#pragma once
// The server benchmarks' one statement as the FUER_TEST_PG role (a database made
// or dropped) on a connection of its own; what failed is printed to `out`.
#include "storage/pgconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace BenchServer {

inline bool adminExec(const PgConnectionSpec &admin, const QString &sql, QTextStream &out)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.applyTo(db);
        QString error;
        if (admin.open(db, &error)) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                error = q.lastError().text();
            db.close();
        }
        if (!ok)
            out << "  " << sql << ": " << error << Qt::endl;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

} // namespace BenchServer
