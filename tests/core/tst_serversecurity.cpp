// The server's own rules (ServerSecurity, `server init`) on a copy of the demo
// database: people sign in with their own PostgreSQL logins, a liaison and a
// reviewer go through a return and its review through the services, and then every
// forbidden act is tried directly against the server, through QPSQL and through
// psql, as the liaison, the reviewer and a login without an account: each is
// refused by the server itself (an error, or no row touched and nothing changed),
// and every change of a value is audited by the server's trigger, once.
// Runs only on the test server (FUER_TEST_PG).
#include "demofixture.h"
#include "pgtestserver.h"
#include "testdata.h"

#include "session/session.h"
#include "storage/database.h"
#include "storage/serversecurity.h"
#include "storage/userrepository.h"
#include "workflow/demodata.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void installIsSafeToRunAgain();
    void peopleSignInWithTheirServerLogins();
    void returnAndReviewOnTheServer();
    void liaisonForbiddenActsThroughQpsql();
    void reviewerForbiddenActs();
    void reportsCommentsAndAttachmentsAreTheServersWord();
    void loginWithoutAccountReadsNothing();
    void psqlWritesAreRefusedOrAudited();
    void accountsAreServerLogins();
    void importsAreAuditedOnceByTheServer();
    void administratorCannotTakeOverTheServer();

private:
    QString uriAs(const QString &login, const QString &password) const;
    QSqlDatabase connectAs(const QString &login, const QString &password);
    // Runs `sql` through psql as `login`; the exit code, stderr into *err.
    int psql(const QString &login, const QString &password, const QString &sql, QString *out, QString *err);
    QString valueText(const QString &code, int year);
    int auditRows(const QString &code, int year);

    PgTestServer m_roles; // unique role names, dropped at the end
    std::unique_ptr<TempDatabase> m_demo;
    QString m_liaison, m_reviewer, m_stranger;
    int m_connections = 0;
};

namespace {
constexpr int Year = 2026;
const QString Password = QStringLiteral("server-pass-123");

// A statement that must be refused: an error from the server, or (row-level
// security hiding the rows) nothing touched.
QString refusal(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().databaseText();
    if (q.isSelect())
        return QString();
    return q.numRowsAffected() == 0 ? QStringLiteral("no row") : QString();
}
} // namespace

void TestServerSecurity::initTestCase()
{
    if (!m_roles.start())
        PG_REQUIRE_OR_SKIP(m_roles);
    qputenv("FUER_TEST_BACKEND", "pg");
    m_demo = DemoFixture::open();
    QSqlDatabase owner = m_demo->connection();
    QStringList said;
    QString error;
    QVERIFY2(ServerSecurity::install(owner, &said, &error), qPrintable(error));
    QVERIFY(ServerSecurity::isEnforced(owner));
    QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("fuer_liaison")), qPrintable(said.join('\n')));

    // The accounts, made by the owner as `server init` and `users add` do.
    m_liaison = m_roles.uniqueRoleName(QStringLiteral("liaison"));
    m_reviewer = m_roles.uniqueRoleName(QStringLiteral("office.reviewer")); // a dot, as logins may have
    m_stranger = m_roles.uniqueRoleName(QStringLiteral("stranger"));
    User owner_;
    owner_.login = ServerSecurity::sessionLogin(owner);
    owner_.role = User::Role::Admin;
    AuthService auth(owner);
    User l;
    l.login = m_liaison;
    l.displayName = QStringLiteral("卫健委联络员");
    l.role = User::Role::Liaison;
    l.unit = QStringLiteral("区卫健委");
    QVERIFY2(auth.createUser(owner_, l, Password, &error), qPrintable(error));
    User r;
    r.login = m_reviewer;
    r.displayName = QStringLiteral("妇儿工委办");
    r.role = User::Role::Reviewer;
    QVERIFY2(auth.createUser(owner_, r, Password, &error), qPrintable(error));
    // A login of the liaisons' group with no account in this database.
    QVERIFY2(
        m_roles.exec(
            QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE fuer_liaison").arg(m_stranger, Password),
            &error),
        qPrintable(error));
    // The program keeps no password of a server account.
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = '%1'").arg(m_liaison)) && q.next());
    QCOMPARE(q.value(0).toString(), QString());
}

void TestServerSecurity::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("security_")))
            QSqlDatabase::removeDatabase(name);
    }
    m_demo.reset();
}

QString TestServerSecurity::uriAs(const QString &login, const QString &password) const
{
    PgConnectionSpec spec;
    QString error;
    if (!PgConnectionSpec::parse(m_demo->path(), &spec, &error))
        qFatal("%s", qPrintable(error));
    spec.user = login;
    spec.password = password;
    return spec.toUri();
}

