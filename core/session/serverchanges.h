#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class ChangeNotifier;
class NotificationChannel;

// On a server, what this program's services announce on its ChangeNotifier goes to
// every other program connected to the same database (NotificationChannel, LISTEN/
// NOTIFY), and what they announce comes in on this ChangeNotifier as if a service
// here had committed it: a reviewer's completeness matrix shows a liaison's
// submission from another desk at once. Announcements that came in are not sent
// out again. The payload is small JSON: {"k": kind, "codes", "code", "unit", "year"}.
class ServerChanges : public QObject
{
    Q_OBJECT

public:
    ServerChanges(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~ServerChanges() override;

    // Listens; false with errorString() when the connection cannot.
    bool start();
    QString errorString() const;

private:
    void send(const QByteArray &payload);
    void receive(const QByteArray &payload);

    ChangeNotifier *m_notifier;
    std::unique_ptr<NotificationChannel> m_channel;
    bool m_receiving = false; // an announcement from the server is being passed on
};
