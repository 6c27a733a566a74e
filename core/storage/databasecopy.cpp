#include "databasecopy.h"

#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

QStringList DatabaseCopy::tables()
{
    return {QStringLiteral("plans"),
            QStringLiteral("categories"),
            QStringLiteral("units"),
            QStringLiteral("indicators"),
            QStringLiteral("indicator_units"),
            QStringLiteral("areas"),
            QStringLiteral("reporting_years"),
            QStringLiteral("indicator_values"),
            QStringLiteral("audit_log"),
            QStringLiteral("settings"),
            QStringLiteral("users"),
            QStringLiteral("judgements"),
            QStringLiteral("comments"),
            QStringLiteral("unit_reports"),
            QStringLiteral("unit_report_progress"),
            QStringLiteral("report_attachments"),
            QStringLiteral("reporting_deadlines"),
            QStringLiteral("deadline_extensions")};
}

bool DatabaseCopy::copy(QSqlDatabase from, QSqlDatabase to, QStringList *said, QString *error)
{
    WriteTransaction tx(to);
    if (!tx.isActive()) {
        *error = tr("Cannot start writing the copy: %1").arg(tx.errorString());
        return false;
    }
    for (const QString &table : tables()) {
        QSqlQuery count(to);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next()) {
            *error = tr("Cannot read %1 of the target: %2").arg(table, count.lastError().text());
            return false;
        }
        if (count.value(0).toLongLong() > 0) {
            *error = tr("The target is not empty: its table %1 holds %n row(s). Copy into a new database.", nullptr,
                        count.value(0).toInt())
                         .arg(table);
            return false;
        }
    }
    for (const QString &table : tables()) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        const QSqlRecord columns = from.record(table);
        const QString order = columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString();
        if (!read.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, order))) {
            *error = tr("Cannot read %1: %2").arg(table, read.lastError().text());
            return false;
        }
        const QSqlRecord record = read.record();
        QStringList names, marks;
        for (int i = 0; i < record.count(); ++i) {
            names << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(to);
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))))) {
            *error = tr("Cannot write %1: %2").arg(table, write.lastError().text());
            return false;
        }
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec()) {
                *error = tr("Cannot write row %1 of %2: %3").arg(rows + 1).arg(table, write.lastError().text());
                return false;
            }
            ++rows;
        }
        if (read.lastError().isValid()) {
            *error = tr("Cannot read %1: %2").arg(table, read.lastError().text());
            return false;
        }
        // A server numbers new rows from a sequence that must start past the ids copied.
        if (to.driverName() == QLatin1String("QPSQL") && names.contains(QStringLiteral("id"))) {
            QSqlQuery q(to);
            if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                       " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                            .arg(table))) {
                *error = tr("Cannot number the new rows of %1: %2").arg(table, q.lastError().text());
                return false;
            }
        }
        *said << tr("%1: %n row(s)", nullptr, int(rows)).arg(table);
    }
    if (!tx.commit()) {
        *error = tr("Cannot store the copy: %1").arg(tx.errorString());
        return false;
    }
    return true;
}