QSqlDatabase TestServerSecurity::connectAs(const QString &login, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                QStringLiteral("security_%1").arg(++m_connections));
    PgConnectionSpec spec;
    QString error;
    PgConnectionSpec::parse(uriAs(login, password), &spec, &error);
    spec.applyTo(db);
    if (!spec.open(db, &error))
        qWarning("%s", qPrintable(error));
    return db;
}

int TestServerSecurity::psql(const QString &login, const QString &password, const QString &sql, QString *out,
                             QString *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    PgConnectionSpec spec;
    QString error;
    PgConnectionSpec::parse(uriAs(login, QString()), &spec, &error);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), spec.toUri(false),
             QStringLiteral("-c"), sql});
    if (!p.waitForFinished(30000))
        return -1;
    *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestServerSecurity::valueText(const QString &code, int year)
{
    QSqlQuery q(m_demo->connection());
    q.prepare(QStringLiteral("SELECT v.value || '/' || v.state || '/' || v.version FROM indicator_values v"
                             " JOIN indicators i ON i.id = v.indicator_id WHERE i.code = ? AND v.year = ?"
                             " AND v.area_id = 1"));
    q.addBindValue(code);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

int TestServerSecurity::auditRows(const QString &code, int year)
{
    QSqlQuery q(m_demo->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log a JOIN indicators i ON i.id = a.indicator_id"
                             " WHERE i.code = ? AND a.year = ?"));
    q.addBindValue(code);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestServerSecurity::installIsSafeToRunAgain()
{
    QStringList said;
    QString error;
    QVERIFY2(ServerSecurity::install(m_demo->connection(), &said, &error), qPrintable(error));
    const QString text = said.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("fuer_admin: already there")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("already there, refreshed")), qPrintable(text));
    // The accounts made before are untouched.
    QVERIFY(UserRepository(m_demo->connection()).user(m_liaison).has_value());
}

void TestServerSecurity::peopleSignInWithTheirServerLogins()
{
    Session desk;
    QVERIFY2(desk.open(uriAs(m_liaison, Password)), qPrintable(desk.errorString()));
    AuthService auth = desk.auth();
    QVERIFY(auth.serverSignsIn());
    QVERIFY(!auth.needsFirstAdministrator());
    const AuthService::SignIn in = auth.signInAsServerLogin();
    QVERIFY2(in.user.has_value(), qPrintable(in.message));
    QCOMPARE(in.user->login, m_liaison);
    QCOMPARE(in.user->role, User::Role::Liaison);
    QCOMPARE(in.user->unit, QStringLiteral("区卫健委"));
    // The program's own sign-in is refused here: the server's login is the sign-in.
    const AuthService::SignIn own = auth.signIn(QStringLiteral("weijian"), DemoData::examplePassword());
    QVERIFY(!own.user);
    QVERIFY2(own.message.contains(QStringLiteral("server login")), qPrintable(own.message));
    QString error;
    QVERIFY(!auth.changeOwnPassword(*in.user, Password, QStringLiteral("another-pass-1"), &error));
    QVERIFY2(error.contains(QStringLiteral("\\password")), qPrintable(error));

    // The owner (the IT department's role) has no account: named, and refused.
    Session ownerDesk;
    QVERIFY2(ownerDesk.open(m_demo->path()), qPrintable(ownerDesk.errorString()));
    const AuthService::SignIn ownerIn = ownerDesk.auth().signInAsServerLogin();
    QVERIFY(!ownerIn.user);
    QVERIFY2(ownerIn.message.contains(QStringLiteral("owns this server database")), qPrintable(ownerIn.message));

    // A wrong password never reaches the program: the server refuses the connection.
    Session wrong;
    QVERIFY(!wrong.open(uriAs(m_liaison, QStringLiteral("not-the-password"))));
    QVERIFY2(wrong.errorString().contains(QStringLiteral("password")), qPrintable(wrong.errorString()));
}

