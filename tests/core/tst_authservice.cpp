// AuthService: the first administrator of a new database, password and login-name
// rules, sign-in with the same message for an unknown name and a wrong password,
// the lock after five wrong passwords in a row (and its end), disabled accounts,
// account administration by the administrator only, Argon2id hashes in the users
// table, and the audit rows of every account change.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "tempdatabase.h"

#include "storage/auditrepository.h"
#include "storage/userrepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"
#include "workflow/passwordhasher.h"

#include <QtTest>

#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace {

const QString kWrong = QStringLiteral("The login name or the password is wrong.");
const QString kOnlyAdmin = QStringLiteral("Only the administrator can manage accounts.");
const QString kStrongPassword = QStringLiteral("Fuer-2026-secret");

const QDateTime kT0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

User userOf(QSqlDatabase db, const QString &login)
{
    const std::optional<User> u = UserRepository(db).user(login);
    if (!u)
        qFatal("no account %s", qPrintable(login));
    return *u;
}

User newUser(const QString &login, User::Role role, const QString &unit = QString())
{
    User u;
    u.login = login;
    u.displayName = login + QStringLiteral("（测试）");
    u.role = role;
    u.unit = unit;
    return u;
}

// The account rows of the audit log about `login`, oldest first: "action by user".
QStringList accountAudit(QSqlDatabase db, const QString &login)
{
    QStringList out;
    const QVector<AuditEntry> all = AuditRepository(db).history(QString(), 100000);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->action.startsWith(QLatin1String("user_")) && it->reason == login) {
            QString row = QStringLiteral("%1 by %2").arg(it->action, it->user);
            if (!it->indicatorCode.isEmpty() || it->year != 0 || it->oldValue || it->newValue)
                row += QStringLiteral(" (with value fields!)");
            out << row;
        }
    }
    return out;
}

int countAccounts(QSqlDatabase db)
{
    return UserRepository(db).count();
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firstAdministratorOnlyWithoutAccounts();
    void firstAdministratorFollowsTheRules_data();
    void firstAdministratorFollowsTheRules();
    void passwordRules_data();
    void passwordRules();
    void loginNameRules_data();
    void loginNameRules();
    void wrongPasswordMessageIsTheSameForUnknownLogin_data();
    void wrongPasswordMessageIsTheSameForUnknownLogin();
    void fiveWrongPasswordsLockTheAccount();
    void fewerWrongPasswordsDoNotLock();
    void aLockThatRanOutStartsANewCount();
    void disabledAccountIsRefused();
    void onlyAnAdministratorManagesAccounts_data();
    void onlyAnAdministratorManagesAccounts();
    void administratorCannotDisableItself();
    void unknownAccountsCannotBeManaged();
    void liaisonNeedsAMemberUnit_data();
    void liaisonNeedsAMemberUnit();
    void resetPasswordReplacesTheOldOne();
    void changeOwnPassword();
    void passwordsAreStoredAsArgon2idHashes();
    void accountChangesAreAudited();
    void hasherSaltsAndVerifies();

private:
    std::unique_ptr<TempDatabase> demo();
};

void TestAuthService::initTestCase()
{
    QVERIFY(QFileInfo::exists(DemoFixture::templatePath()));
}

// A copy of the demo database (catalog, example values and accounts).
std::unique_ptr<TempDatabase> TestAuthService::demo()
{
    return DemoFixture::open();
}

