// A database the account may not write to is reported as what it is, naming the
// file or folder and what to do, never as "damaged or not a database"; the file is
// left unchanged. Tests run as root in CI, where permission bits do not stop
// anything: the opening is then done by this program re-run as `--open FILE`
// under the account nobody (setpriv); without setpriv or nobody the cases are
// skipped as root.
#include "catalog/plandatabase.h"
#include "tempdatabase.h"

#include "storage/database.h"

#include <QtTest>

#include <QDir>
#include <QProcess>

#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

// Opens `path` as this process's account: 0 opened, 1 refused (message on stdout).
int openAsIs(const QString &path)
{
    Database db;
    if (PlanDatabase::open(db, path))
        return 0;
    std::fputs(db.errorString().toUtf8().constData(), stdout);
    return 1;
}

struct Outcome
{
    bool ran = false;
    bool opened = false;
    QString message;
};

} // namespace

class TestDatabaseAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void existingDatabaseInReadOnlyFolder();
    void readOnlyDatabaseFile();
    void newDatabaseInReadOnlyFolder();
    void unreadableDatabaseFile();
    void writableFolderOpens();

private:
    // Opens `path` as an account the permission bits apply to.
    Outcome openUnprivileged(const QString &path);
    QString makeDatabase(const QString &folder);

    QTemporaryDir m_dir;
    bool m_asNobody = false;
};

void TestDatabaseAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (::geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: permission bits cannot be tested");
        m_asNobody = true;
        // nobody must reach the folders and this program.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
    }
}

Outcome TestDatabaseAccess::openUnprivileged(const QString &path)
{
    Outcome o;
    QProcess p;
    const QString self = QCoreApplication::applicationFilePath();
    if (m_asNobody)
        p.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                 QStringLiteral("--clear-groups"), self, QStringLiteral("--open"), path});
    else
        p.start(self, {QStringLiteral("--open"), path});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    if (!p.waitForFinished(30000))
        return o;
    o.ran = p.exitStatus() == QProcess::NormalExit && (p.exitCode() == 0 || p.exitCode() == 1);
    o.opened = p.exitCode() == 0;
    o.message = QString::fromUtf8(p.readAllStandardOutput());
    return o;
}

QString TestDatabaseAccess::makeDatabase(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/fuer.sqlite");
    Database db;
    if (!PlanDatabase::open(db, path) || !db.closeCheckpointed(nullptr))
        return QString();
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(path, QFileDevice::Permissions(0x6666));
    return path;
}

void TestDatabaseAccess::existingDatabaseInReadOnlyFolder()
{
    const QString path = makeDatabase(QStringLiteral("ro-folder"));
    QVERIFY(!path.isEmpty());
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    const QByteArray before = TestFiles::read(path);
    const Outcome o = openUnprivileged(path);
    QVERIFY(o.ran);
    QVERIFY(!o.opened);
    QCOMPARE(o.message,
             QStringLiteral("Cannot open %1: the folder %2 is read-only for this account, and the program must "
                            "create its journal files (fuer.sqlite-wal, fuer.sqlite-shm) beside the database. "
                            "Move the database to a folder you may write to, or ask for write permission to %2.")
                 .arg(path, folder));
    QCOMPARE(TestFiles::read(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestDatabaseAccess::readOnlyDatabaseFile()
{
    const QString path = makeDatabase(QStringLiteral("ro-file"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x4444)));
    const QByteArray before = TestFiles::read(path);
    const Outcome o = openUnprivileged(path);
    QVERIFY(o.ran);
    QVERIFY(!o.opened);
    QCOMPARE(o.message,
             QStringLiteral("%1 is read-only for this account; the program needs to write to it. "
                            "Ask for write permission to the file, or open a copy in a folder of your own.")
                 .arg(path));
    QCOMPARE(TestFiles::read(path), before);
}

void TestDatabaseAccess::newDatabaseInReadOnlyFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("ro-new"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    const QString path = folder + QStringLiteral("/new.sqlite");
    const Outcome o = openUnprivileged(path);
    QVERIFY(o.ran);
    QVERIFY(!o.opened);
    QCOMPARE(o.message, QStringLiteral("Cannot create %1: the folder %2 is read-only.").arg(path, folder));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabaseAccess::unreadableDatabaseFile()
{
    const QString path = makeDatabase(QStringLiteral("unreadable"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const Outcome o = openUnprivileged(path);
    QVERIFY(o.ran);
    QVERIFY(!o.opened);
    QCOMPARE(o.message, QStringLiteral("Cannot read %1: permission denied.").arg(path));
}

void TestDatabaseAccess::writableFolderOpens()
{
    // The same account opens the database once folder and file are writable:
    // the refusals above are about permissions, nothing else.
    const QString path = makeDatabase(QStringLiteral("writable"));
    QVERIFY(!path.isEmpty());
    const Outcome o = openUnprivileged(path);
    QVERIFY(o.ran);
    QVERIFY2(o.opened, qPrintable(o.message));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--open") == 0) {
        QCoreApplication app(argc, argv);
        return openAsIs(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDatabaseAccess test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaseaccess.moc"
