// The lock shim (storage/sqlitelocks): SQLite's locks of this process survive any
// other descriptor of the same files being opened and closed in the process (a
// file dialog, a QFile), two connections of ours still share one lock owner (no
// self-conflict, the second waits for the first), and another process that locks
// the classic POSIX way (this program re-run as `--probe`, which installs no shim,
// as the sqlite3 shell or an older build of ours) sees our locks.
#include "tempdatabase.h"

#include "storage/database.h"
#include "storage/sqlitelocks.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

#include <unistd.h>

namespace {

// The probe: opens `path` with plain SQLite (classic POSIX locks) and tries to
// begin a write transaction without waiting. Exit 0: it could write; 5 (SQLITE_BUSY):
// the database is locked by someone else; other values: an error.
int probeWrite(const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return 2;
    sqlite3_busy_timeout(db, 0);
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : (rc & 0xff) == SQLITE_BUSY ? 5 : 3;
}

QString s_self;

// 0: another process could write; 5: it saw our lock.
int otherProcessWrites(const QString &path)
{
    QProcess p;
    p.start(s_self, {QStringLiteral("--probe"), path});
    if (!p.waitForFinished(20000))
        return -1;
    return p.exitCode();
}

void touchLikeADialog(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            f.read(16); // what a file type guess reads
            f.close();
        }
    }
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Descriptors of this process open on `path` (SQLite's and the shim's own).
int openDescriptorsOf(const QString &path)
{
    const QByteArray canonical = QFile::encodeName(QFileInfo(path).canonicalFilePath());
    int n = 0;
    for (int fd = 0; fd < 1024; ++fd) {
        char link[64];
        char target[4096];
        std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        const ssize_t len = ::readlink(link, target, sizeof target);
        if (len > 0 && QByteArray(target, int(len)) == canonical)
            ++n;
    }
    return n;
}

} // namespace

class TestSqliteLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeLockSurvivesOtherDescriptors_data();
    void writeLockSurvivesOtherDescriptors();
    void ourConnectionsShareOneOwner();
    void readerKeepsTheWalFromAnotherProcess();
    void descriptorsAreReleased();
    void otherProcessLocksAreSeen();
};

void TestSqliteLocks::initTestCase()
{
    s_self = QCoreApplication::applicationFilePath();
    // The probe of this very program locks the classic way: no shim there.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(sqliteLockShimInstalled());
    QCOMPARE(otherProcessWrites(t.path()), 0);
}

void TestSqliteLocks::writeLockSurvivesOtherDescriptors_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("WAL (the program's mode)") << "WAL";
    QTest::newRow("rollback journal (network folders)") << "DELETE";
}

