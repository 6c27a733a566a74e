#include "pgconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cctype>

#include <libpq-fe.h>

namespace {

const QLatin1String kSchemeLong("postgresql://");
const QLatin1String kSchemeShort("postgres://");

// libpq's connection keywords that a URI's query may carry besides host, port, user,
// password and dbname (libpq-connect, "Parameter Key Words").
bool isOptionKey(const QString &key)
{
    static const char *const keys[] = {"sslmode",
                                       "sslrootcert",
                                       "sslcert",
                                       "sslkey",
                                       "sslcrl",
                                       "sslcrldir",
                                       "sslpassword",
                                       "sslcompression",
                                       "sslsni",
                                       "ssl_min_protocol_version",
                                       "ssl_max_protocol_version",
                                       "requirepeer",
                                       "gssencmode",
                                       "krbsrvname",
                                       "connect_timeout",
                                       "application_name",
                                       "fallback_application_name",
                                       "keepalives",
                                       "keepalives_idle",
                                       "keepalives_interval",
                                       "keepalives_count",
                                       "tcp_user_timeout",
                                       "target_session_attrs",
                                       "channel_binding",
                                       "passfile",
                                       "service",
                                       "hostaddr",
                                       "options",
                                       "client_encoding"};
    for (const char *k : keys) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

bool decode(const QString &part, QString *out)
{
    const QByteArray raw = part.toUtf8();
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isxdigit(static_cast<unsigned char>(raw.at(i + 1)))
            || !isxdigit(static_cast<unsigned char>(raw.at(i + 2))))
            return false;
    }
    *out = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
    return true;
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

bool PgConnectionSpec::isUri(const QString &text)
{
    return text.startsWith(kSchemeLong, Qt::CaseInsensitive) || text.startsWith(kSchemeShort, Qt::CaseInsensitive);
}

bool PgConnectionSpec::parse(const QString &uri, PgConnectionSpec *out, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isUri(uri))
        return fail(tr("\"%1\" is not a PostgreSQL URI: expected postgresql://user@host:port/database").arg(uri));
    PgConnectionSpec spec;
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    const int q = rest.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString path;
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        path = rest.mid(slash + 1);
        rest = rest.left(slash);
    }
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        const QString userPart = colon >= 0 ? userInfo.left(colon) : userInfo;
        if (!decode(userPart, &spec.user))
            return fail(tr("The user name \"%1\" in the PostgreSQL URI has a broken %-escape").arg(userPart));
        if (colon >= 0 && !decode(userInfo.mid(colon + 1), &spec.password))
            return fail(tr("The password in the PostgreSQL URI has a broken %-escape"));
    }
    // host[:port]; an IPv6 address is written in brackets.
    QString hostPart = rest;
    QString portPart;
    if (hostPart.startsWith(QLatin1Char('['))) {
        const int close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("The host \"%1\" in the PostgreSQL URI lacks its closing ]").arg(hostPart));
        portPart = hostPart.mid(close + 1);
        hostPart = hostPart.mid(1, close - 1);
        if (!portPart.isEmpty() && !portPart.startsWith(QLatin1Char(':')))
            return fail(tr("Unexpected \"%1\" after the host in the PostgreSQL URI").arg(portPart));
        portPart = portPart.mid(1);
    } else {
        const int colon = hostPart.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            portPart = hostPart.mid(colon + 1);
            hostPart = hostPart.left(colon);
        }
    }
    if (hostPart.contains(QLatin1Char(',')))
        return fail(tr("The PostgreSQL URI names several hosts (\"%1\"); give one").arg(hostPart));
    if (!decode(hostPart, &spec.host))
        return fail(tr("The host \"%1\" in the PostgreSQL URI has a broken %-escape").arg(hostPart));
    auto parsePort = [&](const QString &text) {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("The port \"%1\" in the PostgreSQL URI is not a number from 1 to 65535").arg(text));
        spec.port = port;
        return true;
    };
    if (!portPart.isEmpty() && !parsePort(portPart))
        return false;
    if (!decode(path, &spec.dbname))
        return fail(tr("The database name \"%1\" in the PostgreSQL URI has a broken %-escape").arg(path));
    if (!query.isEmpty()) {
        const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const int eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(tr("\"%1\" in the PostgreSQL URI's options is not key=value").arg(pair));
            QString key;
            QString value;
            if (!decode(pair.left(eq), &key) || !decode(pair.mid(eq + 1), &value))
                return fail(tr("The option \"%1\" in the PostgreSQL URI has a broken %-escape").arg(pair));
            if (key == QLatin1String("host"))
                spec.host = value;
            else if (key == QLatin1String("port")) {
                if (!parsePort(value))
                    return false;
            } else if (key == QLatin1String("user"))
                spec.user = value;
            else if (key == QLatin1String("password"))
                spec.password = value;
            else if (key == QLatin1String("dbname"))
                spec.dbname = value;
            else if (!isOptionKey(key))
                return fail(tr("The PostgreSQL URI has an unknown option \"%1\" (known are e.g. sslmode, "
                               "sslrootcert, connect_timeout, application_name)")
                                .arg(key));
            else if (value.contains(QLatin1Char(';')))
                return fail(tr("The option %1 in the PostgreSQL URI may not contain \";\"").arg(key));
            else
                spec.options.append(qMakePair(key, value));
        }
    }
    *out = spec;
    return true;
}

