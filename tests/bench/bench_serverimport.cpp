// Import into a PostgreSQL server, run by hand (built, never run by ctest):
//   FUER_TEST_PG=postgresql://… bench_serverimport [rows] [runs]   (100000 rows, 3 runs)
// FUER_TEST_PG names a role that may create databases (scripts/pg-cluster.sh).
// The whole `fuer-monitor --db postgresql://… values import FILE --add-areas`
// process, as a user runs it, on bench_import's rows (benchrows.h), into a fresh server database (the schema already
// made, as a file's is in bench_import) and again into the filled one (every value
// updated, with its audit row), against `psql -c "\copy plain FROM FILE CSV HEADER"`
// of the same file into a fresh and a filled plain table, alternating in one run.
// Wall and CPU time of the client (the server's own work is in the wall time) and
// its peak memory. Issue #16's target: within 1.5x of psql's \copy.
#include "storage/pgconnection.h"

#include "benchrows.h"
#include "benchserver.h"
#include "processusage.h"

#include <QCoreApplication>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    PgConnectionSpec admin;
    QString error;
    if (qEnvironmentVariableIsEmpty("FUER_TEST_PG")
        || !PgConnectionSpec::parse(qEnvironmentVariable("FUER_TEST_PG"), &admin, &error)) {
        out << "FUER_TEST_PG must name a role that may create databases " << error << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    if (!BenchRows::writeCsv(csv, BenchRows::makeRows(count)))
        return 1;
    const QString fuer = QStringLiteral(FUER_MONITOR_BIN);
    out << "| rows | database | ours wall | ours CPU | ours MB | psql \\copy wall | psql CPU | psql MB | wall ratio |"
        << Qt::endl
        << "|---|---|---|---|---|---|---|---|---|" << Qt::endl;
    QVector<double> fw[2], fc[2], pw[2], pc[2];
    long fm[2] = {0, 0}, pm[2] = {0, 0};
    for (int run = 0; run < runs; ++run) {
        const QString name = QStringLiteral("fuer_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(run);
        if (!adminExec(admin, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)))
            return 1;
        PgConnectionSpec spec = admin;
        spec.dbname = name;
        const QString uri = spec.toUri();
        // The schema first, untimed: `catalog` creates it on the first connection.
        if (runMeasured({fuer, QStringLiteral("--db"), uri, QStringLiteral("catalog")}).wall < 0
            || runMeasured({QStringLiteral("psql"), QStringLiteral("-q"), uri, QStringLiteral("-c"),
                            QStringLiteral("CREATE TABLE plain (code TEXT, year INTEGER, value DOUBLE PRECISION,"
                                           " numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, source TEXT,"
                                           " note TEXT, area TEXT)")})
                    .wall
                < 0)
            return 1;
        for (int filled = 0; filled < 2; ++filled) {
            const Usage f = runMeasured({fuer, QStringLiteral("--db"), uri, QStringLiteral("--lang"),
                                         QStringLiteral("en"), QStringLiteral("values"), QStringLiteral("import"), csv,
                                         QStringLiteral("--add-areas")});
            const Usage p = runMeasured({QStringLiteral("psql"), QStringLiteral("-q"), uri, QStringLiteral("-c"),
                                         QStringLiteral("\\copy plain FROM '%1' CSV HEADER").arg(csv)});
            if (f.wall < 0 || p.wall < 0)
                return 1;
            fw[filled].append(f.wall);
            fc[filled].append(f.cpu);
            pw[filled].append(p.wall);
            pc[filled].append(p.cpu);
            fm[filled] = std::max(fm[filled], f.maxRssKb);
            pm[filled] = std::max(pm[filled], p.maxRssKb);
        }
        adminExec(admin, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }
    for (int filled = 0; filled < 2; ++filled) {
        const double a = medianOf(fw[filled]), c = medianOf(pw[filled]);
        out << QStringLiteral("| %1 | %2 | %3 s | %4 s | %5 | %6 s | %7 s | %8 | %9x |")
                   .arg(count)
                   .arg(filled ? QStringLiteral("filled") : QStringLiteral("fresh"))
                   .arg(a, 0, 'f', 2)
                   .arg(medianOf(fc[filled]), 0, 'f', 2)
                   .arg(fm[filled] / 1024)
                   .arg(c, 0, 'f', 2)
                   .arg(medianOf(pc[filled]), 0, 'f', 2)
                   .arg(pm[filled] / 1024)
                   .arg(a / c, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
