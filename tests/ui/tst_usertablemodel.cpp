// UserTableModel: the accounts on the administrator's page. Filled from the demo
// database, every example account is shown with its login, name, role, unit and
// status; a disabled account and one locked by wrong passwords are shown as such.
// QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"

#include "accounts/usertablemodel.h"
#include "widgets/palette.h"

#include "storage/userrepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

#include <QBrush>
#include <QtTest>

namespace {
const QHash<QString, QString> kRoles = {{"liaison", "Liaison"}, {"reviewer", "Reviewer"}, {"admin", "Administrator"}};
}

class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void everyDemoAccount();
    void disabledAndLockedAccounts();

private:
    int rowOf(const UserTableModel &model, const QString &login) const;
};

int TestUserTableModel::rowOf(const UserTableModel &model, const QString &login) const
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (ModelText::text(&model, r, UserTableModel::LoginColumn) == login)
            return r;
    }
    return -1;
}

void TestUserTableModel::everyDemoAccount()
{
    const auto db = DemoFixture::open();
    UserTableModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model), QStringList({"Login name", "Name", "Role", "Unit", "Status"}));
    model.setUsers(UserRepository(db->connection()).users());

    const QVector<DemoData::Account> accounts = DemoData::accounts();
    QCOMPARE(model.rowCount(), accounts.size());
    for (const DemoData::Account &a : accounts) {
        const int r = rowOf(model, a.login);
        QVERIFY2(r >= 0, qPrintable(a.login));
        QCOMPARE(model.userAt(r)->login, a.login);
        QCOMPARE(ModelText::text(&model, r, UserTableModel::NameColumn), a.displayName);
        QCOMPARE(ModelText::text(&model, r, UserTableModel::RoleColumn), kRoles.value(a.role));
        QCOMPARE(ModelText::text(&model, r, UserTableModel::UnitColumn), a.unit);
        QCOMPARE(ModelText::text(&model, r, UserTableModel::StatusColumn), QStringLiteral("Active"));
        QVERIFY(!model.index(r, UserTableModel::LoginColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.flags(model.index(r, 0)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    }
    // Ordered by role key (admin, liaison, reviewer), then unit.
    QCOMPARE(ModelText::text(&model, 0, UserTableModel::LoginColumn), QStringLiteral("admin"));
    QCOMPARE(ModelText::text(&model, 1, UserTableModel::RoleColumn), QStringLiteral("Liaison"));
    QCOMPARE(ModelText::text(&model, model.rowCount() - 1, UserTableModel::RoleColumn), QStringLiteral("Reviewer"));
    QVERIFY(!model.userAt(model.rowCount()));
}

void TestUserTableModel::disabledAndLockedAccounts()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    UserTableModel model;
    const auto tester = attachModelTester(&model);
    model.setUsers(UserRepository(c).users());

    QString error;
    AuthService auth(c);
    QVERIFY2(auth.setDisabled(TestData::user(c, QStringLiteral("admin")), QStringLiteral("tiyu"), true, &error),
             qPrintable(error));
    for (int i = 0; i < AuthService::MaxFailures; ++i)
        QVERIFY(!auth.signIn(QStringLiteral("gongan"), QStringLiteral("wrong password")).user);
    const User locked = TestData::user(c, QStringLiteral("gongan"));
    QVERIFY(locked.lockedUntil.isValid());

    model.setUsers(UserRepository(c).users()); // the page's reload
    const int tiyu = rowOf(model, QStringLiteral("tiyu"));
    QCOMPARE(ModelText::text(&model, tiyu, UserTableModel::StatusColumn), QStringLiteral("Disabled"));
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(tiyu, column).data(Qt::ForegroundRole).value<QBrush>().color(),
                 Palette::screen(Palette::MutedText)); // a disabled account is muted
    const int gongan = rowOf(model, QStringLiteral("gongan"));
    QCOMPARE(ModelText::text(&model, gongan, UserTableModel::StatusColumn),
             QStringLiteral("Locked until ") + locked.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    QVERIFY(!model.index(gongan, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(ModelText::text(&model, rowOf(model, QStringLiteral("weijian")), UserTableModel::StatusColumn),
             QStringLiteral("Active"));
}

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
