#include "pgtestserver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt s_counter;

QString uniqueSuffix()
{
    return QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid()).arg(s_counter.fetchAndAddRelaxed(1));
}
} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    if (QSqlDatabase::contains(m_connName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connName);
    }
    if (!m_created)
        return;
    // Dropped from the maintenance database, after every connection to the fresh one.
    const QString name = QStringLiteral("fuer-test-admin-drop-%1").arg(uniqueSuffix());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        m_admin.applyTo(db);
        QString error;
        if (m_admin.open(db, &error)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_spec.dbname)))
                qWarning("PgTestServer: cannot drop %s: %s", qPrintable(m_spec.dbname),
                         qPrintable(q.lastError().text()));
            for (const QString &role : qAsConst(m_roles)) {
                if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)))
                    qWarning("PgTestServer: cannot drop role %s: %s", qPrintable(role),
                             qPrintable(q.lastError().text()));
            }
            db.close();
        } else {
            qWarning("PgTestServer: %s", qPrintable(error));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

bool PgTestServer::configured()
{
    return !qEnvironmentVariableIsEmpty("FUER_TEST_PG");
}

bool PgTestServer::required()
{
    return qEnvironmentVariable("FUER_REQUIRE_PG") == QLatin1String("1");
}

bool PgTestServer::start(const QString &templateDb)
{
    if (!configured()) {
        m_error = QStringLiteral("FUER_TEST_PG is not set, but FUER_REQUIRE_PG=1 asks for a server");
        return false;
    }
    if (!PgConnectionSpec::parse(qEnvironmentVariable("FUER_TEST_PG"), &m_admin, &m_error))
        return false;
    const QString dbname = QStringLiteral("fuer_t_%1").arg(uniqueSuffix());
    const QString name = QStringLiteral("fuer-test-admin-create-%1").arg(uniqueSuffix());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        m_admin.applyTo(db);
        if (m_admin.open(db, &m_error)) {
            QSqlQuery q(db);
            const QString from = templateDb.isEmpty() ? QStringLiteral("template0") : templateDb;
            ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE \"%2\"").arg(dbname, from));
            if (!ok)
                m_error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return false;
    m_created = true;
    m_spec = m_admin;
    m_spec.dbname = dbname;
    m_connName = QStringLiteral("fuer-test-admin-%1").arg(uniqueSuffix());
    return true;
}

PgConnectionSpec PgTestServer::specFor(const QString &user, const QString &password) const
{
    PgConnectionSpec s = m_spec;
    s.user = user;
    s.password = password;
    return s;
}

QString PgTestServer::uniqueRoleName(const QString &prefix)
{
    const QString role = QStringLiteral("%1_%2").arg(prefix, uniqueSuffix());
    m_roles.append(role);
    return role;
}

QString PgTestServer::adminConnection() const
{
    return m_connName;
}

bool PgTestServer::exec(const QString &sql, QString *error)
{
    if (!m_created) {
        if (error)
            *error = m_error;
        return false;
    }
    if (!QSqlDatabase::contains(m_connName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connName);
        m_spec.applyTo(db);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connName, false);
    if (!db.isOpen() && !m_spec.open(db, error))
        return false;
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool PgTestServer::dropNextValueWrite(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    for (const char *sql : {"CREATE SEQUENCE drop_once",
                            "CREATE FUNCTION drop_mid_save() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN IF nextval('drop_once') = 1 THEN"
                            " PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF;"
                            " RETURN NEW; END $$",
                            "CREATE TRIGGER drop_mid_save AFTER INSERT OR UPDATE ON indicator_values"
                            " FOR EACH ROW EXECUTE FUNCTION drop_mid_save()"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}