void TestServerSecurity::returnAndReviewOnTheServer()
{
    Session liaisonDesk, reviewerDesk;
    QVERIFY2(liaisonDesk.open(uriAs(m_liaison, Password)), qPrintable(liaisonDesk.errorString()));
    QVERIFY2(reviewerDesk.open(uriAs(m_reviewer, Password)), qPrintable(reviewerDesk.errorString()));
    const User liaison = *liaisonDesk.auth().signInAsServerLogin().user;
    const User reviewer = *reviewerDesk.auth().signInAsServerLogin().user;
    QCOMPARE(reviewer.role, User::Role::Reviewer);
    QSqlDatabase owner = m_demo->connection();

    // Every indicator 区卫健委 leads, saved and submitted through the services.
    QStringList codes;
    for (const Indicator &i : liaisonDesk.indicators()) {
        if (i.leadUnit() == liaison.unit && i.measureUnit == QStringLiteral("%"))
            codes << i.code;
    }
    QVERIFY(codes.size() >= 5);
    QString error;
    ReturnService returns = liaisonDesk.returns();
    for (const QString &code : qAsConst(codes)) {
        const EntryValidator::Input in = TestData::entry(TestData::calm(owner, code, Year),
                                                         QStringLiteral("口径同上年"));
        QVERIFY2(returns.saveDraft(liaison, TestData::indicator(owner, code), Year, in, QStringLiteral("卫生统计年报"),
                                   &error),
                 qPrintable(code + QStringLiteral(": ") + error));
    }
    QVERIFY2(returns.submit(liaison, codes, Year, &error), qPrintable(error));
    QVector<ValueKey> keys;
    for (const QString &code : qAsConst(codes))
        keys.append({code, QString(), Year});
    const ValueKey sentBack = keys.takeLast();
    ReviewService reviews = reviewerDesk.reviews();
    QVERIFY2(reviews.approve(reviewer, keys, &error), qPrintable(error));
    QVERIFY2(reviews.sendBack(reviewer, {sentBack}, QStringLiteral("请核对口径"), &error), qPrintable(error));

    // What the server stored, and its audit: one row per act, written by the
    // trigger with the program's act and reason, under the acting login.
    for (const ValueKey &k : qAsConst(keys)) {
        QVERIFY2(valueText(k.code, Year).endsWith(QStringLiteral("/approved/3")), qPrintable(valueText(k.code, Year)));
        const QStringList audit = TestData::audit(owner, k.code, Year);
        QCOMPARE(audit.size(), 3);
        QVERIFY2(audit.at(0).contains(QStringLiteral("save")) && audit.at(0).contains(m_liaison),
                 qPrintable(audit.at(0)));
        QVERIFY2(audit.at(1).contains(QStringLiteral("submit")) && audit.at(1).contains(m_liaison),
                 qPrintable(audit.at(1)));
        QVERIFY2(audit.at(2).contains(QStringLiteral("approve")) && audit.at(2).contains(m_reviewer),
                 qPrintable(audit.at(2)));
    }
    QVERIFY(valueText(sentBack.code, Year).endsWith(QStringLiteral("/returned/3")));
    const QStringList back = TestData::audit(owner, sentBack.code, Year);
    QCOMPARE(back.size(), 3);
    QVERIFY2(back.at(2).contains(QStringLiteral("请核对口径")), qPrintable(back.at(2)));
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT updated_by FROM indicator_values WHERE year = %1").arg(Year)));
    QStringList by;
    while (q.next())
        by << q.value(0).toString();
    // The last hand on each is the reviewer's verdict, stamped by the server.
    QCOMPARE(by, QStringList{m_reviewer});

    // The liaison corrects the returned value and may submit it again; the
    // reviewer's reopen of an approved one sends it back.
    const EntryValidator::Input again = TestData::entry(TestData::calm(owner, sentBack.code, Year));
    QVERIFY2(returns.saveDraft(liaison, TestData::indicator(owner, sentBack.code), Year, again, QString(), &error),
             qPrintable(error));
    QVERIFY2(reviews.reopen(reviewer, {keys.first()}, QStringLiteral("数据更新"), &error), qPrintable(error));
    QVERIFY(valueText(keys.first().code, Year).endsWith(QStringLiteral("/returned/4")));
}

