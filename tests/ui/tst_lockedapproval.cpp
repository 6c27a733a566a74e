// The lost approval, end to end. A child process of ours (this program re-run as
// `--window DB`) plays the window: it opens the database in WAL mode with automatic
// checkpoints off, commits a submitted value, opens and closes the database,
// -wal and -shm with QFile and shows a non-native QFileDialog on the folder (what
// the backup dialog does). A second process (this program re-run as `--reader DB`:
// plain SQLite with classic POSIX locks, as the sqlite3 shell or `values export` of
// an older build) reads the database and exits; as the last connection it would
// checkpoint and delete the WAL if it believed it was alone. Then the window
// approves the value, reports it, and is killed with SIGKILL. The approval must be
// in the database afterwards, with its audit row.
//
// Before the lock shim (storage/sqlitelocks), the QFile / dialog closes dropped
// the window's POSIX locks, the reader deleted the WAL, and the approval went into
// a deleted file.
#include "catalog/plandatabase.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QtTest>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

constexpr int kYear = 2026;
const QString kCode = QStringLiteral("W04");

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "window: %s\n", qPrintable(message));
    return 2;
}

void browseLikeTheBackupDialog(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            f.read(64);
            f.close();
        }
    }
    QFileDialog dialog(nullptr, QStringLiteral("Backup"), QFileInfo(path).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.show();
    // The dialog's model lists the folder (and its icon provider and type guess
    // open the files) in a thread: give it time to finish.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    dialog.close();
}

int window(const QString &path)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return fail(db.errorString());
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    QString error;
    if (!DemoData::populate(db.connection(), &error))
        return fail(error);
    const std::optional<User> liaison = UserRepository(db.connection()).user(QStringLiteral("weijian"));
    const std::optional<User> reviewer = UserRepository(db.connection()).user(QStringLiteral("fuergw"));
    const std::optional<Indicator> ind = CatalogRepository(db.connection()).indicator(kCode);
    if (!liaison || !reviewer || !ind)
        return fail(QStringLiteral("demo accounts or %1 missing").arg(kCode));
    const std::optional<ValueRecord> last = ValueRepository(db.connection()).value(kCode, QString(), kYear - 1);
    EntryValidator::Input in;
    in.value = last ? QString::number(last->value, 'g', 12) : QStringLiteral("1");
    ReturnService returns(db.connection());
    if (!returns.saveDraft(*liaison, *ind, kYear, in, QStringLiteral("年报"), &error)
        || !returns.submit(*liaison, {kCode}, kYear, &error))
        return fail(error);

    browseLikeTheBackupDialog(path);
    say("ready");
    std::string line;
    std::getline(std::cin, line);
    if (!ReviewService(db.connection()).approve(*reviewer, {{kCode, QString(), kYear}}, &error))
        return fail(error);
    say("approved");
    for (;;)
        QThread::sleep(1); // killed here
}

int reader(const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_busy_timeout(db, 5000);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM indicator_values", nullptr, nullptr, nullptr);
    sqlite3_close(db); // the last connection checkpoints and deletes the WAL
    return rc == SQLITE_OK ? 0 : 3;
}

} // namespace

class TestLockedApproval : public QObject
{
    Q_OBJECT

private slots:
    void approvalSurvivesDialogReaderAndKill();
};

void TestLockedApproval::approvalSurvivesDialogReaderAndKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fuer.sqlite"));
    const QString self = QCoreApplication::applicationFilePath();

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(self, {QStringLiteral("--window"), path});
    QVERIFY(child.waitForStarted());
    QByteArray said;
    while (!said.contains('\n') && child.waitForReadyRead(60000))
        said += child.readAll();
    QCOMPARE(said.trimmed(), QByteArray("ready"));

    QProcess other;
    other.start(self, {QStringLiteral("--reader"), path});
    QVERIFY(other.waitForFinished(30000));
    QCOMPARE(other.exitCode(), 0);

    child.write("go\n");
    said.clear();
    while (!said.contains('\n') && child.waitForReadyRead(30000))
        said += child.readAll();
    QCOMPARE(said.trimmed(), QByteArray("approved"));
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));

    Database db;
    QVERIFY2(PlanDatabase::open(db, path), qPrintable(db.errorString()));
    const std::optional<ValueRecord> v = ValueRepository(db.connection()).value(kCode, QString(), kYear);
    QVERIFY2(v, "the value the window committed before the dialog is gone");
    QCOMPARE(ValueStates::key(v->state), QStringLiteral("approved"));
    bool audited = false;
    for (const AuditEntry &e : AuditRepository(db.connection()).history(kCode)) {
        if (e.year == kYear && e.newState == QLatin1String("approved") && e.user == QLatin1String("fuergw"))
            audited = true;
    }
    QVERIFY2(audited, "no audit row of the approval");
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--reader") == 0)
        return reader(argv[2]);
    if (argc == 3 && qstrcmp(argv[1], "--window") == 0) {
        QApplication app(argc, argv);
        return window(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestLockedApproval test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lockedapproval.moc"