void TestAuthService::firstAdministratorOnlyWithoutAccounts()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    AuthService auth(db.connection());
    QVERIFY(auth.needsFirstAdministrator());
    QCOMPARE(countAccounts(db.connection()), 0);

    QString error;
    QVERIFY2(
        auth.createFirstAdministrator(QStringLiteral(" chief "), QStringLiteral(" 王主任 "), kStrongPassword, &error),
        qPrintable(error));
    QVERIFY(!auth.needsFirstAdministrator());
    const User chief = userOf(db.connection(), QStringLiteral("chief"));
    QCOMPARE(chief.role, User::Role::Admin);
    QCOMPARE(chief.displayName, QStringLiteral("王主任"));
    QVERIFY(chief.unit.isEmpty());
    QVERIFY(!chief.disabled);

    // A second "first" administrator is refused: the database has an account.
    QVERIFY(!auth.createFirstAdministrator(QStringLiteral("other"), QString(), kStrongPassword, &error));
    QCOMPARE(error, QStringLiteral("This database already has accounts; sign in as its administrator."));
    QCOMPARE(countAccounts(db.connection()), 1);
    QVERIFY(!UserRepository(db.connection()).user(QStringLiteral("other")));

    const AuthService::SignIn in = auth.signIn(QStringLiteral("chief"), kStrongPassword);
    QVERIFY2(in.user, qPrintable(in.message));
    QCOMPARE(in.user->login, QStringLiteral("chief"));
    QCOMPARE(in.user->role, User::Role::Admin);
    QVERIFY(in.message.isEmpty());

    // The demo database has its example accounts, so it never asks.
    const auto demoDb = demo();
    QVERIFY(!AuthService(demoDb->connection()).needsFirstAdministrator());
    QVERIFY(!AuthService(demoDb->connection())
                 .createFirstAdministrator(QStringLiteral("chief"), QString(), kStrongPassword, &error));
    QCOMPARE(countAccounts(demoDb->connection()), DemoData::accounts().size());
}

void TestAuthService::firstAdministratorFollowsTheRules_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");
    QTest::newRow("password too short") << "chief"
                                        << "short12"
                                        << "Password: at least 8 characters are required.";
    QTest::newRow("password with a leading space") << "chief"
                                                   << " leading-space"
                                                   << "Password: it must not begin or end with a space.";
    QTest::newRow("login name with a space") << "the chief" << kStrongPassword
                                             << "Login name: \"the chief\": expected 2–32 letters, digits, dots, "
                                                "dashes or underscores.";
    QTest::newRow("empty login name") << "" << kStrongPassword
                                      << "Login name: \"\": expected 2–32 letters, digits, dots, dashes or "
                                         "underscores.";
}

void TestAuthService::firstAdministratorFollowsTheRules()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, error);
    TempDatabase db;
    QVERIFY(db.open());
    AuthService auth(db.connection());
    const int audit = db.auditCount();
    QString got;
    QVERIFY(!auth.createFirstAdministrator(login, QStringLiteral("管理员"), password, &got));
    QCOMPARE(got, error);
    QVERIFY(auth.needsFirstAdministrator());
    QCOMPARE(countAccounts(db.connection()), 0);
    QCOMPARE(db.auditCount(), audit);
}

void TestAuthService::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error"); // empty: accepted

    const QString tooShort = QStringLiteral("Password: at least 8 characters are required.");
    const QString space = QStringLiteral("Password: it must not begin or end with a space.");
    QTest::newRow("empty") << "" << tooShort;
    QTest::newRow("seven characters") << "abcd123" << tooShort;
    QTest::newRow("seven Chinese characters") << "妇女儿童发展规" << tooShort;
    QTest::newRow("leading space") << " abcd1234" << space;
    QTest::newRow("trailing space") << "abcd1234 " << space;
    QTest::newRow("only spaces") << "          " << space;
    QTest::newRow("eight characters") << "abcd1234"
                                      << "";
    QTest::newRow("eight Chinese characters") << "妇女儿童发展规划"
                                              << "";
    QTest::newRow("space inside") << "correct horse"
                                  << "";
    QTest::newRow("long passphrase") << QString(64, QLatin1Char('x')) << "";
}

void TestAuthService::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, error);
    QCOMPARE(AuthService::checkPassword(password), error);

    // The same rule applies when the administrator creates an account.
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int before = countAccounts(db->connection());
    QString got;
    const bool created = auth.createUser(admin, newUser(QStringLiteral("newbie"), User::Role::Reviewer), password,
                                         &got);
    QCOMPARE(created, error.isEmpty());
    QCOMPARE(got, error);
    QCOMPARE(countAccounts(db->connection()), before + (created ? 1 : 0));
    if (created) {
        const AuthService::SignIn in = auth.signIn(QStringLiteral("newbie"), password);
        QVERIFY2(in.user, qPrintable(in.message));
        QCOMPARE(in.user->role, User::Role::Reviewer);
    }
}

