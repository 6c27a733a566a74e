// AuthService::updateUser: only the administrator edits an account's name, role and
// unit; a liaison needs a member unit (others keep none); the change is one audited
// account_update row naming the old and the new role/unit; nothing changed writes
// nothing; and neither a role change nor disabling removes the last enabled
// administrator. Accounts are never deleted: there is no such act.
#include "demofixture.h"

#include "storage/auditrepository.h"
#include "storage/userrepository.h"
#include "workflow/authservice.h"
#include "workflow/changenotifier.h"
#include "workflow/demodata.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
const QString kStrongPassword = QStringLiteral("Fuer-2026-secret");

User userOf(QSqlDatabase db, const QString &login)
{
    const std::optional<User> u = UserRepository(db).user(login);
    if (!u)
        qFatal("no account %s", qPrintable(login));
    return *u;
}

// The account_update rows about `login`, oldest first: "by user: old -> new".
QStringList updates(QSqlDatabase db, const QString &login)
{
    QStringList out;
    const QVector<AuditEntry> all = AuditRepository(db).history(QString(), 100000);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->action == QLatin1String("account_update") && it->reason == login)
            out << QStringLiteral("by %1: %2 -> %3").arg(it->user, it->oldState, it->newState);
    }
    return out;
}
} // namespace

class TestAccountUpdate : public QObject
{
    Q_OBJECT

private slots:
    void administratorChangesRoleAndUnit();
    void onlyTheAdministrator_data();
    void onlyTheAdministrator();
    void liaisonNeedsAMemberUnit_data();
    void liaisonNeedsAMemberUnit();
    void emptyNameRefused();
    void unknownAccountRefused();
    void nothingChangedWritesNothing();
    void lastAdministratorKeepsTheRole();
    void lastAdministratorCannotBeDisabled();
};

void TestAccountUpdate::administratorChangesRoleAndUnit()
{
    const auto db = DemoFixture::open();
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::accountsChanged);
    AuthService auth(db->connection(), &notifier);
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const QString oldName = userOf(db->connection(), QStringLiteral("weijian")).displayName;
    QString error;

    // A liaison of 区卫健委 becomes a reviewer: the unit goes with the role.
    QVERIFY2(auth.updateUser(admin, QStringLiteral("weijian"), QStringLiteral("王医生"), User::Role::Reviewer,
                             QStringLiteral("区卫健委"), &error),
             qPrintable(error));
    User u = userOf(db->connection(), QStringLiteral("weijian"));
    QCOMPARE(u.role, User::Role::Reviewer);
    QCOMPARE(u.unit, QString());
    QCOMPARE(u.displayName, QStringLiteral("王医生"));
    QCOMPARE(changed.count(), 1);

    // And back to a liaison, of another unit.
    QVERIFY2(auth.updateUser(admin, QStringLiteral("weijian"), QStringLiteral(" 王医生 "), User::Role::Liaison,
                             QStringLiteral("区体育局"), &error),
             qPrintable(error));
    u = userOf(db->connection(), QStringLiteral("weijian"));
    QCOMPARE(u.role, User::Role::Liaison);
    QCOMPARE(u.unit, QStringLiteral("区体育局"));
    QCOMPARE(u.displayName, QStringLiteral("王医生"));
    QCOMPARE(changed.count(), 2);

    QCOMPARE(updates(db->connection(), QStringLiteral("weijian")),
             QStringList({QStringLiteral("by admin: liaison/区卫健委 (%1) -> reviewer (王医生)").arg(oldName),
                          QStringLiteral("by admin: reviewer (王医生) -> liaison/区体育局 (王医生)")}));
    // The liaison signs in as before, now for the new unit.
    const AuthService::SignIn s = auth.signIn(QStringLiteral("weijian"), DemoData::examplePassword());
    QVERIFY2(s.user, qPrintable(s.message));
    QCOMPARE(s.user->unit, QStringLiteral("区体育局"));
}

void TestAccountUpdate::onlyTheAdministrator_data()
{
    QTest::addColumn<QString>("actorLogin");
    QTest::addColumn<bool>("disableActor");
    QTest::newRow("reviewer fuergw") << "fuergw" << false;
    QTest::newRow("liaison weijian") << "weijian" << false;
    QTest::newRow("disabled administrator") << "admin" << true;
}

void TestAccountUpdate::onlyTheAdministrator()
{
    QFETCH(QString, actorLogin);
    QFETCH(bool, disableActor);
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    User actor = userOf(db->connection(), actorLogin);
    actor.disabled = disableActor;
    const int audit = db->auditCount();
    QString error;
    QVERIFY(!auth.updateUser(actor, QStringLiteral("tiyu"), QStringLiteral("x"), User::Role::Admin, QString(), &error));
    QCOMPARE(error, QStringLiteral("Only the administrator can manage accounts."));
    QCOMPARE(userOf(db->connection(), QStringLiteral("tiyu")).role, User::Role::Liaison);
    QCOMPARE(db->auditCount(), audit);
}

void TestAccountUpdate::liaisonNeedsAMemberUnit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("none") << QString();
    QTest::newRow("unknown") << QStringLiteral("区不存在局");
}