void TestServerSecurity::liaisonForbiddenActsThroughQpsql()
{
    QSqlDatabase db = connectAs(m_liaison, Password);
    QVERIFY(db.isOpen());
    const QString other = QStringLiteral("W11"); // 区教委's
    const QString own = QStringLiteral("W05"); // 区卫健委's, approved by the reviewer above? no: 2025's demo value
    const QString ownApproved = QStringLiteral("W01");
    const QString before11 = valueText(other, 2025);
    const QString before05 = valueText(own, 2025);
    const QString beforeApproved = valueText(ownApproved, Year);
    QVERIFY2(beforeApproved.contains(QStringLiteral("/returned/"))
                 || beforeApproved.contains(QStringLiteral("/approved/")),
             qPrintable(beforeApproved));
    const int auditBefore = auditRows(other, 2025);
    const struct
    {
        const char *what;
        QString sql;
    } acts[] = {
        {"another unit's value",
         QStringLiteral("UPDATE indicator_values SET value = value + 1 WHERE year = 2025"
                        " AND indicator_id = (SELECT id FROM indicators WHERE code = '%1')")
             .arg(other)},
        {"a new value of another unit",
         QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                        " SELECT id, 1, 2027, 1, 'draft', 'x' FROM indicators WHERE code = '%1'")
             .arg(other)},
        {"an approval of its own value",
         QStringLiteral("UPDATE indicator_values SET state = 'approved' WHERE year = 2025"
                        " AND indicator_id = (SELECT id FROM indicators WHERE code = '%1')")
             .arg(own)},
        {"a new value of its own, approved",
         QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                        " SELECT id, 1, 2027, 1, 'approved', 'x' FROM indicators WHERE code = '%1'")
             .arg(own)},
        {"a change of an approved value",
         QStringLiteral("UPDATE indicator_values SET value = 1 WHERE state = 'approved'")},
        {"deleting a submitted or approved value",
         QStringLiteral("DELETE FROM indicator_values WHERE state <> 'draft'")},
        {"editing an audit row", QStringLiteral("UPDATE audit_log SET reason = 'x'")},
        {"deleting audit rows", QStringLiteral("DELETE FROM audit_log")},
        {"emptying the audit", QStringLiteral("TRUNCATE audit_log")},
        {"editing the catalog", QStringLiteral("UPDATE indicators SET target_text = '≥0'")},
        {"adding a unit", QStringLiteral("INSERT INTO units (name, position) VALUES ('某单位', 99)")},
        {"making itself a reviewer", QStringLiteral("UPDATE users SET role = 'reviewer' WHERE login = session_user")},
        {"adding an account",
         QStringLiteral("INSERT INTO users (login, role, password_hash, created_at) VALUES ('x', 'admin', '', 'x')")},
        {"creating a role", QStringLiteral("CREATE ROLE fuer_intruder LOGIN")},
        {"taking the reviewers' role", QStringLiteral("SET ROLE fuer_reviewer")},
        {"setting a due date",
         QStringLiteral("INSERT INTO reporting_deadlines (year, due_date, set_by, set_at) VALUES (2030, '2031-01-01',"
                        " 'x', 'x')")},
        {"recording a verdict",
         QStringLiteral(
             "INSERT INTO judgements SELECT id, 1, 2025, 1, 'x', 'x', 'x' FROM indicators WHERE code = 'W01'")},
        {"another unit's report",
         QStringLiteral("INSERT INTO unit_reports (unit_id, year, state, updated_at)"
                        " SELECT id, 2027, 'draft', 'x' FROM units WHERE name = '区教委'")},
        {"its own approved value's approved value",
         QStringLiteral("UPDATE indicator_values SET approved_value = 0 WHERE year = %1").arg(Year)},
    };
    for (const auto &act : acts) {
        const QString why = refusal(db, act.sql);
        QVERIFY2(!why.isEmpty(), act.what);
    }
    // Nothing changed underneath.
    QCOMPARE(valueText(other, 2025), before11);
    QCOMPARE(valueText(own, 2025), before05);
    QCOMPARE(valueText(ownApproved, Year), beforeApproved);
    QCOMPARE(auditRows(other, 2025), auditBefore);
    QCOMPARE(valueText(other, 2027), QStringLiteral("(none)"));

    // Reading other people's accounts: only its own row is there.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("SELECT login FROM users")), qPrintable(q.lastError().text()));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    QCOMPARE(logins, QStringList{m_liaison});

    // An audit row it writes is stamped with its login, whatever it claims.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, reason)"
                                  " VALUES ('2000-01-01T00:00:00Z', 'someone_else', 'note', 'stamp-check')")));
    QSqlQuery check(m_demo->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT user_name, at FROM audit_log WHERE reason = 'stamp-check'"))
            && check.next());
    QCOMPARE(check.value(0).toString(), m_liaison);
    QVERIFY(check.value(1).toString().startsWith(QString::number(QDate::currentDate().year())));
}

void TestServerSecurity::reviewerForbiddenActs()
{
    QSqlDatabase db = connectAs(m_reviewer, Password);
    QVERIFY(db.isOpen());
    // The value the liaison saved again in returnAndReviewOnTheServer, and a new one.
    Session desk;
    QVERIFY2(desk.open(uriAs(m_liaison, Password)), qPrintable(desk.errorString()));
    const User liaison = *desk.auth().signInAsServerLogin().user;
    QString error;
    const QString code = QStringLiteral("W02");
    QVERIFY2(desk.returns().saveDraft(liaison, TestData::indicator(m_demo->connection(), code), Year + 1,
                                      TestData::entry(TestData::calm(m_demo->connection(), code, Year)), QString(),
                                      &error),
             qPrintable(error));
    QVERIFY2(desk.returns().submit(liaison, {code}, Year + 1, &error), qPrintable(error));
    const QString before = valueText(code, Year + 1);
    const QString where = QStringLiteral(
                              " WHERE year = %1 AND indicator_id = (SELECT id FROM indicators WHERE code = '%2')")
                              .arg(Year + 1)
                              .arg(code);
    const struct
    {
        const char *what;
        QString sql;
    } acts[] = {
        {"changing a submitted value", QStringLiteral("UPDATE indicator_values SET value = value + 1") + where},
        {"approving with another approved value",
         QStringLiteral("UPDATE indicator_values SET state = 'approved', approved_value = 0") + where},
        {"making a draft of it", QStringLiteral("UPDATE indicator_values SET state = 'draft'") + where},
        {"entering a value",
         QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                        " SELECT id, 1, 2029, 1, 'draft', 'x' FROM indicators WHERE code = 'W01'")},
        {"deleting a value", QStringLiteral("DELETE FROM indicator_values") + where},
        {"editing the catalog", QStringLiteral("UPDATE indicators SET name = 'x'")},
        {"editing an audit row", QStringLiteral("UPDATE audit_log SET reason = 'x'")},
        {"disabling an account", QStringLiteral("UPDATE users SET disabled = 1")},
    };
    for (const auto &act : acts)
        QVERIFY2(!refusal(db, act.sql).isEmpty(), act.what);
    QCOMPARE(valueText(code, Year + 1), before);
    // What is the reviewer's is allowed: the approval itself, the value kept.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("UPDATE indicator_values SET state = 'approved', approved_value = value") + where),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    const QStringList audit = TestData::audit(m_demo->connection(), code, Year + 1);
    QVERIFY2(audit.last().contains(QStringLiteral("sql_update")) && audit.last().contains(m_reviewer),
             qPrintable(audit.last()));
}