void TestAuthService::loginNameRules_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("error"); // empty: accepted

    auto bad = [](const QString &login) {
        return QStringLiteral("Login name: \"%1\": expected 2–32 letters, digits, dots, dashes or underscores.")
            .arg(login);
    };
    QTest::newRow("one character") << "a" << bad("a");
    QTest::newRow("33 characters") << QString(33, QLatin1Char('a')) << bad(QString(33, QLatin1Char('a')));
    QTest::newRow("space inside") << "li si" << bad("li si");
    QTest::newRow("Chinese characters") << "张三" << bad("张三");
    QTest::newRow("at sign") << "li@district" << bad("li@district");
    QTest::newRow("taken by an example account") << "weijian"
                                                 << "Login name: \"weijian\" is taken.";
    QTest::newRow("two characters") << "ab"
                                    << "";
    QTest::newRow("32 characters") << QString(32, QLatin1Char('b')) << "";
    QTest::newRow("dots, dashes, underscores, digits") << "li.si-2_x"
                                                       << "";
}

void TestAuthService::loginNameRules()
{
    QFETCH(QString, login);
    QFETCH(QString, error);
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int before = countAccounts(db->connection());
    QString got;
    const bool created = auth.createUser(admin, newUser(login, User::Role::Reviewer), kStrongPassword, &got);
    QCOMPARE(got, error);
    QCOMPARE(created, error.isEmpty());
    QCOMPARE(countAccounts(db->connection()), before + (created ? 1 : 0));
    if (created)
        QCOMPARE(userOf(db->connection(), login).role, User::Role::Reviewer);
}

void TestAuthService::wrongPasswordMessageIsTheSameForUnknownLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("unknown login") << "nobody" << DemoData::examplePassword();
    QTest::newRow("unknown login, empty password") << "nobody"
                                                   << "";
    QTest::newRow("known liaison, wrong password") << "weijian"
                                                   << "demo-2024";
    QTest::newRow("known reviewer, empty password") << "fuergw"
                                                    << "";
    QTest::newRow("known administrator, password in another case") << "admin"
                                                                   << "DEMO-2025";
    QTest::newRow("login in another case") << "WEIJIAN" << DemoData::examplePassword();
}

void TestAuthService::wrongPasswordMessageIsTheSameForUnknownLogin()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    const auto db = demo();
    AuthService auth(db->connection());
    const AuthService::SignIn in = auth.signIn(login, password, kT0);
    QVERIFY(!in.user);
    QCOMPARE(in.message, kWrong);
}

void TestAuthService::fiveWrongPasswordsLockTheAccount()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const QString login = QStringLiteral("tiyu");
    for (int i = 1; i < AuthService::MaxFailures; ++i) {
        const AuthService::SignIn in = auth.signIn(login, QStringLiteral("wrong password"), kT0.addSecs(i));
        QVERIFY(!in.user);
        QCOMPARE(in.message, kWrong);
        const User u = userOf(db->connection(), login);
        QCOMPARE(u.failedAttempts, i);
        QVERIFY(!u.lockedUntil.isValid());
    }
    const QDateTime fifth = kT0.addSecs(AuthService::MaxFailures);
    AuthService::SignIn in = auth.signIn(login, QStringLiteral("wrong password"), fifth);
    QVERIFY(!in.user);
    QCOMPARE(in.message, QStringLiteral("The password is wrong; the account tiyu is now locked for 15 minutes."));
    User u = userOf(db->connection(), login);
    QCOMPARE(u.failedAttempts, AuthService::MaxFailures);
    const QDateTime lockEnd = fifth.addSecs(AuthService::LockMinutes * 60);
    QCOMPARE(u.lockedUntil, lockEnd);

    // The right password is refused while the lock lasts, and says why.
    for (const QDateTime &when : {fifth.addSecs(1), fifth.addSecs(14 * 60), lockEnd.addSecs(-1)}) {
        in = auth.signIn(login, DemoData::examplePassword(), when);
        QVERIFY2(!in.user, qPrintable(when.toString(Qt::ISODate)));
        QVERIFY2(in.message.startsWith(QStringLiteral("The account tiyu is locked after 5 wrong passwords until ")),
                 qPrintable(in.message));
        QVERIFY(in.message.endsWith(lockEnd.toLocalTime().toString(QStringLiteral("HH:mm")) + QLatin1Char('.')));
    }
    // A wrong password while locked does not extend the lock.
    in = auth.signIn(login, QStringLiteral("wrong password"), fifth.addSecs(60));
    QVERIFY(in.message.contains(QStringLiteral("locked")));
    QCOMPARE(userOf(db->connection(), login).lockedUntil, lockEnd);
    // Other accounts are not affected.
    QVERIFY(auth.signIn(QStringLiteral("weijian"), DemoData::examplePassword(), fifth.addSecs(2)).user);

    // Once the lock time has passed the right password works and resets the count.
    in = auth.signIn(login, DemoData::examplePassword(), lockEnd.addSecs(1));
    QVERIFY2(in.user, qPrintable(in.message));
    QCOMPARE(in.user->login, login);
    QCOMPARE(in.user->failedAttempts, 0);
    QVERIFY(!in.user->lockedUntil.isValid());
    u = userOf(db->connection(), login);
    QCOMPARE(u.failedAttempts, 0);
    QVERIFY(!u.lockedUntil.isValid());

    // The lock is audited once, by and about the account.
    QCOMPARE(accountAudit(db->connection(), login),
             QStringList({QStringLiteral("user_create by demo"), QStringLiteral("user_locked by tiyu")}));
}