void TestAccountUpdate::liaisonNeedsAMemberUnit()
{
    QFETCH(QString, unit);
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int audit = db->auditCount();
    QString error;
    QVERIFY(
        !auth.updateUser(admin, QStringLiteral("tongji"), QStringLiteral("统计"), User::Role::Liaison, unit, &error));
    QCOMPARE(
        error,
        QStringLiteral("Unit: \"%1\": a liaison belongs to one of the responsible units of the catalog.").arg(unit));
    QCOMPARE(userOf(db->connection(), QStringLiteral("tongji")).role, User::Role::Reviewer);
    QCOMPARE(db->auditCount(), audit);
}

void TestAccountUpdate::emptyNameRefused()
{
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    QString error;
    QVERIFY(!auth.updateUser(admin, QStringLiteral("tiyu"), QStringLiteral("  "), User::Role::Liaison,
                             QStringLiteral("区体育局"), &error));
    QCOMPARE(error, QStringLiteral("Name of tiyu: the name must not be empty."));
}

void TestAccountUpdate::unknownAccountRefused()
{
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    QString error;
    QVERIFY(!auth.updateUser(admin, QStringLiteral("nobody"), QStringLiteral("N"), User::Role::Reviewer, QString(),
                             &error));
    QCOMPARE(error, QStringLiteral("There is no account nobody."));
}

void TestAccountUpdate::nothingChangedWritesNothing()
{
    const auto db = DemoFixture::open();
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::accountsChanged);
    AuthService auth(db->connection(), &notifier);
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const User tiyu = userOf(db->connection(), QStringLiteral("tiyu"));
    const int audit = db->auditCount();
    QString error;
    QVERIFY2(auth.updateUser(admin, tiyu.login, tiyu.displayName, tiyu.role, tiyu.unit, &error), qPrintable(error));
    QCOMPARE(db->auditCount(), audit);
    QCOMPARE(changed.count(), 0);
}

void TestAccountUpdate::lastAdministratorKeepsTheRole()
{
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int audit = db->auditCount();
    QString error;
    const QString refusal = QStringLiteral(
        "admin is the last enabled administrator: make another account an administrator first.");
    QVERIFY(
        !auth.updateUser(admin, QStringLiteral("admin"), admin.displayName, User::Role::Reviewer, QString(), &error));
    QCOMPARE(error, refusal);
    QCOMPARE(userOf(db->connection(), QStringLiteral("admin")).role, User::Role::Admin);
    QCOMPARE(db->auditCount(), audit);

    // A disabled administrator does not count.
    User spare;
    spare.login = QStringLiteral("spare");
    spare.displayName = QStringLiteral("备用管理员");
    spare.role = User::Role::Admin;
    QVERIFY2(auth.createUser(admin, spare, kStrongPassword, &error), qPrintable(error));
    QVERIFY2(auth.setDisabled(admin, QStringLiteral("spare"), true, &error), qPrintable(error));
    QVERIFY(!auth.updateUser(admin, QStringLiteral("admin"), admin.displayName, User::Role::Liaison,
                             QStringLiteral("区体育局"), &error));
    QCOMPARE(error, refusal);

    // With another enabled administrator the first may step down.
    QVERIFY2(auth.setDisabled(admin, QStringLiteral("spare"), false, &error), qPrintable(error));
    QVERIFY2(
        auth.updateUser(admin, QStringLiteral("admin"), admin.displayName, User::Role::Reviewer, QString(), &error),
        qPrintable(error));
    QCOMPARE(userOf(db->connection(), QStringLiteral("admin")).role, User::Role::Reviewer);
    QCOMPARE(updates(db->connection(), QStringLiteral("admin")),
             QStringList{QStringLiteral("by admin: admin (%1) -> reviewer (%1)").arg(admin.displayName)});
    // Now spare is the last one.
    const User spareNow = userOf(db->connection(), QStringLiteral("spare"));
    QVERIFY(!auth.updateUser(spareNow, QStringLiteral("spare"), spareNow.displayName, User::Role::Reviewer, QString(),
                             &error));
    QCOMPARE(error,
             QStringLiteral("spare is the last enabled administrator: make another account an administrator first."));
}

void TestAccountUpdate::lastAdministratorCannotBeDisabled()
{
    const auto db = DemoFixture::open();
    AuthService auth(db->connection());
    // The command line's local administrator is not an account: it could disable
    // the only one there is.
    const User local = User::localAdministrator();
    QString error;
    QVERIFY(!auth.setDisabled(local, QStringLiteral("admin"), true, &error));
    QCOMPARE(error,
             QStringLiteral("admin is the last enabled administrator: make another account an administrator first."));
    QVERIFY(!userOf(db->connection(), QStringLiteral("admin")).disabled);
    // Other accounts are disabled and enabled as before.
    QVERIFY2(auth.setDisabled(local, QStringLiteral("tiyu"), true, &error), qPrintable(error));
    QVERIFY(userOf(db->connection(), QStringLiteral("tiyu")).disabled);
}

QTEST_GUILESS_MAIN(TestAccountUpdate)
#include "tst_accountupdate.moc"