void TestServerSecurity::reportsCommentsAndAttachmentsAreTheServersWord()
{
    Session liaisonDesk, reviewerDesk;
    QVERIFY2(liaisonDesk.open(uriAs(m_liaison, Password)), qPrintable(liaisonDesk.errorString()));
    QVERIFY2(reviewerDesk.open(uriAs(m_reviewer, Password)), qPrintable(reviewerDesk.errorString()));
    const User liaison = *liaisonDesk.auth().signInAsServerLogin().user;
    const User reviewer = *reviewerDesk.auth().signInAsServerLogin().user;
    const QString unit = liaison.unit;
    const int year = Year + 3; // no report of the demo's
    QString error;

    // The report through the services: each save starts from the version the
    // last one stored, which the server stamps.
    ReportService reports = liaisonDesk.reports();
    std::optional<UnitReport> report = reports.report(liaison, unit, year, &error);
    QVERIFY2(report, qPrintable(error));
    report->problems = QStringLiteral("基层人员不足");
    int version = 0;
    QVERIFY2(reports.saveDraft(liaison, *report, &error, &version), qPrintable(error));
    report = reports.report(liaison, unit, year, &error);
    QVERIFY(report);
    QCOMPARE(report->version, version);
    report->nextYearPlan = QStringLiteral("加强培训");
    QVERIFY2(reports.saveDraft(liaison, *report, &error, &version), qPrintable(error));
    QCOMPARE(reports.report(liaison, unit, year, &error)->version, version);

    QSqlDatabase l = connectAs(m_liaison, Password);
    QSqlDatabase r = connectAs(m_reviewer, Password);
    QVERIFY(l.isOpen() && r.isOpen());
    const QString where =
        QStringLiteral(" WHERE year = %1 AND unit_id = (SELECT id FROM units WHERE name = '%2')").arg(year).arg(unit);
    auto row = [&]() {
        QSqlQuery q(m_demo->connection());
        q.exec(
            QStringLiteral("SELECT state || '/' || version || '/' || updated_by || '/' || coalesce(submitted_at, '-')"
                           " || '/' || review_note || '/' || problems FROM unit_reports")
            + where);
        return q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    };
    const QString saved = row();
    QVERIFY2(saved.startsWith(QStringLiteral("draft/%1/%2/-//").arg(version).arg(m_liaison)), qPrintable(saved));

    // A liaison's psql: the stamps are the server's whatever it writes, and a
    // reviewer's reason or another year is refused.
    QSqlQuery q(l);
    QVERIFY2(q.exec(QStringLiteral("UPDATE unit_reports SET submitted_at = '2000-01-01T00:00:00Z',"
                                   " updated_by = 'someone_else', version = 1")
                    + where),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    QCOMPARE(row(), QStringLiteral("draft/%1/%2/-//基层人员不足").arg(version + 1).arg(m_liaison));
    for (const QString &sql : {QStringLiteral("UPDATE unit_reports SET review_note = '已审核通过'") + where,
                               QStringLiteral("UPDATE unit_reports SET year = year + 1") + where,
                               QStringLiteral("INSERT INTO unit_reports (unit_id, year, state, updated_at, review_note)"
                                              " SELECT id, 2035, 'draft', 'x', '通过' FROM units WHERE name = '%1'")
                                   .arg(unit)})
        QVERIFY2(!refusal(l, sql).isEmpty(), qPrintable(sql));
    QVERIFY2(q.exec(QStringLiteral("UPDATE unit_reports SET state = 'submitted', submitted_at = '2000-01-01'") + where),
             qPrintable(q.lastError().text()));
    const QString submitted = row();
    QVERIFY2(submitted.startsWith(
                 QStringLiteral("submitted/%1/%2/%3").arg(version + 2).arg(m_liaison).arg(QDate::currentDate().year())),
             qPrintable(submitted));

    // A reviewer decides, but neither rewrites the text nor makes a draft of it.
    for (const QString &sql : {QStringLiteral("UPDATE unit_reports SET state = 'returned', problems = '改写'") + where,
                               QStringLiteral("UPDATE unit_reports SET next_year_plan = '改写'") + where,
                               QStringLiteral("UPDATE unit_reports SET state = 'draft'") + where,
                               QStringLiteral("INSERT INTO unit_reports (unit_id, year, state, updated_at)"
                                              " SELECT id, 2036, 'draft', 'x' FROM units WHERE name = '%1'")
                                   .arg(unit)})
        QVERIFY2(!refusal(r, sql).isEmpty(), qPrintable(sql));
    QCOMPARE(row(), submitted);
    QVERIFY2(reviewerDesk.reports().returnReport(reviewer, unit, year, version + 2, QStringLiteral("请补充数据来源"),
                                                 &error),
             qPrintable(error));
    const QString returned = row();
    QVERIFY2(returned.startsWith(QStringLiteral("returned/%1/%2/").arg(version + 3).arg(m_reviewer))
                 && returned.endsWith(QStringLiteral("/请补充数据来源/基层人员不足")),
             qPrintable(returned));

    // An attachment's uploader, time, size and checksum are the server's.
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO report_attachments (report_id, file_name, media_type, size, sha256,"
                                   " content, uploaded_by, uploaded_at) SELECT id, 'a.pdf', 'application/pdf', 999,"
                                   " 'forged', '\\x255044462d', 'someone_else', '2000-01-01' FROM unit_reports")
                    + where),
             qPrintable(q.lastError().text()));
    QSqlQuery check(m_demo->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT uploaded_by, size, sha256, uploaded_at FROM report_attachments"
                                      " WHERE file_name = 'a.pdf'"))
            && check.next());
    QCOMPARE(check.value(0).toString(), m_liaison);
    QCOMPARE(check.value(1).toInt(), 5);
    QCOMPARE(check.value(2).toString(),
             QString::fromLatin1(QCryptographicHash::hash("%PDF-", QCryptographicHash::Sha256).toHex()));
    QVERIFY(check.value(3).toString().startsWith(QString::number(QDate::currentDate().year())));

    // A comment's author and time, whoever it claims to be.
    for (QSqlDatabase db : {l, r}) {
        QSqlQuery c(db);
        QVERIFY2(
            c.exec(QStringLiteral("INSERT INTO comments (indicator_id, area_id, year, unit_id, user_name, at, body)"
                                  " SELECT i.id, 1, %1, u.id, 'someone_else', '2000-01-01', 'stamp-%2'"
                                  " FROM indicators i, units u WHERE i.code = 'W01' AND u.name = '%3'")
                       .arg(year)
                       .arg(db.connectionName(), unit)),
            qPrintable(c.lastError().text()));
        QVERIFY(
            check.exec(
                QStringLiteral("SELECT user_name, at FROM comments WHERE body = 'stamp-%1'").arg(db.connectionName()))
            && check.next());
        QCOMPARE(check.value(0).toString(), db.userName());
        QVERIFY(check.value(1).toString().startsWith(QString::number(QDate::currentDate().year())));
    }
}

