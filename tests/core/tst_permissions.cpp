// Who may do what, enforced by the services whoever calls them: every act that
// changes data is tried by every role that may not do it, and each refusal leaves
// the database as it was (no value, audit row, account or file changed) and
// announces nothing on the session's ChangeNotifier. The roles that may act are
// tried too, and their commit is announced once, with what changed.
#include "catalog/plandatabase.h"
#include "session/session.h"
#include "storage/database.h"
#include "target/targetparser.h"
#include "workflow/adminservice.h"
#include "workflow/demodata.h"
#include "workflow/permissions.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Act = Permissions::Act;

User makeUser(const QString &login, User::Role role)
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    return u;
}

// Everything a refusal must leave alone, read in one go.
struct Snapshot
{
    int values = 0;
    int audit = 0;
    int users = 0;
    int comments = 0;
    int judgements = 0;
    QString w04Target;
    bool operator==(const Snapshot &o) const
    {
        return values == o.values && audit == o.audit && users == o.users && comments == o.comments
            && judgements == o.judgements && w04Target == o.w04Target;
    }
};

int count(Database *db, const QString &table)
{
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Snapshot snapshot(Session &s)
{
    Snapshot out;
    out.values = count(s.database(), QStringLiteral("indicator_values"));
    out.audit = count(s.database(), QStringLiteral("audit_log"));
    out.users = count(s.database(), QStringLiteral("users"));
    out.comments = count(s.database(), QStringLiteral("comments"));
    out.judgements = count(s.database(), QStringLiteral("judgements"));
    out.w04Target = s.indicator(QStringLiteral("W04"))->targetText;
    return out;
}

// Counts every signal of a notifier.
struct Announcements
{
    explicit Announcements(ChangeNotifier *n)
        : values(n, &ChangeNotifier::valuesChanged)
        , judgements(n, &ChangeNotifier::judgementsChanged)
        , comments(n, &ChangeNotifier::commentsChanged)
        , catalog(n, &ChangeNotifier::catalogChanged)
        , accounts(n, &ChangeNotifier::accountsChanged)
        , replaced(n, &ChangeNotifier::databaseReplaced)
    {
    }
    int total() const
    {
        return int(values.size() + judgements.size() + comments.size() + catalog.size() + accounts.size()
                   + replaced.size());
    }
    QSignalSpy values, judgements, comments, catalog, accounts, replaced;
};
} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rulesOfEveryRole();
    void catalogEditRefused_data();
    void catalogEditRefused();
    void catalogEditByAdministrator();
    void backupAndRestoreRefused_data();
    void backupAndRestoreRefused();
    void backupAndRestoreByAdministrator();
    void accountActsRefused_data();
    void accountActsRefused();
    void accountActsByAdministrator();
    void importRefused_data();
    void importRefused();
    void reviewActsRefused_data();
    void reviewActsRefused();
    void returnActsRefused_data();
    void returnActsRefused();
    void returnAndReviewActsAnnounced();

private:
    User account(const QString &login) const;
    QString judgementCode() const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Session> m_session;
    int m_case = 0;
};

void TestPermissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QString error;
    QVERIFY2(Session::createDemo(m_template, &error), qPrintable(error));
    // A disabled administrator: refused like anyone who may not.
    Database db;
    QVERIFY(PlanDatabase::open(db, m_template));
    Session s(&db);
    QVERIFY2(s.auth().createUser(account(QStringLiteral("admin")),
                                 makeUser(QStringLiteral("oldadmin"), User::Role::Admin), DemoData::examplePassword(),
                                 &error),
             qPrintable(error));
    QVERIFY2(s.auth().setDisabled(account(QStringLiteral("admin")), QStringLiteral("oldadmin"), true, &error),
             qPrintable(error));
    QVERIFY(db.closeCheckpointed(&error));
}

void TestPermissions::init()
{
    // Each test on its own copy of the demo database, through a Session of its own.
    m_path = m_dir.filePath(QStringLiteral("case%1.sqlite").arg(++m_case));
    QVERIFY(QFile::copy(m_template, m_path));
    m_session = std::make_unique<Session>();
    QVERIFY2(m_session->open(m_path), qPrintable(m_session->errorString()));
}

void TestPermissions::cleanup()
{
    m_session.reset();
}

User TestPermissions::account(const QString &login) const
{
    if (m_session) {
        if (const std::optional<User> u = m_session->storedUser(login))
            return *u;
    }
    // initTestCase, before any session: the demo's accounts as DemoData made them.
    for (const DemoData::Account &a : DemoData::accounts()) {
        if (a.login == login) {
            User u;
            u.login = a.login;
            u.displayName = a.displayName;
            User::roleFromKey(a.role, &u.role);
            u.unit = a.unit;
            return u;
        }
    }
    qFatal("no demo account %s", qPrintable(login));
}