void TestAuthService::fewerWrongPasswordsDoNotLock()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const QString login = QStringLiteral("jiaowei");
    for (int round = 0; round < 3; ++round) {
        for (int i = 1; i < AuthService::MaxFailures; ++i)
            QCOMPARE(auth.signIn(login, QStringLiteral("nope-nope"), kT0).message, kWrong);
        QCOMPARE(userOf(db->connection(), login).failedAttempts, AuthService::MaxFailures - 1);
        // A success in between: the count starts again.
        const AuthService::SignIn in = auth.signIn(login, DemoData::examplePassword(), kT0);
        QVERIFY2(in.user, qPrintable(in.message));
        QCOMPARE(userOf(db->connection(), login).failedAttempts, 0);
    }
    QCOMPARE(accountAudit(db->connection(), login), QStringList{QStringLiteral("user_create by demo")});
}

void TestAuthService::aLockThatRanOutStartsANewCount()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const QString login = QStringLiteral("gongan");
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        auth.signIn(login, QStringLiteral("wrong password"), kT0);
    const QDateTime lockEnd = kT0.addSecs(AuthService::LockMinutes * 60);
    QCOMPARE(userOf(db->connection(), login).lockedUntil, lockEnd);

    // After the lock: one more wrong password is failure 1, not a new lock.
    AuthService::SignIn in = auth.signIn(login, QStringLiteral("wrong password"), lockEnd.addSecs(5));
    QCOMPARE(in.message, kWrong);
    User u = userOf(db->connection(), login);
    QCOMPARE(u.failedAttempts, 1);
    QVERIFY(!u.lockedUntil.isValid());
    in = auth.signIn(login, DemoData::examplePassword(), lockEnd.addSecs(6));
    QVERIFY2(in.user, qPrintable(in.message));
    QCOMPARE(userOf(db->connection(), login).failedAttempts, 0);
}

void TestAuthService::disabledAccountIsRefused()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    QString error;
    QVERIFY2(auth.setDisabled(admin, QStringLiteral("gongan"), true, &error), qPrintable(error));
    QVERIFY(userOf(db->connection(), QStringLiteral("gongan")).disabled);

    AuthService::SignIn in = auth.signIn(QStringLiteral("gongan"), DemoData::examplePassword(), kT0);
    QVERIFY(!in.user);
    QCOMPARE(in.message, QStringLiteral("The account gongan is disabled; ask the administrator."));
    // A disabled account gathers no failures.
    QCOMPARE(userOf(db->connection(), QStringLiteral("gongan")).failedAttempts, 0);

    QVERIFY2(auth.setDisabled(admin, QStringLiteral("gongan"), false, &error), qPrintable(error));
    in = auth.signIn(QStringLiteral("gongan"), DemoData::examplePassword(), kT0);
    QVERIFY2(in.user, qPrintable(in.message));
    QVERIFY(!in.user->disabled);
    QCOMPARE(in.user->unit, QStringLiteral("区公安分局"));
}

void TestAuthService::onlyAnAdministratorManagesAccounts_data()
{
    QTest::addColumn<QString>("actorLogin");
    QTest::addColumn<bool>("disableActor");
    QTest::newRow("reviewer fuergw") << "fuergw" << false;
    QTest::newRow("reviewer tongji") << "tongji" << false;
    QTest::newRow("liaison weijian") << "weijian" << false;
    QTest::newRow("disabled administrator") << "admin" << true;
}

