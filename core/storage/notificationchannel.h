#pragma once

#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>

// PostgreSQL's LISTEN/NOTIFY on one connection, through Qt's driver notifications
// (QSqlDriver::subscribeToNotification): every program connected to the same
// database hears what the others send on the channel, as soon as it is sent and
// without polling. Session's ServerChanges carries ChangeNotifier's announcements
// over it. Messages this connection sent itself are not passed on.
class NotificationChannel : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Name = "fuer_changes";
    // PostgreSQL refuses payloads from 8,000 bytes on.
    static constexpr int MaxPayload = 7999;

    explicit NotificationChannel(QSqlDatabase db, QObject *parent = nullptr);
    ~NotificationChannel() override;

    // Starts listening; false with errorString() when the driver cannot.
    bool listen();
    // Sends `payload` to every other listener (committed at once, outside any
    // transaction of the caller's: pg_notify in its own statement).
    bool send(const QByteArray &payload);
    QString errorString() const { return m_error; }

signals:
    void received(const QByteArray &payload);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QSqlDatabase m_db;
    QString m_error;
    bool m_listening = false;
};
