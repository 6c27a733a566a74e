// PostgreSQL connection URIs (`--db postgresql://…`) and the tests' throwaway server:
// the parser keeps every part libpq should default empty, the server accepts a login
// by SCRAM, and the refusals name host, database and what is wrong.
#include "pgtestserver.h"
#include "storage/pgconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TstPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryPart();
    void leavesMissingPartsToLibpq();
    void decodesSocketHostAndQueryParts();
    void refusesBrokenUris_data();
    void refusesBrokenUris();
    void roundTripsThroughToUri();
    void connectsWithScramAndCleansUp();
    void wrongPasswordNamesHostAndDatabase();
    void missingDatabaseAndNoServerAreNamed();
    void tlsIsVerifiedAgainstTheOfficesCa();

private:
    static QString openError(const PgConnectionSpec &spec);
};

void TstPgConnection::parsesEveryPart()
{
    PgConnectionSpec s;
    QString error;
    QVERIFY2(
        PgConnectionSpec::parse(QStringLiteral("postgresql://alice:s%40cret@db.example.org:6543/fuer"
                                               "?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&connect_timeout=5"),
                                &s, &error),
        qPrintable(error));
    QCOMPARE(s.user, QStringLiteral("alice"));
    QCOMPARE(s.password, QStringLiteral("s@cret"));
    QCOMPARE(s.host, QStringLiteral("db.example.org"));
    QCOMPARE(s.port, 6543);
    QCOMPARE(s.dbname, QStringLiteral("fuer"));
    QCOMPARE(s.options.size(), 3);
    QCOMPARE(s.connectOptions(), QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ca.pem';connect_timeout='5'"));
    QCOMPARE(s.describe(), QStringLiteral("db.example.org:6543/fuer"));
    QVERIFY(PgConnectionSpec::isUri(QStringLiteral("POSTGRES://x")));
    QVERIFY(PgConnectionSpec::isUri(QStringLiteral("postgresql://")));
    QVERIFY(!PgConnectionSpec::isUri(QStringLiteral("/home/x/postgresql.sqlite")));
    QVERIFY(!PgConnectionSpec::isUri(QStringLiteral("fuer.sqlite")));
}

void TstPgConnection::leavesMissingPartsToLibpq()
{
    PgConnectionSpec s;
    QString error;
    QVERIFY2(PgConnectionSpec::parse(QStringLiteral("postgres://"), &s, &error), qPrintable(error));
    QVERIFY(s.host.isEmpty());
    QCOMPARE(s.port, -1);
    QVERIFY(s.dbname.isEmpty());
    QVERIFY(s.user.isEmpty());
    QVERIFY(s.password.isEmpty());
    QVERIFY(s.options.isEmpty());
    QCOMPARE(s.describe(), QStringLiteral("the default host/the default database"));

    QVERIFY(PgConnectionSpec::parse(QStringLiteral("postgresql://bob@/plan"), &s, &error));
    QCOMPARE(s.user, QStringLiteral("bob"));
    QVERIFY(s.host.isEmpty());
    QCOMPARE(s.dbname, QStringLiteral("plan"));

    // Empty parts stay empty on the connection, so libpq's PGHOST etc. apply.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("libpq-defaults"));
    s.applyTo(db);
    QVERIFY(db.hostName().isEmpty());
    QCOMPARE(db.port(), -1);
    QVERIFY(db.password().isEmpty());
    QCOMPARE(db.connectOptions(), QString());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("libpq-defaults"));
}