void TestServerSecurity::loginWithoutAccountReadsNothing()
{
    QSqlDatabase db = connectAs(m_stranger, Password);
    QVERIFY(db.isOpen());
    for (const QString &table :
         {QStringLiteral("indicator_values"), QStringLiteral("indicators"), QStringLiteral("users"),
          QStringLiteral("audit_log"), QStringLiteral("unit_reports")}) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next(), qPrintable(table));
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(table));
    }
    QVERIFY(!refusal(db, QStringLiteral("UPDATE indicator_values SET value = 0")).isEmpty());
    // The program says what is wrong, naming the login.
    Session desk;
    QVERIFY(!desk.open(uriAs(m_stranger, Password)));
    QVERIFY2(desk.errorString().contains(m_stranger) && desk.errorString().contains(QStringLiteral("no account")),
             qPrintable(desk.errorString()));
}

void TestServerSecurity::psqlWritesAreRefusedOrAudited()
{
    QString out, err;
    QCOMPARE(psql(m_liaison, Password, QStringLiteral("SELECT count(*) FROM users"), &out, &err), 0);
    QCOMPARE(out, QStringLiteral("1"));
    for (const QString &sql :
         {QStringLiteral("UPDATE audit_log SET reason = 'x'"), QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("UPDATE indicators SET name = 'x'"), QStringLiteral("CREATE ROLE fuer_intruder"),
          QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                         " SELECT id, 1, 2027, 1, 'approved', 'x' FROM indicators WHERE code = 'W01'")}) {
        QVERIFY2(psql(m_liaison, Password, sql, &out, &err) != 0, qPrintable(sql));
        QVERIFY2(err.contains(QStringLiteral("permission denied")) || err.contains(QStringLiteral("row-level security"))
                     || err.contains(QStringLiteral("fuer:")),
                 qPrintable(sql + QStringLiteral(": ") + err));
    }
    // A draft of its own, written with psql: allowed, and audited by the server.
    const int before = auditRows(QStringLiteral("W03"), 2027);
    QCOMPARE(psql(m_liaison, Password,
                  QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                                 " SELECT id, 1, 2027, 55, 'draft', 'x' FROM indicators WHERE code = 'W03'"),
                  &out, &err),
             0);
    QCOMPARE(auditRows(QStringLiteral("W03"), 2027), before + 1);
    // Who wrote it is the server's word, not the writer's (it gave none).
    QCOMPARE(psql(m_liaison, Password,
                  QStringLiteral("SELECT updated_by FROM indicator_values WHERE year = 2027"
                                 " AND indicator_id = (SELECT id FROM indicators WHERE code = 'W03')"),
                  &out, &err),
             0);
    QCOMPARE(out, m_liaison);
    const QStringList audit = TestData::audit(m_demo->connection(), QStringLiteral("W03"), 2027);
    QVERIFY2(audit.last().contains(QStringLiteral("sql_insert")) && audit.last().contains(m_liaison),
             qPrintable(audit.last()));
    // The owner's own writes are audited too.
    QSqlQuery q(m_demo->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE indicator_values SET value = 56 WHERE year = 2027"
                                  " AND indicator_id = (SELECT id FROM indicators WHERE code = 'W03')")));
    QCOMPARE(auditRows(QStringLiteral("W03"), 2027), before + 2);
    // Not even the owner changes the audit.
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
    QCOMPARE(auditRows(QStringLiteral("W03"), 2027), before + 2);
}

