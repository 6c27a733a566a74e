// The window's save of an approval killed with SIGKILL at moments spread over the
// run: a child process (this program re-run as `--approve DB`) approves every
// submitted value of 区卫健委's 2026 return in one ReviewService::approve, as the
// review page does. After each kill the database is reopened: the approval is
// either all there, each value with its audit row, or not there at all, and the
// file passes integrity_check.
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "tempdatabase.h"

#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

namespace {

constexpr int kYear = 2026;
const QString kUnit = QStringLiteral("区卫健委");

int approveAll(const QString &path)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return 2;
    ReviewService review(db.connection());
    const QVector<ValueKey> keys = review.submittedOf(kUnit, kYear);
    QString error;
    const std::optional<User> reviewer = UserRepository(db.connection()).user(QStringLiteral("fuergw"));
    if (keys.isEmpty() || !reviewer || !review.approve(*reviewer, keys, &error))
        return 3;
    std::fputs("approved\n", stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestKilledApproval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approvalIsAllOrNothing();

private:
    // "all", "none", or what is wrong.
    QString stateOf(const QString &path);
    QTemporaryDir m_dir;
    QString m_template;
    QStringList m_codes;
};

void TestKilledApproval::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_template));
    Database db;
    QVERIFY2(PlanDatabase::open(db, m_template), qPrintable(db.errorString()));
    QString error;
    {
        const User liaison = *UserRepository(db.connection()).user(QStringLiteral("weijian"));
        ReturnService returns(db.connection());
        for (const Indicator &ind : CatalogRepository(db.connection()).indicators()) {
            if (ind.units.value(0) != kUnit)
                continue;
            const std::optional<ValueRecord> last =
                ValueRepository(db.connection()).value(ind.code, QString(), kYear - 1);
            if (!last)
                continue;
            EntryValidator::Input in;
            in.value = QString::number(last->value, 'g', 12);
            in.note = QStringLiteral("按年报口径，已核实");
            if (returns.saveDraft(liaison, ind, kYear, in, QStringLiteral("年报"), &error))
                m_codes << ind.code;
        }
        QVERIFY(m_codes.size() >= 5);
        QVERIFY2(returns.submit(liaison, m_codes, kYear, &error), qPrintable(error));
    } // the services' queries end before the connection closes
    QVERIFY2(db.closeCheckpointed(&error), qPrintable(error));
}

QString TestKilledApproval::stateOf(const QString &path)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return db.errorString();
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
            || q.value(0).toString() != QLatin1String("ok"))
            return QStringLiteral("integrity_check fails");
    }
    int approved = 0;
    int audited = 0;
    for (const QString &code : m_codes) {
        const std::optional<ValueRecord> v = ValueRepository(db.connection()).value(code, QString(), kYear);
        if (!v)
            return code + QStringLiteral(" lost its value");
        if (ValueStates::key(v->state) == QLatin1String("approved"))
            ++approved;
        else if (ValueStates::key(v->state) != QLatin1String("submitted"))
            return code + QStringLiteral(" is ") + ValueStates::key(v->state);
        for (const AuditEntry &e : AuditRepository(db.connection()).history(code)) {
            if (e.year == kYear && e.newState == QLatin1String("approved"))
                ++audited;
        }
    }
    if (approved == m_codes.size() && audited == approved)
        return QStringLiteral("all");
    if (approved == 0 && audited == 0)
        return QStringLiteral("none");
    return QStringLiteral("%1 of %2 approved, %3 audit rows").arg(approved).arg(m_codes.size()).arg(audited);
}

void TestKilledApproval::approvalIsAllOrNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("fuer.sqlite"));
    const auto reset = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return QFile::copy(m_template, path);
    };
    const QString self = QCoreApplication::applicationFilePath();
    QVERIFY(reset());
    QElapsedTimer timer;
    timer.start();
    QProcess full;
    full.start(self, {QStringLiteral("--approve"), path});
    QVERIFY(full.waitForFinished(30000));
    QCOMPARE(full.exitCode(), 0);
    const qint64 runMs = timer.elapsed();
    QCOMPARE(stateOf(path), QStringLiteral("all"));

    const int kills = 30;
    int all = 0;
    int none = 0;
    for (int i = 0; i < kills; ++i) {
        QVERIFY(reset());
        QProcess p;
        p.start(self, {QStringLiteral("--approve"), path});
        QVERIFY(p.waitForStarted());
        QThread::msleep(quint64(double(runMs) * 1.2 * (i + 0.5) / kills));
        p.kill();
        p.waitForFinished(10000);
        const QString state = stateOf(path);
        QVERIFY2(state == QLatin1String("all") || state == QLatin1String("none"),
                 qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(state)));
        (state == QLatin1String("all") ? all : none)++;
    }
    qInfo("%d kills over a %lld ms run of %lld values: %d left the approval whole, %d left none of it", kills, runMs,
          qint64(m_codes.size()), all, none);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--approve") == 0) {
        QCoreApplication app(argc, argv);
        return approveAll(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKilledApproval test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedapproval.moc"
