// The administrator's backup and restore: a consistent copy while the program
// runs, a restore that keeps the replaced file, and refusals that change nothing.

#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "mainwindow.h"
#include "session/session.h"

#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"

#include <QTemporaryDir>
#include <QtTest>

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupAndRestoreRoundTrip();
    void onlyAdministrator();
    void refusesExistingTargetAndForeignFile();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestBackup::init()
{
    delete m_dir;
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("live.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
}

void TestBackup::backupAndRestoreRoundTrip()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    window.setUser(*UserRepository(window.session()->database()->connection()).user(QStringLiteral("admin")));
    const int before = ValueRepository(window.session()->database()->connection()).count();

    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    QVERIFY2(window.backUpTo(copy, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(copy));

    // A change after the backup ...
    ValueRecord extra;
    extra.indicatorCode = QStringLiteral("W01");
    extra.year = 2026;
    extra.value = 80;
    QVERIFY(ValueRepository(window.session()->database()->connection())
                .store({extra}, QStringLiteral("admin"), QStringLiteral("import"), false, &error));
    QCOMPARE(ValueRepository(window.session()->database()->connection()).count(), before + 1);

    // ... is gone after the restore, and the replaced file is kept.
    QString kept;
    QVERIFY2(window.restoreFrom(copy, &kept, &error), qPrintable(error));
    QCOMPARE(ValueRepository(window.session()->database()->connection()).count(), before);
    QVERIFY(QFileInfo::exists(kept));
    QVERIFY(window.user().has_value()); // the administrator stays signed in
    Database keptDb;
    QVERIFY(PlanDatabase::open(keptDb, kept));
    QCOMPARE(ValueRepository(keptDb.connection()).count(), before + 1);
}

void TestBackup::onlyAdministrator()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    window.setUser(*UserRepository(window.session()->database()->connection()).user(QStringLiteral("weijian")));
    QString error, kept;
    QVERIFY(!window.backUpTo(m_dir->filePath(QStringLiteral("x.sqlite")), &error));
    QVERIFY(error.contains(QStringLiteral("administrator")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.sqlite"))));
    QVERIFY(!window.restoreFrom(m_path, &kept, &error));
}

void TestBackup::refusesExistingTargetAndForeignFile()
{
    QString error, kept;
    QVERIFY(!BackupService::backup(m_path, m_path, &error));
    QVERIFY(error.contains(QStringLiteral("exists")));

    const QString foreign = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(foreign);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are not the data you are looking for\n");
    f.close();
    const QByteArray liveBefore = [&] {
        QFile live(m_path);
        live.open(QIODevice::ReadOnly);
        return live.readAll();
    }();
    QVERIFY(!BackupService::restore(foreign, m_path, &kept, &error));
    QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));
    QFile live(m_path);
    QVERIFY(live.open(QIODevice::ReadOnly));
    QCOMPARE(live.readAll(), liveBefore);
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".restoring")));
}

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