void TestServerSecurity::accountsAreServerLogins()
{
    QSqlDatabase owner = m_demo->connection();
    User admin;
    admin.login = ServerSecurity::sessionLogin(owner);
    admin.role = User::Role::Admin;
    AuthService auth(owner);
    QString error;
    // A new password works at once, the old one no longer.
    QVERIFY2(auth.resetPassword(admin, m_reviewer, QStringLiteral("second-pass-456"), &error), qPrintable(error));
    Session desk;
    QVERIFY(!desk.open(uriAs(m_reviewer, Password)));
    QVERIFY2(desk.open(uriAs(m_reviewer, QStringLiteral("second-pass-456"))), qPrintable(desk.errorString()));
    desk.close();
    // Disabled: the server refuses the login itself; enabled again: it connects.
    QVERIFY2(auth.setDisabled(admin, m_reviewer, true, &error), qPrintable(error));
    QVERIFY(!desk.open(uriAs(m_reviewer, QStringLiteral("second-pass-456"))));
    QVERIFY2(auth.setDisabled(admin, m_reviewer, false, &error), qPrintable(error));
    QVERIFY2(desk.open(uriAs(m_reviewer, QStringLiteral("second-pass-456"))), qPrintable(desk.errorString()));
    desk.close();
    // A role change moves the login to the other group.
    QVERIFY2(auth.updateUser(admin, m_reviewer, QStringLiteral("统计局"), User::Role::Liaison, QStringLiteral("区教委"),
                             &error),
             qPrintable(error));
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT pg_has_role('%1', 'fuer_liaison', 'member'),"
                                  " pg_has_role('%1', 'fuer_reviewer', 'member')")
                       .arg(m_reviewer))
            && q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(!q.value(1).toBool());
    // A name the server already uses is refused, and no account row is left.
    User clash;
    clash.login = m_stranger;
    clash.displayName = QStringLiteral("x");
    clash.role = User::Role::Reviewer;
    QVERIFY(!auth.createUser(admin, clash, Password, &error));
    QVERIFY2(error.contains(QStringLiteral("already has a role")), qPrintable(error));
    QVERIFY(!UserRepository(owner).user(m_stranger));
}

