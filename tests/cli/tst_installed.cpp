// What an installed fuer-monitor relies on: --version prints the project's version
// (the one the package carries), and the executable alone, copied away from the
// build folder, has its catalog and both translations inside it as Qt resources.

#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestInstalled : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionIsTheProjectVersion();
    void executableAloneHasCatalogAndTranslations();

private:
    Cli::Result runCopy(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_copy;
};

void TestInstalled::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A folder holding nothing but the executable, as /usr/bin holds it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
    m_copy = m_dir.filePath(QStringLiteral("bin/fuer-monitor"));
    QVERIFY(QFile::copy(QStringLiteral(FUER_MONITOR_BIN), m_copy));
    QVERIFY(QFile::setPermissions(m_copy, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
}

Cli::Result TestInstalled::runCopy(const QStringList &arguments)
{
    Cli::Result r;
    QProcess p;
    p.setProgram(m_copy);
    p.setArguments(arguments);
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("home")));
    p.setProcessEnvironment(Cli::environment(m_dir.filePath(QStringLiteral("home"))));
    p.start();
    r.started = p.waitForStarted(10000);
    if (!r.started || !p.waitForFinished(60000))
        return r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestInstalled::versionIsTheProjectVersion()
{
    const Cli::Result r = Cli::run(m_dir.path(), {QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText(), QStringLiteral("fuer-monitor " FUER_VERSION "\n"));
}

void TestInstalled::executableAloneHasCatalogAndTranslations()
{
    const Cli::Result version = runCopy({QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, version.describe().constData());
    QCOMPARE(version.outText(), QStringLiteral("fuer-monitor " FUER_VERSION "\n"));

    // The catalog: every indicator of both plans, in the plan's own words.
    const Cli::Result catalog = runCopy({QStringLiteral("catalog")});
    QVERIFY2(catalog.exitCode == 0, catalog.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(catalog.out);
    QCOMPARE(rows.size(), 1 + 89);
    QVERIFY2(catalog.outText().contains(QStringLiteral("妇女")), catalog.out.left(500).constData());

    // Chinese (the default) and English texts both come from the embedded .qm files:
    // the source strings are English, so Chinese help proves the translation loaded.
    const Cli::Result zh = runCopy({QStringLiteral("--help")});
    QVERIFY2(zh.exitCode == 0, zh.describe().constData());
    QVERIFY2(zh.outText().contains(QStringLiteral("数据库")), zh.out.left(800).constData());
    const Cli::Result en = runCopy({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(en.exitCode == 0, en.describe().constData());
    QVERIFY(en.outText().contains(QStringLiteral("list the indicators of both plans")));
    QVERIFY(!en.outText().contains(QStringLiteral("数据库")));
}

QTEST_GUILESS_MAIN(TestInstalled)
#include "tst_installed.moc"