void TestSqliteLocks::writeLockSurvivesOtherDescriptors()
{
    QFETCH(QString, journalMode);
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QString error;
    QVERIFY2(exec(t.connection(), QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode), &error),
             qPrintable(error));
    Database second;
    QVERIFY2(second.openAnother(t.path()), qPrintable(second.errorString()));
    QVERIFY(exec(second.connection(), QStringLiteral("PRAGMA busy_timeout = 0")));

    QVERIFY2(exec(t.connection(), QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
    QVERIFY(
        exec(t.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-test', 'x')")));
    // Our second connection waits for the first: SQLite's in-process bookkeeping.
    QVERIFY(!exec(second.connection(), QStringLiteral("BEGIN IMMEDIATE"), &error));
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    QCOMPARE(otherProcessWrites(t.path()), 5);

    touchLikeADialog(t.path());
    // Without the shim the QFile's close dropped the process's POSIX locks here.
    QCOMPARE(otherProcessWrites(t.path()), 5);
    QVERIFY(!exec(second.connection(), QStringLiteral("BEGIN IMMEDIATE")));

    QVERIFY(exec(t.connection(), QStringLiteral("COMMIT")));
    QCOMPARE(otherProcessWrites(t.path()), 0);
    QVERIFY2(exec(second.connection(), QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
    touchLikeADialog(t.path());
    QCOMPARE(otherProcessWrites(t.path()), 5);
    QVERIFY(exec(second.connection(), QStringLiteral("ROLLBACK")));
    QCOMPARE(otherProcessWrites(t.path()), 0);
}

void TestSqliteLocks::ourConnectionsShareOneOwner()
{
    // Rollback journal: a reader's SHARED lock and a writer's RESERVED/EXCLUSIVE
    // are byte locks of the database file; with one owner per descriptor our own
    // connections would refuse each other's upgrades or release each other's locks.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(exec(t.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    Database second;
    QVERIFY2(second.openAnother(t.path()), qPrintable(second.errorString()));
    QVERIFY(exec(second.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    QVERIFY(exec(second.connection(), QStringLiteral("PRAGMA busy_timeout = 0")));

    QVERIFY(exec(t.connection(), QStringLiteral("BEGIN")));
    QSqlQuery read(t.connection());
    QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM indicators")) && read.next());
    read.finish();
    QVERIFY(exec(second.connection(), QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(exec(second.connection(),
                 QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-test', 'x')")));
    QString error;
    // The reader holds SHARED: the writer cannot commit yet...
    QVERIFY(!exec(second.connection(), QStringLiteral("COMMIT"), &error));
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    touchLikeADialog(t.path());
    QCOMPARE(otherProcessWrites(t.path()), 5);
    // ...and can once the reader is done; the other process was kept out all along.
    QVERIFY(exec(t.connection(), QStringLiteral("COMMIT")));
    QVERIFY2(exec(second.connection(), QStringLiteral("COMMIT"), &error), qPrintable(error));
    QCOMPARE(otherProcessWrites(t.path()), 0);
}

void TestSqliteLocks::readerKeepsTheWalFromAnotherProcess()
{
    // A connection that merely has the database open in WAL mode holds a read
    // lock on -shm's DMS byte: another process that opens and closes the database
    // must not believe it is the last one and delete the WAL.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(exec(t.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    QVERIFY(
        exec(t.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-test', 'x')")));
    QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    touchLikeADialog(t.path());
    QCOMPARE(otherProcessWrites(t.path()), 0);
    QVERIFY2(QFileInfo::exists(t.path() + QStringLiteral("-wal")), "the other process deleted our WAL");
}

void TestSqliteLocks::descriptorsAreReleased()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QString path = t.path();
    QVERIFY(
        exec(t.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-test', 'x')")));
    QVERIFY(openDescriptorsOf(path) >= 1);
    for (int i = 0; i < 20; ++i) {
        Database more;
        QVERIFY2(more.openAnother(path), qPrintable(more.errorString()));
        QVERIFY(exec(more.connection(),
                     QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('lock-test', 'x')")));
    }
    // The open connection's, the shim's, and at most one SQLite keeps for reuse:
    // not one per connection that came and went.
    const int whileOpen = openDescriptorsOf(path);
    QVERIFY2(whileOpen <= 3, qPrintable(QString::number(whileOpen)));
    t.close();
    QCOMPARE(openDescriptorsOf(path), 0);
    QCOMPARE(openDescriptorsOf(path + QStringLiteral("-shm")), 0);
}

void TestSqliteLocks::otherProcessLocksAreSeen()
{
    // The other way round: our OFD locks conflict with another process's classic
    // ones. The other process holds a write transaction; we must get SQLITE_BUSY.
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    t.close();
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(s_self, {QStringLiteral("--hold"), t.path()});
    QVERIFY(holder.waitForReadyRead(20000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));
    Database d;
    QVERIFY2(d.openAnother(t.path()), qPrintable(d.errorString()));
    QVERIFY(exec(d.connection(), QStringLiteral("PRAGMA busy_timeout = 0")));
    QString error;
    QVERIFY(!exec(d.connection(), QStringLiteral("BEGIN IMMEDIATE"), &error));
    QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
    holder.write("\n");
    QVERIFY(holder.waitForFinished(20000));
    QVERIFY2(exec(d.connection(), QStringLiteral("BEGIN IMMEDIATE"), &error), qPrintable(error));
    QVERIFY(exec(d.connection(), QStringLiteral("ROLLBACK")));
}

namespace {
// Holds a write transaction (classic locks) until a line arrives on stdin.
int holdWrite(const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return 2;
    std::fputs("holding\n", stdout);
    std::fflush(stdout);
    char line[16];
    std::fgets(line, sizeof line, stdin);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--probe") == 0)
        return probeWrite(argv[2]);
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdWrite(argv[2]);
    QCoreApplication app(argc, argv);
    TestSqliteLocks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlitelocks.moc"