void TestAuthService::onlyAnAdministratorManagesAccounts()
{
    QFETCH(QString, actorLogin);
    QFETCH(bool, disableActor);
    const auto db = demo();
    AuthService auth(db->connection());
    User actor = userOf(db->connection(), actorLogin);
    actor.disabled = disableActor;
    const int accounts = countAccounts(db->connection());
    const int audit = db->auditCount();
    const QString hashBefore = UserRepository(db->connection()).passwordHash(QStringLiteral("jiaowei"));

    QString error;
    QVERIFY(!auth.createUser(actor, newUser(QStringLiteral("intruder"), User::Role::Admin), kStrongPassword, &error));
    QCOMPARE(error, kOnlyAdmin);
    error.clear();
    QVERIFY(!auth.resetPassword(actor, QStringLiteral("jiaowei"), kStrongPassword, &error));
    QCOMPARE(error, kOnlyAdmin);
    error.clear();
    QVERIFY(!auth.setDisabled(actor, QStringLiteral("jiaowei"), true, &error));
    QCOMPARE(error, kOnlyAdmin);

    QCOMPARE(countAccounts(db->connection()), accounts);
    QVERIFY(!UserRepository(db->connection()).user(QStringLiteral("intruder")));
    QCOMPARE(UserRepository(db->connection()).passwordHash(QStringLiteral("jiaowei")), hashBefore);
    QVERIFY(!userOf(db->connection(), QStringLiteral("jiaowei")).disabled);
    QCOMPARE(db->auditCount(), audit);
}

void TestAuthService::administratorCannotDisableItself()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int audit = db->auditCount();
    QString error;
    QVERIFY(!auth.setDisabled(admin, QStringLiteral("admin"), true, &error));
    QCOMPARE(error, QStringLiteral("You cannot disable your own account."));
    QVERIFY(!userOf(db->connection(), QStringLiteral("admin")).disabled);
    QCOMPARE(db->auditCount(), audit);

    // A second administrator may disable the first.
    QVERIFY2(auth.createUser(admin, newUser(QStringLiteral("admin2"), User::Role::Admin), kStrongPassword, &error),
             qPrintable(error));
    QVERIFY2(
        auth.setDisabled(userOf(db->connection(), QStringLiteral("admin2")), QStringLiteral("admin"), true, &error),
        qPrintable(error));
    QVERIFY(userOf(db->connection(), QStringLiteral("admin")).disabled);
}

void TestAuthService::unknownAccountsCannotBeManaged()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    const int audit = db->auditCount();
    QString error;
    QVERIFY(!auth.setDisabled(admin, QStringLiteral("ghost"), true, &error));
    QCOMPARE(error, QStringLiteral("There is no account ghost."));
    QVERIFY(!auth.resetPassword(admin, QStringLiteral("ghost"), kStrongPassword, &error));
    QCOMPARE(error, QStringLiteral("There is no account ghost."));
    QCOMPARE(db->auditCount(), audit);
}

void TestAuthService::liaisonNeedsAMemberUnit_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("error"); // empty: created
    QTest::addColumn<QString>("storedUnit");

    auto refused = [](const QString &unit) {
        return QStringLiteral("Unit: \"%1\": a liaison belongs to one of the responsible units of the catalog.")
            .arg(unit);
    };
    const int liaison = int(User::Role::Liaison);
    const int reviewer = int(User::Role::Reviewer);
    QTest::newRow("liaison without unit") << liaison << "" << refused("") << "";
    QTest::newRow("liaison of an unknown unit") << liaison << "区不存在局" << refused("区不存在局") << "";
    QTest::newRow("liaison of the monitoring group 区统计局") << liaison << "区统计局" << refused("区统计局") << "";
    QTest::newRow("liaison of the office 区妇儿工委办") << liaison << "区妇儿工委办" << refused("区妇儿工委办") << "";
    QTest::newRow("liaison of 区卫健委") << liaison << "区卫健委"
                                         << ""
                                         << "区卫健委";
    QTest::newRow("liaison of 区生态环境局") << liaison << "区生态环境局"
                                             << ""
                                             << "区生态环境局";
    QTest::newRow("reviewer: a unit given is dropped") << reviewer << "区卫健委"
                                                       << ""
                                                       << "";
    QTest::newRow("reviewer without unit") << reviewer << ""
                                           << ""
                                           << "";
}