void TestServerSecurity::importsAreAuditedOnceByTheServer()
{
    // The administrator's import (the batch path: COPY into the staging table, one
    // upsert): one audit row per value, by the trigger, with the act and each
    // value's note as its reason, as the program writes them on a file.
    QSqlDatabase owner = m_demo->connection();
    User admin;
    admin.login = ServerSecurity::sessionLogin(owner);
    admin.role = User::Role::Admin;
    QVector<ValueRecord> records;
    const QStringList codes{QStringLiteral("W05"), QStringLiteral("W11"), QStringLiteral("C01")};
    for (const QString &code : codes) {
        ValueRecord r;
        r.indicatorCode = code;
        r.year = 2028;
        r.value = TestData::calm(owner, code, 2025).toDouble();
        r.note = QStringLiteral("批量导入 ") + code;
        r.state = ValueState::Approved;
        records << r;
    }
    QString error;
    QVERIFY2(ReturnService(owner).importValues(admin, records, false, &error), qPrintable(error));
    for (const QString &code : codes) {
        const QStringList audit = TestData::audit(owner, code, 2028);
        QCOMPARE(audit.size(), 1);
        QVERIFY2(audit.first().startsWith(QStringLiteral("import by ") + admin.login), qPrintable(audit.first()));
        QVERIFY2(audit.first().endsWith(QStringLiteral("reason: 批量导入 ") + code), qPrintable(audit.first()));
    }
    // Again, every value updated: one more row each, old and new value shown.
    QVERIFY2(ReturnService(owner).importValues(admin, records, false, &error), qPrintable(error));
    for (const QString &code : codes)
        QCOMPARE(TestData::audit(owner, code, 2028).size(), 2);
}

void TestServerSecurity::administratorCannotTakeOverTheServer()
{
    // The program's administrator manages the accounts' logins through the
    // server's function only: it has no CREATEROLE, so it can neither make roles nor
    // touch the owner's or another cluster role, nor give itself more.
    QSqlDatabase owner = m_demo->connection();
    const QString ownerRole = ServerSecurity::sessionLogin(owner);
    User ownerActor;
    ownerActor.login = ownerRole;
    ownerActor.role = User::Role::Admin;
    const QString admin = m_roles.uniqueRoleName(QStringLiteral("admin"));
    User a;
    a.login = admin;
    a.displayName = QStringLiteral("信息科");
    a.role = User::Role::Admin;
    QString error;
    QVERIFY2(AuthService(owner).createUser(ownerActor, a, Password, &error), qPrintable(error));
    QSqlDatabase db = connectAs(admin, Password);
    QVERIFY(db.isOpen());
    const QString acts[] = {
        QStringLiteral("CREATE ROLE fuer_intruder LOGIN"),
        QStringLiteral("GRANT \"%1\" TO \"%2\"").arg(ownerRole, admin),
        QStringLiteral("ALTER ROLE \"%1\" PASSWORD 'taken over'").arg(m_liaison),
        QStringLiteral("SELECT fuer_manage_login('password', '%1', '', 'SCRAM-SHA-256$x')").arg(ownerRole),
        QStringLiteral("SELECT fuer_manage_login('group', '%1', 'pg_execute_server_program', '')").arg(m_liaison),
        QStringLiteral("SELECT fuer_manage_login('create', 'fuer_intruder', 'fuer_admin', '')"),
        QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER fuer_audit_immutable"),
        QStringLiteral("CREATE FUNCTION pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS 'SELECT false'"),
    };
    for (const QString &sql : acts)
        QVERIFY2(!refusal(db, sql).isEmpty(), qPrintable(sql));
    QSqlQuery q(owner);
    QVERIFY(q.exec(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = '%1'").arg(admin)) && q.next());
    QVERIFY(!q.value(0).toBool());
    // What is its to do, it does: a new password for the liaison, through the program.
    User adminUser = *UserRepository(owner).user(admin);
    AuthService viaAdmin(db);
    QVERIFY2(viaAdmin.resetPassword(adminUser, m_liaison, QStringLiteral("liaison new pass 9"), &error),
             qPrintable(error));
    QVERIFY(connectAs(m_liaison, QStringLiteral("liaison new pass 9")).isOpen());
    QVERIFY2(viaAdmin.resetPassword(adminUser, m_liaison, Password, &error), qPrintable(error));

    // A liaison's own fields of a value are the server's word: version, time, author.
    QSqlDatabase liaison = connectAs(m_liaison, Password);
    QSqlQuery w(liaison);
    QVERIFY2(w.exec(QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, version,"
                                   " updated_by, updated_at, submitted_at)"
                                   " SELECT id, 1, 2029, 60, 'draft', 77, 'someone', '1999-01-01', '1999-01-01'"
                                   " FROM indicators WHERE code = 'W05'")),
             qPrintable(w.lastError().text()));
    QVERIFY(
        w.exec(QStringLiteral("UPDATE indicator_values SET state = 'submitted', version = 2, updated_at = '1999'"
                              " WHERE year = 2029 AND indicator_id = (SELECT id FROM indicators WHERE code = 'W05')")));
    QVERIFY(
        q.exec(QStringLiteral("SELECT version, updated_by, updated_at, submitted_at FROM indicator_values"
                              " WHERE year = 2029 AND indicator_id = (SELECT id FROM indicators WHERE code = 'W05')"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), m_liaison);
    const QString year = QString::number(QDate::currentDate().year());
    QVERIFY2(q.value(2).toString().startsWith(year), qPrintable(q.value(2).toString()));
    QVERIFY2(q.value(3).toString().startsWith(year), qPrintable(q.value(3).toString()));
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
