#include "demofixture.h"

#include "catalog/plandatabase.h"
#include "storage/database.h"
#include "workflow/demodata.h"

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
    if (!copyTo(t->filePath(QStringLiteral("fuer.sqlite"))) || !t->open())
        qFatal("cannot open a copy of the demo database: %s", qPrintable(t->errorString()));
    return t;
}

} // namespace DemoFixture