void TestAuthService::liaisonNeedsAMemberUnit()
{
    QFETCH(int, role);
    QFETCH(QString, unit);
    QFETCH(QString, error);
    QFETCH(QString, storedUnit);
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    QString got;
    const bool created = auth.createUser(admin, newUser(QStringLiteral("someone"), User::Role(role), unit),
                                         kStrongPassword, &got);
    QCOMPARE(got, error);
    QCOMPARE(created, error.isEmpty());
    const std::optional<User> stored = UserRepository(db->connection()).user(QStringLiteral("someone"));
    QCOMPARE(stored.has_value(), created);
    if (stored) {
        QCOMPARE(stored->role, User::Role(role));
        QCOMPARE(stored->unit, storedUnit);
    }
}

void TestAuthService::resetPasswordReplacesTheOldOne()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    // A locked account is unlocked by the reset.
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        auth.signIn(QStringLiteral("weijian"), QStringLiteral("wrong password"), kT0);
    QVERIFY(userOf(db->connection(), QStringLiteral("weijian")).lockedUntil.isValid());

    QString error;
    QVERIFY(!auth.resetPassword(admin, QStringLiteral("weijian"), QStringLiteral("short"), &error));
    QCOMPARE(error, QStringLiteral("Password: at least 8 characters are required."));
    QVERIFY2(auth.resetPassword(admin, QStringLiteral("weijian"), kStrongPassword, &error), qPrintable(error));
    const User u = userOf(db->connection(), QStringLiteral("weijian"));
    QCOMPARE(u.failedAttempts, 0);
    QVERIFY(!u.lockedUntil.isValid());
    QCOMPARE(auth.signIn(QStringLiteral("weijian"), DemoData::examplePassword(), kT0.addSecs(1)).message, kWrong);
    const AuthService::SignIn in = auth.signIn(QStringLiteral("weijian"), kStrongPassword, kT0.addSecs(2));
    QVERIFY2(in.user, qPrintable(in.message));
    QCOMPARE(in.user->unit, QStringLiteral("区卫健委"));
}

void TestAuthService::changeOwnPassword()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User me = userOf(db->connection(), QStringLiteral("fuergw"));
    QString error;
    QVERIFY(!auth.changeOwnPassword(me, QStringLiteral("not-my-password"), kStrongPassword, &error));
    QCOMPARE(error, QStringLiteral("The current password is wrong."));
    QVERIFY(!auth.changeOwnPassword(me, DemoData::examplePassword(), QStringLiteral(" padded-password"), &error));
    QCOMPARE(error, QStringLiteral("Password: it must not begin or end with a space."));
    QVERIFY(auth.signIn(QStringLiteral("fuergw"), DemoData::examplePassword(), kT0).user);

    QVERIFY2(auth.changeOwnPassword(me, DemoData::examplePassword(), kStrongPassword, &error), qPrintable(error));
    QCOMPARE(auth.signIn(QStringLiteral("fuergw"), DemoData::examplePassword(), kT0).message, kWrong);
    QVERIFY(auth.signIn(QStringLiteral("fuergw"), kStrongPassword, kT0).user);
    QCOMPARE(accountAudit(db->connection(), QStringLiteral("fuergw")),
             QStringList({QStringLiteral("user_create by demo"), QStringLiteral("user_password by fuergw")}));
}

