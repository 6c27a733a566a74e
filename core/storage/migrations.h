#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The numbered schema upgrades. Version N is reached by running upgradeToVN on a
// database at version N-1, each inside one transaction that also sets
// PRAGMA user_version, so a failure leaves the file at the previous version.
// Never edit a released step: add a new one.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Brings `db` from `fromVersion` up to `toVersion` (latest when -1).
    static bool apply(QSqlDatabase db, int fromVersion, QString *error, int toVersion = -1);

private:
    static QStringList upgradeToV1();
    static QStringList upgradeToV2();
    static QStringList upgradeToV3();
    static QStringList upgradeToV4();
    static QStringList upgradeToV5();
    static QStringList upgradeToV6();
    static QStringList upgradeToV7();
    static QStringList upgradeToV8();
    // The steps as the connection's database spells them (PostgreSQL: identity
    // columns, BYTEA).
    static QStringList dialect(const QSqlDatabase &db, QStringList steps);
};