QString PgConnectionSpec::describe() const
{
    const QString h = host.isEmpty() ? tr("the default host") : host;
    const QString d = dbname.isEmpty() ? tr("the default database") : dbname;
    if (port > 0)
        return QStringLiteral("%1:%2/%3").arg(h).arg(port).arg(d);
    return QStringLiteral("%1/%2").arg(h, d);
}

QString PgConnectionSpec::connectOptions() const
{
    QStringList parts;
    for (const auto &kv : options) {
        QString v = kv.second;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts.append(QStringLiteral("%1='%2'").arg(kv.first, v));
    }
    return parts.join(QLatin1Char(';'));
}

void PgConnectionSpec::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(dbname);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions());
}

QString PgConnectionSpec::toUri(bool withPassword) const
{
    QString out = kSchemeLong;
    if (!user.isEmpty() || (withPassword && !password.isEmpty())) {
        out += encode(user);
        if (withPassword && !password.isEmpty())
            out += QLatin1Char(':') + encode(password);
        out += QLatin1Char('@');
    }
    out += host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : encode(host);
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + encode(dbname);
    QStringList query;
    for (const auto &kv : options)
        query.append(encode(kv.first) + QLatin1Char('=') + encode(kv.second));
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

bool PgConnectionSpec::open(QSqlDatabase &db, QString *error) const
{
    if (db.open())
        return true;
    const QString server = db.lastError().driverText() + QLatin1Char(' ') + db.lastError().databaseText();
    const QString said = db.lastError().databaseText().trimmed();
    QString what;
    if (server.contains(QLatin1String("password authentication failed"))
        || server.contains(QLatin1String("no password supplied")))
        what = tr("the server refused the user name or password");
    else if (server.contains(QLatin1String("does not exist")) && server.contains(QLatin1String("database")))
        what = tr("there is no such database on the server");
    else if (server.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
             || server.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        what = tr("the TLS connection failed");
    else if (server.contains(QLatin1String("Connection refused")) || server.contains(QLatin1String("timeout"))
             || server.contains(QLatin1String("could not translate host name"))
             || server.contains(QLatin1String("No such file or directory")))
        what = tr("no PostgreSQL server answers there");
    else
        what = tr("the connection failed");
    if (error) {
        *error = tr("Cannot connect to the PostgreSQL database %1 as %2: %3 (the server said: %4)")
                     .arg(describe(), user.isEmpty() ? tr("the default user") : user, what, said);
    }
    db.close();
    return false;
}

namespace PgSession {

pg_conn *libpqHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

bool configure(QSqlDatabase db, QString *error)
{
    // Dates and times are written as ISO text by the program; the server's own
    // settings must not change how text compares or numbers print.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET client_encoding = 'UTF8'"))
        || !q.exec(QStringLiteral("SET client_min_messages = warning"))
        // A writer waits for another's transaction as SQLite's busy timeout does,
        // then fails with a message instead of hanging the window.
        || !q.exec(QStringLiteral("SET lock_timeout = '30s'"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool lost(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return false;
    // A reopening that failed leaves no libpq connection at all (Qt closes it):
    // still lost, so the next write tries again.
    if (!db.isOpen())
        return true;
    PGconn *conn = libpqHandle(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

bool reconnect(QSqlDatabase db, QString *error)
{
    const QStringList listening = db.driver()->subscribedToNotifications();
    db.close();
    if (!db.open()) {
        *error = PgConnectionSpec::tr("the connection to the server was lost and cannot be made again: %1")
                     .arg(db.lastError().text());
        return false;
    }
    if (!configure(db, error))
        return false;
    for (const QString &name : listening) {
        if (!db.driver()->subscribeToNotification(name)) {
            *error = db.driver()->lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace PgSession