QString TestPermissions::judgementCode() const
{
    for (const Indicator &i : m_session->indicators()) {
        if (TargetParser::parse(i.targetText).family == TargetRule::Family::Judgement)
            return i.code;
    }
    return QString();
}

void TestPermissions::rulesOfEveryRole()
{
    // The table of permissions.h, row by row.
    const User liaison = account(QStringLiteral("weijian"));
    const User reviewer = account(QStringLiteral("fuergw"));
    const User admin = account(QStringLiteral("admin"));
    const User disabled = account(QStringLiteral("oldadmin"));
    QVERIFY(disabled.disabled);
    const QVector<Act> adminOnly = {Act::EditCatalog, Act::BackUp, Act::Restore, Act::ManageAccounts};
    for (Act act : adminOnly) {
        QVERIFY(Permissions::may(admin, act));
        QVERIFY(!Permissions::may(reviewer, act));
        QVERIFY(!Permissions::may(liaison, act));
    }
    QVERIFY(Permissions::may(liaison, Act::ImportValues));
    QVERIFY(Permissions::may(admin, Act::ImportValues));
    QVERIFY(!Permissions::may(reviewer, Act::ImportValues));
    QVERIFY(Permissions::may(reviewer, Act::Review));
    QVERIFY(Permissions::may(admin, Act::Review));
    QVERIFY(!Permissions::may(liaison, Act::Review));
    QVERIFY(Permissions::may(liaison, Act::EnterReturn));
    QVERIFY(!Permissions::may(reviewer, Act::EnterReturn));
    QVERIFY(!Permissions::may(admin, Act::EnterReturn));
    QVERIFY(Permissions::may(reviewer, Act::SetDeadlines));
    QVERIFY(Permissions::may(admin, Act::SetDeadlines));
    QVERIFY(!Permissions::may(liaison, Act::SetDeadlines));
    for (Act act : {Act::EditCatalog, Act::BackUp, Act::Restore, Act::ManageAccounts, Act::ImportValues, Act::Review,
                    Act::EnterReturn, Act::SetDeadlines}) {
        QVERIFY(!Permissions::may(disabled, act));
        QVERIFY(!Permissions::refusal(act).isEmpty());
        QString error;
        QVERIFY(!Permissions::check(disabled, act, &error));
        QCOMPARE(error, Permissions::refusal(act));
    }
}

void TestPermissions::catalogEditRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("liaison") << QStringLiteral("weijian");
    QTest::newRow("reviewer") << QStringLiteral("fuergw");
    QTest::newRow("disabled administrator") << QStringLiteral("oldadmin");
}

void TestPermissions::catalogEditRefused()
{
    QFETCH(QString, login);
    Indicator changed = *m_session->indicator(QStringLiteral("W04"));
    changed.targetText = QStringLiteral("≥99");
    const Snapshot before = snapshot(*m_session);
    Announcements heard(m_session->notifier());
    QString error;
    QVERIFY(!m_session->catalogEdits().updateIndicator(account(login), changed, &error));
    QCOMPARE(error, QStringLiteral("Only the administrator edits the catalog."));
    QVERIFY(snapshot(*m_session) == before);
    QCOMPARE(heard.total(), 0);
}

void TestPermissions::catalogEditByAdministrator()
{
    Indicator changed = *m_session->indicator(QStringLiteral("W04"));
    changed.targetText = QStringLiteral("≥95");
    Announcements heard(m_session->notifier());
    QString error;
    QVERIFY2(m_session->catalogEdits().updateIndicator(account(QStringLiteral("admin")), changed, &error),
             qPrintable(error));
    QCOMPARE(m_session->indicator(QStringLiteral("W04"))->targetText, QStringLiteral("≥95"));
    QCOMPARE(heard.catalog.size(), 1);
    QCOMPARE(heard.catalog.first().at(0).toString(), QStringLiteral("W04"));
    QCOMPARE(heard.total(), 1);
}

void TestPermissions::backupAndRestoreRefused_data()
{
    catalogEditRefused_data();
}

void TestPermissions::backupAndRestoreRefused()
{
    QFETCH(QString, login);
    const User who = account(login);
    const QString target = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_case));
    QString error;
    QVERIFY(!AdminService::backUp(who, m_path, target, &error));
    QCOMPARE(error, QStringLiteral("Only the administrator backs up the database."));
    QVERIFY(!QFileInfo::exists(target));

    // A restore from a real backup, refused: the file is not replaced, nothing is kept.
    const QString backup = m_dir.filePath(QStringLiteral("good-%1.sqlite").arg(m_case));
    QVERIFY2(AdminService::backUp(account(QStringLiteral("admin")), m_path, backup, &error), qPrintable(error));
    const Snapshot before = snapshot(*m_session);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    QString kept;
    QVERIFY(!AdminService::restore(who, backup, m_path, &kept, &error));
    QCOMPARE(error, QStringLiteral("Only the administrator restores the database."));
    QVERIFY(kept.isEmpty());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    QVERIFY(snapshot(*m_session) == before);
}