void TestAuthService::passwordsAreStoredAsArgon2idHashes()
{
    TempDatabase db;
    QVERIFY(db.open());
    AuthService auth(db.connection());
    QString error;
    const QString adminPassword = QStringLiteral("Chief-Password-1");
    QVERIFY2(auth.createFirstAdministrator(QStringLiteral("chief"), QString(), adminPassword, &error),
             qPrintable(error));
    const User chief = userOf(db.connection(), QStringLiteral("chief"));
    const QString liaisonPassword = QStringLiteral("卫健委密码2026");
    QVERIFY2(auth.createUser(chief, newUser(QStringLiteral("wj"), User::Role::Liaison, QStringLiteral("区卫健委")),
                             liaisonPassword, &error),
             qPrintable(error));
    const QString resetTo = QStringLiteral("Reset-Password-9");
    QVERIFY2(auth.resetPassword(chief, QStringLiteral("wj"), resetTo, &error), qPrintable(error));

    UserRepository users(db.connection());
    const QString adminHash = users.passwordHash(QStringLiteral("chief"));
    const QString liaisonHash = users.passwordHash(QStringLiteral("wj"));
    for (const auto &[hash, password] : {std::pair{adminHash, adminPassword}, std::pair{liaisonHash, resetTo}}) {
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(password));
        QVERIFY(PasswordHasher::verify(hash, password));
    }
    QVERIFY(!liaisonHash.contains(liaisonPassword));
    QVERIFY(!PasswordHasher::verify(liaisonHash, liaisonPassword));

    // Nothing else in the row or the audit log carries a password.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash NOT LIKE '$argon2id$%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    for (const AuditEntry &e : AuditRepository(db.connection()).history(QString())) {
        for (const QString &field : {e.user, e.action, e.reason, e.oldState, e.newState}) {
            QVERIFY(!field.contains(adminPassword));
            QVERIFY(!field.contains(resetTo));
            QVERIFY(!field.contains(QStringLiteral("$argon2id$")));
        }
    }

    // The demo's example accounts too.
    const auto demoDb = demo();
    for (const DemoData::Account &a : DemoData::accounts()) {
        const QString h = UserRepository(demoDb->connection()).passwordHash(a.login);
        QVERIFY2(h.startsWith(QStringLiteral("$argon2id$")), qPrintable(a.login));
        QVERIFY(!h.contains(DemoData::examplePassword()));
    }
}

void TestAuthService::accountChangesAreAudited()
{
    const auto db = demo();
    AuthService auth(db->connection());
    const User admin = userOf(db->connection(), QStringLiteral("admin"));
    QString error;
    QVERIFY2(auth.createUser(admin, newUser(QStringLiteral("zhang"), User::Role::Liaison, QStringLiteral("区妇联")),
                             kStrongPassword, &error),
             qPrintable(error));
    QVERIFY2(auth.resetPassword(admin, QStringLiteral("zhang"), QStringLiteral("Another-pass-2"), &error),
             qPrintable(error));
    QVERIFY2(auth.setDisabled(admin, QStringLiteral("zhang"), true, &error), qPrintable(error));
    QVERIFY2(auth.setDisabled(admin, QStringLiteral("zhang"), false, &error), qPrintable(error));
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        auth.signIn(QStringLiteral("zhang"), QStringLiteral("wrong password"), kT0);
    QVERIFY(auth.changeOwnPassword(userOf(db->connection(), QStringLiteral("zhang")), QStringLiteral("Another-pass-2"),
                                   QStringLiteral("Third-pass-3"), &error));

    // Who acted: the administrator for what it did, the account itself for its
    // own lock and password change. The subject is in the reason column.
    QCOMPARE(accountAudit(db->connection(), QStringLiteral("zhang")),
             QStringList({QStringLiteral("user_create by admin"), QStringLiteral("user_password by admin"),
                          QStringLiteral("user_disable by admin"), QStringLiteral("user_enable by admin"),
                          QStringLiteral("user_locked by zhang"), QStringLiteral("user_password by zhang")}));
    // Refused acts leave no row.
    const int audit = db->auditCount();
    QVERIFY(!auth.createUser(admin, newUser(QStringLiteral("zhang"), User::Role::Reviewer), kStrongPassword, &error));
    QCOMPARE(error, QStringLiteral("Login name: \"zhang\" is taken."));
    QCOMPARE(db->auditCount(), audit);
}

void TestAuthService::hasherSaltsAndVerifies()
{
    const QString password = QStringLiteral("同一个密码-same");
    const QString a = PasswordHasher::hash(password, PasswordHasher::Strength::Example);
    const QString b = PasswordHasher::hash(password, PasswordHasher::Strength::Example);
    QVERIFY(a.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(a != b); // salted
    QVERIFY(PasswordHasher::verify(a, password));
    QVERIFY(PasswordHasher::verify(b, password));
    QVERIFY(!PasswordHasher::verify(a, password + QLatin1Char(' ')));
    QVERIFY(!PasswordHasher::verify(QString(), password));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), password));
    const QString interactive = PasswordHasher::hash(password);
    QVERIFY(interactive.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(interactive != a);
    QVERIFY(PasswordHasher::verify(interactive, password));
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
