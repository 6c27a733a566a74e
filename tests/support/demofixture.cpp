#include "demofixture.h"

#include "catalog/plandatabase.h"
#include "storage/database.h"
#include "workflow/demodata.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace DemoFixture {

QString templatePath()
{
    // Built on first use and removed when the program ends.
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo-template.sqlite"));
        if (!dir.isValid())
            qFatal("demo fixture: no temporary folder");
        Database db;
        if (!PlanDatabase::open(db, p))
            qFatal("demo fixture: %s", qPrintable(db.errorString()));
        QString error;
        if (!DemoData::populate(db.connection(), &error))
            qFatal("demo fixture: %s", qPrintable(error));
        if (!db.closeCheckpointed(&error))
            qFatal("demo fixture: %s", qPrintable(error));
        return p;
    }();
    return path;
}

namespace {
// On the test server: a database holding the demo data, made once per process and
// dropped when the application object goes; each open() clones it (CREATE DATABASE
// … TEMPLATE), as a file copy does on SQLite.
PgTestServer *s_serverTemplate = nullptr;

QString serverTemplate()
{
    static const QString name = [] {
        s_serverTemplate = new PgTestServer;
        qAddPostRoutine([] {
            delete s_serverTemplate;
            s_serverTemplate = nullptr;
        });
        if (!s_serverTemplate->start())
            qFatal("demo fixture: %s", qPrintable(s_serverTemplate->errorString()));
        Database db;
        if (!PlanDatabase::open(db, s_serverTemplate->uri()))
            qFatal("demo fixture: %s", qPrintable(db.errorString()));
        QString error;
        if (!DemoData::populate(db.connection(), &error))
            qFatal("demo fixture: %s", qPrintable(error));
        db.close();
        return s_serverTemplate->databaseName();
    }();
    return name;
}
} // namespace

bool copyTo(const QString &path, QString *error)
{
    if (QFile::copy(templatePath(), path))
        return true;
    if (error)
        *error = QStringLiteral("cannot copy the demo database to %1").arg(path);
    return false;
}

std::unique_ptr<TempDatabase> open()
{
    auto t = std::make_unique<TempDatabase>();
    if (TempDatabase::onServer()) {
        if (!t->open(QStringLiteral("fuer.sqlite"), serverTemplate()))
            qFatal("cannot open a copy of the demo database on the server: %s", qPrintable(t->errorString()));
        return t;
    }
    if (!copyTo(t->filePath(QStringLiteral("fuer.sqlite"))) || !t->open())
        qFatal("cannot open a copy of the demo database: %s", qPrintable(t->errorString()));
    return t;
}

} // namespace DemoFixture