void TestPermissions::backupAndRestoreByAdministrator()
{
    const User admin = account(QStringLiteral("admin"));
    const QString target = m_dir.filePath(QStringLiteral("admin-backup.sqlite"));
    QString error;
    QVERIFY2(AdminService::backUp(admin, m_path, target, &error), qPrintable(error));
    QVERIFY(QFileInfo(target).size() > 0);
    m_session->close();
    QString kept;
    QVERIFY2(AdminService::restore(admin, target, m_path, &kept, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(kept));
    QSignalSpy replaced(m_session->notifier(), &ChangeNotifier::databaseReplaced);
    QVERIFY2(m_session->open(m_path), qPrintable(m_session->errorString()));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(m_session->indicators().size(), 89);
}

void TestPermissions::accountActsRefused_data()
{
    catalogEditRefused_data();
}

void TestPermissions::accountActsRefused()
{
    QFETCH(QString, login);
    const User who = account(login);
    const Snapshot before = snapshot(*m_session);
    const User target = account(QStringLiteral("tongji"));
    Announcements heard(m_session->notifier());
    QString error;
    const User fresh = makeUser(QStringLiteral("newcomer"), User::Role::Reviewer);
    QVERIFY(!m_session->auth().createUser(who, fresh, DemoData::examplePassword(), &error));
    QCOMPARE(error, QStringLiteral("Only the administrator can manage accounts."));
    error.clear();
    QVERIFY(!m_session->auth().resetPassword(who, target.login, QStringLiteral("another-pass-1"), &error));
    QCOMPARE(error, QStringLiteral("Only the administrator can manage accounts."));
    error.clear();
    QVERIFY(!m_session->auth().setDisabled(who, target.login, true, &error));
    QCOMPARE(error, QStringLiteral("Only the administrator can manage accounts."));
    QVERIFY(snapshot(*m_session) == before);
    QCOMPARE(m_session->storedUser(target.login)->disabled, false);
    QVERIFY(m_session->auth().signIn(target.login, DemoData::examplePassword()).user.has_value());
    QCOMPARE(heard.total(), 0);
}

void TestPermissions::accountActsByAdministrator()
{
    const User admin = account(QStringLiteral("admin"));
    Announcements heard(m_session->notifier());
    QString error;
    const User fresh = makeUser(QStringLiteral("newcomer"), User::Role::Reviewer);
    QVERIFY2(m_session->auth().createUser(admin, fresh, DemoData::examplePassword(), &error), qPrintable(error));
    QVERIFY2(m_session->auth().setDisabled(admin, QStringLiteral("newcomer"), true, &error), qPrintable(error));
    QVERIFY2(m_session->auth().setDisabled(admin, QStringLiteral("newcomer"), false, &error), qPrintable(error));
    QVERIFY2(
        m_session->auth().resetPassword(admin, QStringLiteral("newcomer"), QStringLiteral("another-pass-1"), &error),
        qPrintable(error));
    QCOMPARE(heard.accounts.size(), 4);
    QCOMPARE(heard.total(), 4);
}

void TestPermissions::importRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reviewer") << QStringLiteral("fuergw")
                              << QStringLiteral("Values are imported by a unit's liaison or by the administrator.");
    QTest::newRow("disabled administrator")
        << QStringLiteral("oldadmin")
        << QStringLiteral("Values are imported by a unit's liaison or by the administrator.");
}

void TestPermissions::importRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, expected);
    ValueRecord r;
    r.indicatorCode = QStringLiteral("W04");
    r.year = 2026;
    r.value = 95;
    const Snapshot before = snapshot(*m_session);
    Announcements heard(m_session->notifier());
    QString error;
    QVERIFY(!m_session->returns().importValues(account(login), {r}, false, &error));
    QCOMPARE(error, expected);
    QVERIFY(snapshot(*m_session) == before);
    QCOMPARE(heard.total(), 0);
}

void TestPermissions::reviewActsRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("liaison") << QStringLiteral("weijian");
    QTest::newRow("disabled administrator") << QStringLiteral("oldadmin");
}

