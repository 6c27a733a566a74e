// Assessing every area read from a PostgreSQL server against the same from a
// SQLite file, run by hand (built, never run by ctest):
//   FUER_TEST_PG=postgresql://… bench_serverassess [--areas N] [--runs N]   (1,000 areas, 3 runs)
// FUER_TEST_PG names a role that may create databases (scripts/pg-cluster.sh).
// The same synthetic values (assessrows.h: N areas × 89 indicators × 11 years) go
// into a file and into a fresh server database (not timed); then, alternating, the
// whole `fuer-monitor --db … assess --year 2025 --by-area --out FILE.csv` process
// on each (wall, CPU and peak memory of the client), and the load of every value in
// this process (ValueRepository::pointsByArea). The two CSV files must be the same
// byte for byte. Issue #16: the server beside SQLite.
#include "catalog/plandatabase.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/pgconnection.h"
#include "storage/valuerepository.h"

#include "assessrows.h"
#include "benchserver.h"
#include "processusage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream out(stdout);

bool adminExec(const PgConnectionSpec &admin, const QString &sql)
{
    return BenchServer::adminExec(admin, sql, out);
}

bool build(const QString &path, int areas, QString *said)
{
    QElapsedTimer t;
    t.start();
    Database db;
    if (!PlanDatabase::open(db, path)) {
        *said = db.errorString();
        return false;
    }
    const QVector<ValueRecord> all = AssessRows::build(CatalogRepository(db.connection()).indicators(), areas);
    QString error;
    if (!ValueRepository(db.connection()).store(all, QStringLiteral("bench"), QStringLiteral("bench"), true, &error)) {
        *said = error;
        return false;
    }
    *said = QStringLiteral("%1 values in %2 s").arg(all.size()).arg(t.elapsed() / 1000.0);
    return true;
}

double loadSeconds(const QString &path, int *areasRead)
{
    Database db;
    if (!PlanDatabase::open(db, path))
        return -1;
    QElapsedTimer t;
    t.start();
    *areasRead = ValueRepository(db.connection()).pointsByArea().byArea.size();
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char *name, int fallback) {
        const int at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int areas = option("--areas", 1000);
    const int runs = option("--runs", 3);
    PgConnectionSpec admin;
    QString error;
    if (qEnvironmentVariableIsEmpty("FUER_TEST_PG")
        || !PgConnectionSpec::parse(qEnvironmentVariable("FUER_TEST_PG"), &admin, &error)) {
        out << "FUER_TEST_PG must name a role that may create databases " << error << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sqlite"));
    const QString name = QStringLiteral("fuer_bench_assess_%1").arg(QCoreApplication::applicationPid());
    if (!adminExec(admin, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)))
        return 1;
    PgConnectionSpec spec = admin;
    spec.dbname = name;
    const QString uri = spec.toUri();
    int code = 0;
    QString said;
    if (!build(file, areas, &said)) {
        out << file << ": " << said << Qt::endl;
        code = 1;
    } else {
        out << "file built: " << said << Qt::endl;
        if (!build(uri, areas, &said)) {
            out << "server: " << said << Qt::endl;
            code = 1;
        } else {
            out << "server built: " << said << Qt::endl;
        }
    }
    if (code == 0) {
        const QString fuer = QStringLiteral(FUER_MONITOR_BIN);
        const QString fileCsv = dir.filePath(QStringLiteral("file.csv"));
        const QString serverCsv = dir.filePath(QStringLiteral("server.csv"));
        QVector<double> fileWall, serverWall, fileCpu, serverCpu, fileLoad, serverLoad;
        long fileRss = 0, serverRss = 0;
        int fileAreas = 0, serverAreas = 0;
        for (int r = 0; r < runs && code == 0; ++r) {
            const auto assess = [&](const QString &db, const QString &csv) {
                return runMeasured({fuer, QStringLiteral("--db"), db, QStringLiteral("assess"),
                                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--by-area"),
                                    QStringLiteral("--out"), csv});
            };
            const Usage f = assess(file, fileCsv);
            const Usage s = assess(uri, serverCsv);
            if (f.wall < 0 || s.wall < 0) {
                code = 1;
                break;
            }
            fileWall << f.wall;
            fileCpu << f.cpu;
            serverWall << s.wall;
            serverCpu << s.cpu;
            fileRss = std::max(fileRss, f.maxRssKb);
            serverRss = std::max(serverRss, s.maxRssKb);
            fileLoad << loadSeconds(file, &fileAreas);
            serverLoad << loadSeconds(uri, &serverAreas);
        }
        QFile a(fileCsv), b(serverCsv);
        const bool same = a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
        if (code == 0) {
            out << "assess --year 2025 --by-area, " << areas << " areas (medians of " << runs << "):" << Qt::endl
                << "  SQLite file: " << medianOf(fileWall) << " s wall, " << medianOf(fileCpu) << " s CPU, peak "
                << fileRss / 1024 << " MB; loading " << fileAreas << " areas in process " << medianOf(fileLoad) << " s"
                << Qt::endl
                << "  server:      " << medianOf(serverWall) << " s wall, " << medianOf(serverCpu) << " s CPU, peak "
                << serverRss / 1024 << " MB; loading " << serverAreas << " areas in process " << medianOf(serverLoad)
                << " s" << Qt::endl
                << "  ratio server/file: " << medianOf(serverWall) / medianOf(fileWall) << " (process), "
                << medianOf(serverLoad) / medianOf(fileLoad) << " (load)" << Qt::endl
                << "  the two CSV files are " << (same ? "the same byte for byte" : "DIFFERENT") << Qt::endl;
            if (!same)
                code = 1;
        }
    }
    adminExec(admin, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    return code;
}
