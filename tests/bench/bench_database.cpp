// Creating a new database: schema migrations, the plan catalog and its baselines.
// Run: build/tests/bench_database [--runs N]

#include "catalog/plandatabase.h"
#include "storage/database.h"
#include "storage/valuerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.contains(QStringLiteral("--runs"))
        ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
        : 20;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const QString path = dir.filePath(QStringLiteral("new-%1.sqlite").arg(i));
        QElapsedTimer t;
        t.start();
        Database db;
        if (!PlanDatabase::open(db, path)) {
            out << db.errorString() << Qt::endl;
            return 1;
        }
        ms.append(t.nsecsElapsed() / 1e6);
        if (i == 0)
            out << "values after creation (plan baselines): " << ValueRepository(db.connection()).count() << Qt::endl;
    }
    std::sort(ms.begin(), ms.end());
    out << "new database with the catalog: median " << ms.at(ms.size() / 2) << " ms, best " << ms.first()
        << " ms, worst " << ms.last() << " ms over " << runs << " runs" << Qt::endl;
    return 0;
}
