#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Every row of one Fuer Monitor database copied into another of the same schema
// version, ids kept: a desktop file into an empty server database (`server
// import-sqlite`) and a server database into a new file (`server export-sqlite`).
// The catalog with its edits, the values with their states and versions, the
// audit, verdicts, comments, the units' reports with their attachments, due dates
// and the accounts. One transaction on the target: all of it or nothing.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // The tables in the order their foreign keys need.
    static QStringList tables();
    // Refused when the target holds any row. `said` gets "table: n rows" lines.
    static bool copy(QSqlDatabase from, QSqlDatabase to, QStringList *said, QString *error);
};
