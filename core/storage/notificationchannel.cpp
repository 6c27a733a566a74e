#include "notificationchannel.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

NotificationChannel::NotificationChannel(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

NotificationChannel::~NotificationChannel()
{
    if (m_listening && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QString::fromLatin1(Name));
}

bool NotificationChannel::listen()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_error = QStringLiteral("the connection's driver has no notifications");
        return false;
    }
    if (!driver->subscribeToNotification(QString::fromLatin1(Name))) {
        m_error = driver->lastError().text();
        return false;
    }
    m_listening = true;
    connect(driver, &QSqlDriver::notification, this, &NotificationChannel::onNotification, Qt::UniqueConnection);
    return true;
}

bool NotificationChannel::send(const QByteArray &payload)
{
    if (payload.size() > MaxPayload) {
        m_error = QStringLiteral("notification of %1 bytes is over PostgreSQL's limit").arg(payload.size());
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(Name));
    q.addBindValue(QString::fromUtf8(payload));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

void NotificationChannel::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                         const QVariant &payload)
{
    if (name != QLatin1String(Name) || source == QSqlDriver::SelfSource)
        return;
    emit received(payload.toString().toUtf8());
}
