#pragma once

#include <QSqlDatabase>
#include <QString>

// Small facts about a database file, such as whether it holds demo data.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = QString()) const;
    bool setValue(const QString &key, const QString &value, QString *error);

    bool isDemo() const { return value(QStringLiteral("demo")) == QLatin1String("1"); }

private:
    QSqlDatabase m_db;
};