void TestPermissions::reviewActsRefused()
{
    QFETCH(QString, login);
    const User who = account(login);
    // A submitted value to act on: weijian submits W04 for 2026.
    const User liaison = account(QStringLiteral("weijian"));
    const Indicator w04 = *m_session->indicator(QStringLiteral("W04"));
    QString error;
    QVERIFY2(m_session->returns().saveDraft(liaison, w04, 2026, {QStringLiteral("95"), {}, {}, {}, {}},
                                            QStringLiteral("卫健统计年报"), &error),
             qPrintable(error));
    QVERIFY2(m_session->returns().submit(liaison, {QStringLiteral("W04")}, 2026, &error), qPrintable(error));

    const Snapshot before = snapshot(*m_session);
    Announcements heard(m_session->notifier());
    const QVector<ValueKey> keys{{QStringLiteral("W04"), QString(), 2026}};
    QVERIFY(!m_session->reviews().approve(who, keys, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot approve values")), qPrintable(error));
    QVERIFY(!m_session->reviews().sendBack(who, keys, QStringLiteral("check"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot send values back")), qPrintable(error));
    QVERIFY(!m_session->reviews().reopen(who, keys, QStringLiteral("check"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot reopen values")), qPrintable(error));
    const QString judged = judgementCode();
    QVERIFY(!judged.isEmpty());
    QVERIFY(!m_session->reviews().judge(who, judged, 2025, true, QStringLiteral("met"), &error));
    QCOMPARE(error, QStringLiteral("Only a reviewer records verdicts."));
    QVERIFY(snapshot(*m_session) == before);
    QCOMPARE(m_session->districtValue(QStringLiteral("W04"), 2026)->state, ValueState::Submitted);
    QCOMPARE(heard.total(), 0);
}

void TestPermissions::returnActsRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("reviewer") << QStringLiteral("fuergw");
    QTest::newRow("administrator") << QStringLiteral("admin");
    QTest::newRow("another unit's liaison") << QStringLiteral("tiyu");
}

void TestPermissions::returnActsRefused()
{
    QFETCH(QString, login);
    const User who = account(login);
    const Indicator w04 = *m_session->indicator(QStringLiteral("W04"));
    const Snapshot before = snapshot(*m_session);
    Announcements heard(m_session->notifier());
    QString error;
    QVERIFY(!m_session->returns().saveDraft(who, w04, 2026, {QStringLiteral("95"), {}, {}, {}, {}}, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot change it")), qPrintable(error));
    QVERIFY(!m_session->returns().submit(who, {QStringLiteral("W04")}, 2025, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(snapshot(*m_session) == before);
    QCOMPARE(heard.total(), 0);
}

void TestPermissions::returnAndReviewActsAnnounced()
{
    // Each committed act is announced once, after the commit, naming what changed.
    const User liaison = account(QStringLiteral("weijian"));
    const User reviewer = account(QStringLiteral("fuergw"));
    const Indicator w04 = *m_session->indicator(QStringLiteral("W04"));
    Announcements heard(m_session->notifier());
    // The receiver reads the new state: the draft is stored when the signal comes.
    std::optional<ValueRecord> seen;
    connect(m_session->notifier(), &ChangeNotifier::valuesChanged, this,
            [&] { seen = m_session->districtValue(QStringLiteral("W04"), 2026); });
    QString error;
    QVERIFY2(m_session->returns().saveDraft(liaison, w04, 2026, {QStringLiteral("95.5"), {}, {}, {}, {}},
                                            QStringLiteral("卫健统计年报"), &error),
             qPrintable(error));
    QCOMPARE(heard.values.size(), 1);
    QCOMPARE(heard.values.last().at(0).toStringList(), QStringList{QStringLiteral("W04")});
    QCOMPARE(heard.values.last().at(1).toInt(), 2026);
    QVERIFY(seen && seen->value == 95.5 && seen->state == ValueState::Draft);
    QVERIFY2(m_session->returns().submit(liaison, {QStringLiteral("W04")}, 2026, &error), qPrintable(error));
    QCOMPARE(heard.values.size(), 2);
    QVERIFY(seen && seen->state == ValueState::Submitted);
    QVERIFY2(m_session->returns().addComment(liaison, w04, 2026, QStringLiteral("口径同上年"), &error),
             qPrintable(error));
    QCOMPARE(heard.comments.size(), 1);
    QCOMPARE(heard.comments.last().at(0).toString(), QStringLiteral("W04"));
    QVERIFY2(m_session->reviews().approve(reviewer, {{QStringLiteral("W04"), QString(), 2026}}, &error),
             qPrintable(error));
    QCOMPARE(heard.values.size(), 3);
    QVERIFY(seen && seen->state == ValueState::Approved);
    const QString judged = judgementCode();
    QVERIFY2(m_session->reviews().judge(reviewer, judged, 2025, true, QStringLiteral("达到"), &error),
             qPrintable(error));
    QCOMPARE(heard.judgements.size(), 1);
    QCOMPARE(heard.judgements.last().at(0).toString(), judged);
    QCOMPARE(heard.total(), 5);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