void TstPgConnection::decodesSocketHostAndQueryParts()
{
    PgConnectionSpec s;
    QString error;
    QVERIFY2(PgConnectionSpec::parse(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/fuer"), &s, &error),
             qPrintable(error));
    QCOMPARE(s.host, QStringLiteral("/var/run/postgresql"));
    QVERIFY(PgConnectionSpec::parse(
        QStringLiteral("postgresql:///fuer?host=/tmp/sock&port=5444&user=%E5%BC%A0&application_name=fuer%20monitor"),
        &s, &error));
    QCOMPARE(s.host, QStringLiteral("/tmp/sock"));
    QCOMPARE(s.port, 5444);
    QCOMPARE(s.user, QString::fromUtf8("张"));
    QCOMPARE(s.connectOptions(), QStringLiteral("application_name='fuer monitor'"));
    QVERIFY(PgConnectionSpec::parse(QStringLiteral("postgresql://u@[::1]:5433/d"), &s, &error));
    QCOMPARE(s.host, QStringLiteral("::1"));
    QCOMPARE(s.port, 5433);
}

void TstPgConnection::refusesBrokenUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringLiteral("postgresql://h:99999/d")
                          << QStringLiteral("The port \"99999\" in the PostgreSQL URI is not a number from 1 to 65535");
    QTest::newRow("port-text") << QStringLiteral("postgresql://h:abc/d")
                               << QStringLiteral(
                                      "The port \"abc\" in the PostgreSQL URI is not a number from 1 to 65535");
    QTest::newRow("option") << QStringLiteral("postgresql://h/d?sslmod=require")
                            << QStringLiteral("The PostgreSQL URI has an unknown option \"sslmod\" (known are e.g. "
                                              "sslmode, sslrootcert, connect_timeout, application_name)");
    QTest::newRow("not-kv") << QStringLiteral("postgresql://h/d?sslmode")
                            << QStringLiteral("\"sslmode\" in the PostgreSQL URI's options is not key=value");
    QTest::newRow("escape") << QStringLiteral("postgresql://h/d%zz")
                            << QStringLiteral("The database name \"d%zz\" in the PostgreSQL URI has a broken %-escape");
    QTest::newRow("hosts") << QStringLiteral("postgresql://a,b/d")
                           << QStringLiteral("The PostgreSQL URI names several hosts (\"a,b\"); give one");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://h/d?application_name=a;b")
                               << QStringLiteral(
                                      "The option application_name in the PostgreSQL URI may not contain \";\"");
    QTest::newRow("file") << QStringLiteral("fuer.sqlite")
                          << QStringLiteral("\"fuer.sqlite\" is not a PostgreSQL URI: expected "
                                            "postgresql://user@host:port/database");
}

void TstPgConnection::refusesBrokenUris()
{
    QFETCH(QString, uri);
    QFETCH(QString, message);
    PgConnectionSpec s;
    s.host = QStringLiteral("untouched");
    QString error;
    QVERIFY(!PgConnectionSpec::parse(uri, &s, &error));
    QCOMPARE(error, message);
    QCOMPARE(s.host, QStringLiteral("untouched"));
}

void TstPgConnection::roundTripsThroughToUri()
{
    PgConnectionSpec s;
    s.host = QStringLiteral("/tmp/a sock");
    s.port = 5999;
    s.dbname = QStringLiteral("规划");
    s.user = QStringLiteral("li@x");
    s.password = QStringLiteral("p:w/d?&");
    s.options.append(qMakePair(QStringLiteral("sslmode"), QStringLiteral("disable")));
    PgConnectionSpec back;
    QString error;
    QVERIFY2(PgConnectionSpec::parse(s.toUri(), &back, &error), qPrintable(error));
    QCOMPARE(back.host, s.host);
    QCOMPARE(back.port, s.port);
    QCOMPARE(back.dbname, s.dbname);
    QCOMPARE(back.user, s.user);
    QCOMPARE(back.password, s.password);
    QCOMPARE(back.options, s.options);
    QVERIFY(!s.toUri(false).contains(QStringLiteral("p%3A")));
}

QString TstPgConnection::openError(const PgConnectionSpec &spec)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("open-error"));
        spec.applyTo(db);
        if (spec.open(db, &error))
            error = QStringLiteral("(opened)");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("open-error"));
    return error;
}

void TstPgConnection::connectsWithScramAndCleansUp()
{
    QString dbname;
    QString role;
    PgConnectionSpec admin;
    {
        PgTestServer pg;
        if (!pg.start())
            PG_REQUIRE_OR_SKIP(pg);
        dbname = pg.databaseName();
        role = pg.uniqueRoleName(QStringLiteral("tst_login"));
        QString error;
        QVERIFY2(pg.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'geheim'").arg(role), &error),
                 qPrintable(error));
        QVERIFY2(pg.exec(QStringLiteral("CREATE TABLE t (id INTEGER)"), &error), qPrintable(error));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("as-login"));
            pg.specFor(role, QStringLiteral("geheim")).applyTo(db);
            QVERIFY2(pg.specFor(role, QStringLiteral("geheim")).open(db, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT current_user, current_database(), "
                                          "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), role);
            QCOMPARE(q.value(1).toString(), dbname);
            QCOMPARE(q.value(2).toBool(), false);
            // The new login has no right to the admin's table: the server says so.
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM t")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("as-login"));
        PgConnectionSpec::parse(qEnvironmentVariable("FUER_TEST_PG"), &admin, &error);
    }
    // The fresh database and the role are gone once the PgTestServer is.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("after"));
        admin.applyTo(db);
        QString error;
        QVERIFY2(admin.open(db, &error), qPrintable(error));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM pg_database WHERE datname = ?), "
                                 "(SELECT count(*) FROM pg_roles WHERE rolname = ?)"));
        q.addBindValue(dbname);
        q.addBindValue(role);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TstPgConnection::wrongPasswordNamesHostAndDatabase()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    const QString role = pg.uniqueRoleName(QStringLiteral("tst_pw"));
    QVERIFY(pg.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'right'").arg(role)));
    const PgConnectionSpec spec = pg.specFor(role, QStringLiteral("wrong"));
    const QString error = openError(spec);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot connect to the PostgreSQL database 127.0.0.1:%1/%2 as %3: "
                                             "the server refused the user name or password (the server said: ")
                                  .arg(spec.port)
                                  .arg(pg.databaseName(), role)),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("password authentication failed")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("wrong")));
    QCOMPARE(openError(pg.specFor(role, QStringLiteral("right"))), QStringLiteral("(opened)"));
}

