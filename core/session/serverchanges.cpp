#include "serverchanges.h"

#include "storage/notificationchannel.h"
#include "workflow/changenotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

ServerChanges::ServerChanges(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_channel(std::make_unique<NotificationChannel>(db))
{
    connect(m_channel.get(), &NotificationChannel::received, this, &ServerChanges::receive);
    connect(notifier, &ChangeNotifier::valuesChanged, this, [this](const QStringList &codes, int year) {
        QJsonObject o{{QStringLiteral("k"), QStringLiteral("values")}, {QStringLiteral("year"), year}};
        // An import of every indicator says so in fewer bytes than its codes.
        if (codes.join(QLatin1Char(',')).size() < 4000)
            o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
        send(encode(o));
    });
    connect(notifier, &ChangeNotifier::judgementsChanged, this, [this](const QString &code, int year) {
        send(encode({{QStringLiteral("k"), QStringLiteral("judgements")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("year"), year}}));
    });
    connect(notifier, &ChangeNotifier::commentsChanged, this, [this](const QString &code, int year) {
        send(encode({{QStringLiteral("k"), QStringLiteral("comments")},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("year"), year}}));
    });
    connect(notifier, &ChangeNotifier::catalogChanged, this, [this](const QString &code) {
        send(encode({{QStringLiteral("k"), QStringLiteral("catalog")}, {QStringLiteral("code"), code}}));
    });
    connect(notifier, &ChangeNotifier::accountsChanged, this, [this] {
        send(encode({{QStringLiteral("k"), QStringLiteral("accounts")}}));
    });
    connect(notifier, &ChangeNotifier::reportsChanged, this, [this](const QString &unit, int year) {
        send(encode({{QStringLiteral("k"), QStringLiteral("reports")},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("year"), year}}));
    });
    connect(notifier, &ChangeNotifier::deadlinesChanged, this, [this](int year) {
        send(encode({{QStringLiteral("k"), QStringLiteral("deadlines")}, {QStringLiteral("year"), year}}));
    });
}

ServerChanges::~ServerChanges() = default;

bool ServerChanges::start()
{
    return m_channel->listen();
}

QString ServerChanges::errorString() const
{
    return m_channel->errorString();
}

void ServerChanges::send(const QByteArray &payload)
{
    // What came from the server goes no further; a failed send costs the others
    // only the immediacy (their pages still read the change when next shown).
    if (!m_receiving && !m_channel->send(payload))
        qWarning("ServerChanges: %s", qPrintable(m_channel->errorString()));
}

void ServerChanges::receive(const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    const QString kind = o.value(QStringLiteral("k")).toString();
    const int year = o.value(QStringLiteral("year")).toInt();
    const QString code = o.value(QStringLiteral("code")).toString();
    m_receiving = true;
    if (kind == QLatin1String("values")) {
        QStringList codes;
        for (const QJsonValue &v : o.value(QStringLiteral("codes")).toArray())
            codes.append(v.toString());
        emit m_notifier->valuesChanged(codes, year);
    } else if (kind == QLatin1String("judgements")) {
        emit m_notifier->judgementsChanged(code, year);
    } else if (kind == QLatin1String("comments")) {
        emit m_notifier->commentsChanged(code, year);
    } else if (kind == QLatin1String("catalog")) {
        emit m_notifier->catalogChanged(code);
    } else if (kind == QLatin1String("accounts")) {
        emit m_notifier->accountsChanged();
    } else if (kind == QLatin1String("reports")) {
        emit m_notifier->reportsChanged(o.value(QStringLiteral("unit")).toString(), year);
    } else if (kind == QLatin1String("deadlines")) {
        emit m_notifier->deadlinesChanged(year);
    }
    m_receiving = false;
}
