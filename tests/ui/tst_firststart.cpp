// The first start of the program and its About box: the first-start dialog names
// the database's place and prepares the demo beside it without ever touching a real
// database; the About box shows the project's version, the licence and the
// libraries with theirs.

#include "aboutbox.h"
#include "catalog/plandatabase.h"
#include "firststartdialog.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saysWhereTheDatabaseIs();
    void ownDatabaseIsLeftToOpen();
    void demoIsWrittenBesideIt();
    void demoIsReusedNotRewritten();
    void realDatabaseIsNeverTheDemo();
    void aboutShowsVersionLicenceAndLibraries();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("share/FuerMonitor/fuer-monitor")); }
    QString databasePath() const { return dataDir() + QStringLiteral("/fuer-monitor.sqlite"); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFirstStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFirstStart::saysWhereTheDatabaseIs()
{
    const QString demo = FirstStartDialog::demoPathFor(databasePath());
    QCOMPARE(demo, dataDir() + QStringLiteral("/demo.sqlite"));
    FirstStartDialog dialog(databasePath(), demo);
    const QString shown = dialog.findChild<QLabel *>()->text();
    QVERIFY2(shown.contains(QDir::toNativeSeparators(databasePath())), qPrintable(shown));
    QVERIFY2(shown.contains(QDir::toNativeSeparators(demo)), qPrintable(shown));
    QVERIFY(dialog.message().isEmpty());
}

void TestFirstStart::ownDatabaseIsLeftToOpen()
{
    FirstStartDialog dialog(databasePath(), FirstStartDialog::demoPathFor(databasePath()));
    dialog.ownButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenPath(), databasePath());
    // Nothing is written yet: opening the file creates it and asks for the administrator.
    QVERIFY(!QFileInfo::exists(databasePath()));
    QVERIFY(!QFileInfo::exists(FirstStartDialog::demoPathFor(databasePath())));
}

void TestFirstStart::demoIsWrittenBesideIt()
{
    const QString demo = FirstStartDialog::demoPathFor(databasePath());
    FirstStartDialog dialog(databasePath(), demo);
    dialog.demoButton()->click();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
    QCOMPARE(dialog.chosenPath(), demo);
    QVERIFY(!QFileInfo::exists(databasePath()));
    Database db;
    QVERIFY(PlanDatabase::open(db, demo));
    QVERIFY(SettingsRepository(db.connection()).isDemo());
}

void TestFirstStart::demoIsReusedNotRewritten()
{
    const QString demo = FirstStartDialog::demoPathFor(databasePath());
    QString error;
    QVERIFY2(FirstStartDialog::prepareDemo(demo, &error), qPrintable(error));
    {
        Database db;
        QVERIFY(PlanDatabase::open(db, demo));
        QVERIFY2(SettingsRepository(db.connection()).setValue(QStringLiteral("tried"), QStringLiteral("yes"), &error),
                 qPrintable(error));
    }
    QVERIFY2(FirstStartDialog::prepareDemo(demo, &error), qPrintable(error));
    Database db;
    QVERIFY(PlanDatabase::open(db, demo));
    QCOMPARE(SettingsRepository(db.connection()).value(QStringLiteral("tried")), QStringLiteral("yes"));
}

void TestFirstStart::realDatabaseIsNeverTheDemo()
{
    const QString demo = FirstStartDialog::demoPathFor(databasePath());
    {
        Database real;
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(PlanDatabase::open(real, demo));
    }
    const QByteArray before = [&] {
        QFile f(demo);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    FirstStartDialog dialog(databasePath(), demo);
    dialog.demoButton()->click();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.message().contains(QStringLiteral("not a demo database")), qPrintable(dialog.message()));
    QFile f(demo);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestFirstStart::aboutShowsVersionLicenceAndLibraries()
{
    const QString text = AboutBox::text();
    QVERIFY2(text.contains(QStringLiteral("Fuer Monitor " FUER_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    for (const char *library : {"Qt", "SQLite", "libxlsxwriter", "libsodium", "zlib", "libxml2", "libzip"})
        QVERIFY2(text.contains(QString::fromLatin1(library)), library);
    for (const char *licence : {"LGPL-3.0", "BSD-2-Clause", "ISC"})
        QVERIFY2(text.contains(QString::fromLatin1(licence)), licence);
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