void TstPgConnection::missingDatabaseAndNoServerAreNamed()
{
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    PgConnectionSpec missing = pg.spec();
    missing.dbname = QStringLiteral("no_such_db_here");
    QString error = openError(missing);
    QVERIFY2(
        error.startsWith(QStringLiteral("Cannot connect to the PostgreSQL database 127.0.0.1:%1/no_such_db_here as "
                                        "fuer_test: there is no such database on the server")
                             .arg(missing.port)),
        qPrintable(error));

    // Port 1 on the loopback: nothing listens there.
    PgConnectionSpec nobody = pg.spec();
    nobody.port = 1;
    error = openError(nobody);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot connect to the PostgreSQL database 127.0.0.1:%1/%2 as fuer_test: "
                                             "no PostgreSQL server answers there")
                                  .arg(nobody.port)
                                  .arg(pg.databaseName())),
             qPrintable(error));
}

void TstPgConnection::tlsIsVerifiedAgainstTheOfficesCa()
{
    // The test cluster has TLS as an office's server would (scripts/pg-cluster.sh):
    // a certificate for 127.0.0.1 signed by its CA. verify-full with that CA
    // connects over TLS; another CA, or a host name the certificate does not name,
    // is refused, saying that TLS failed and where.
    PgTestServer pg;
    if (!pg.start())
        PG_REQUIRE_OR_SKIP(pg);
    const QString ca = qEnvironmentVariable("FUER_TEST_PG_CA");
    const QString otherCa = qEnvironmentVariable("FUER_TEST_PG_OTHER_CA");
    if (ca.isEmpty() || otherCa.isEmpty()) {
        if (PgTestServer::required())
            QFAIL(
                "FUER_TEST_PG_CA and FUER_TEST_PG_OTHER_CA are not set: start the cluster with scripts/pg-cluster.sh");
        QSKIP("the test server has no TLS certificates of ours");
    }
    auto withTls = [&](const QString &host, const QString &root) {
        PgConnectionSpec spec = pg.spec();
        spec.host = host;
        spec.options.append(qMakePair(QStringLiteral("sslmode"), QStringLiteral("verify-full")));
        spec.options.append(qMakePair(QStringLiteral("sslrootcert"), root));
        return spec;
    };
    const PgConnectionSpec good = withTls(QStringLiteral("127.0.0.1"), ca);
    {
        // Through the URI a user gives --db, as the program parses it.
        PgConnectionSpec parsed;
        QString error;
        QVERIFY2(PgConnectionSpec::parse(good.toUri(), &parsed, &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls"));
        parsed.applyTo(db);
        QVERIFY2(parsed.open(db, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), "the connection is encrypted");
        QVERIFY2(q.value(1).toString().startsWith(QStringLiteral("TLSv1.")), qPrintable(q.value(1).toString()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tls"));

    const QString stranger = openError(withTls(QStringLiteral("127.0.0.1"), otherCa));
    QVERIFY2(
        stranger.startsWith(QStringLiteral("Cannot connect to the PostgreSQL database 127.0.0.1:%1/%2 as fuer_test: "
                                           "the TLS connection failed (the server said: ")
                                .arg(good.port)
                                .arg(pg.databaseName())),
        qPrintable(stranger));
    QVERIFY2(stranger.contains(QStringLiteral("certificate verify failed")), qPrintable(stranger));

    const QString wrongName = openError(withTls(QStringLiteral("localhost"), ca));
    QVERIFY2(wrongName.startsWith(QStringLiteral("Cannot connect to the PostgreSQL database localhost:%1/%2 as "
                                                 "fuer_test: the TLS connection failed")
                                      .arg(good.port)
                                      .arg(pg.databaseName())),
             qPrintable(wrongName));
    QVERIFY2(wrongName.contains(QStringLiteral("does not match host name")), qPrintable(wrongName));
}

QTEST_GUILESS_MAIN(TstPgConnection)
#include "tst_pgconnection.moc"
