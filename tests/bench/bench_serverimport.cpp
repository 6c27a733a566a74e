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
//
// Beside them, the same work as ours done by psql alone in one transaction (the
// floor of this schema): \copy into a staging table, the new areas, the audit
// rows and the upsert into indicator_values with its keys, in set-based
// statements, none of our checks. Each of the three runs twice: on a database as
// `catalog` leaves it, and on one after `server init` (the server's rules: the
// guard trigger, the audit written by the server's trigger, row-level security),
// the import run by the owner as the administrator.
#include "storage/pgconnection.h"

#include "benchrows.h"
#include "benchserver.h"
#include "processusage.h"

#include <QCoreApplication>
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
    const QString plain = QStringLiteral("CREATE TABLE plain (code TEXT, year INTEGER, value DOUBLE PRECISION,"
                                         " numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, source TEXT,"
                                         " note TEXT, area TEXT)");
    // Our import's statements, by psql alone. With the server's rules, its trigger
    // writes the audit rows.
    auto floorScript = [&csv](bool rules) {
        QString sql = QStringLiteral(
                          "BEGIN;\n"
                          "CREATE TEMP TABLE stage (code TEXT, year INTEGER, value DOUBLE PRECISION,"
                          " numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, source TEXT, note TEXT,"
                          " area TEXT);\n"
                          "\\copy stage FROM '%1' CSV HEADER\n"
                          "INSERT INTO areas (name, parent_id) SELECT DISTINCT s.area,"
                          " (SELECT id FROM areas WHERE is_default = 1) FROM stage s"
                          " WHERE NOT EXISTS (SELECT 1 FROM areas a WHERE a.name = s.area);\n"
                          "CREATE TEMP TABLE keyed AS SELECT i.id AS indicator_id, a.id AS area_id, s.* FROM stage s"
                          " JOIN indicators i ON i.code = s.code JOIN areas a ON a.name = s.area;\n")
                          .arg(csv);
        if (!rules)
            sql += QStringLiteral(
                "INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year, old_value, new_value,"
                " old_state, new_state, reason) SELECT 'now', 'psql', 'import', k.indicator_id, k.area_id, k.year,"
                " v.value, k.value, v.state, 'submitted', coalesce(k.note, '') FROM keyed k LEFT JOIN"
                " indicator_values v ON v.indicator_id = k.indicator_id AND v.area_id = k.area_id"
                " AND v.year = k.year;\n");
        sql += QStringLiteral(
            "INSERT INTO indicator_values (indicator_id, area_id, year, value, numerator, denominator, source, note,"
            " state, version, updated_by, updated_at, submitted_at) SELECT indicator_id, area_id, year, value,"
            " numerator, denominator, coalesce(source, ''), coalesce(note, ''), 'submitted', 1, 'psql', 'now',"
            " 'now' FROM keyed ON CONFLICT (indicator_id, area_id, year) DO UPDATE SET value = excluded.value,"
            " numerator = excluded.numerator, denominator = excluded.denominator, source = excluded.source,"
            " note = excluded.note, state = excluded.state, version = indicator_values.version + 1,"
            " updated_by = excluded.updated_by, updated_at = excluded.updated_at;\n"
            "COMMIT;\n");
        return sql;
    };
    // runMeasured reads stdin from a file: the administrator's password, and the
    // floor's two scripts.
    const QString password = dir.filePath(QStringLiteral("password"));
    QStringList scripts;
    {
        QFile f(password);
        if (!f.open(QIODevice::WriteOnly) || f.write("bench-admin-password\n") < 0)
            return 1;
        for (int rules = 0; rules < 2; ++rules) {
            scripts << dir.filePath(QStringLiteral("floor%1.sql").arg(rules));
            QFile script(scripts.last());
            if (!script.open(QIODevice::WriteOnly) || script.write(floorScript(rules).toUtf8()) < 0)
                return 1;
        }
    }
    out << "| rows | database | ours wall | ours CPU | ours MB | same SQL by psql | psql \\copy wall | psql MB"
           " | ours / same SQL | ours / \\copy |"
        << Qt::endl
        << "|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;
    // [rules][filled]
    QVector<double> fw[2][2], fc[2][2], sw[2][2], pw[2][2];
    long fm[2][2] = {{0, 0}, {0, 0}}, pm[2][2] = {{0, 0}, {0, 0}};
    for (int run = 0; run < runs; ++run) {
        for (int rules = 0; rules < 2; ++rules) {
            const QString stem =
                QStringLiteral("fuer_bench_%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(run).arg(rules);
            QStringList uris;
            for (const QString &which : {QStringLiteral("ours"), QStringLiteral("sql")}) {
                const QString name = stem + QLatin1Char('_') + which;
                if (!adminExec(admin,
                               QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)))
                    return 1;
                PgConnectionSpec spec = admin;
                spec.dbname = name;
                uris << spec.toUri();
                // The schema first, untimed: `catalog` creates it on the first connection.
                if (runMeasured({fuer, QStringLiteral("--db"), uris.last(), QStringLiteral("catalog")}).wall < 0)
                    return 1;
                if (rules
                    && runMeasured({fuer, QStringLiteral("--db"), uris.last(), QStringLiteral("--lang"),
                                    QStringLiteral("en"), QStringLiteral("server"), QStringLiteral("init"),
                                    name + QStringLiteral("_admin"), QStringLiteral("--password-stdin")},
                                   password)
                            .wall
                        < 0)
                    return 1;
            }
            if (runMeasured({QStringLiteral("psql"), QStringLiteral("-q"), uris.at(0), QStringLiteral("-c"), plain})
                    .wall
                < 0)
                return 1;
            for (int filled = 0; filled < 2; ++filled) {
                const Usage f = runMeasured({fuer, QStringLiteral("--db"), uris.at(0), QStringLiteral("--lang"),
                                             QStringLiteral("en"), QStringLiteral("values"), QStringLiteral("import"),
                                             csv, QStringLiteral("--add-areas")});
                const Usage q = runMeasured({QStringLiteral("psql"), QStringLiteral("-q"), QStringLiteral("-v"),
                                             QStringLiteral("ON_ERROR_STOP=1"), uris.at(1), QStringLiteral("-f"),
                                             scripts.at(rules)});
                const Usage p = runMeasured({QStringLiteral("psql"), QStringLiteral("-q"), uris.at(0),
                                             QStringLiteral("-c"),
                                             QStringLiteral("\\copy plain FROM '%1' CSV HEADER").arg(csv)});
                if (f.wall < 0 || q.wall < 0 || p.wall < 0)
                    return 1;
                fw[rules][filled].append(f.wall);
                fc[rules][filled].append(f.cpu);
                sw[rules][filled].append(q.wall);
                pw[rules][filled].append(p.wall);
                fm[rules][filled] = std::max(fm[rules][filled], f.maxRssKb);
                pm[rules][filled] = std::max(pm[rules][filled], p.maxRssKb);
            }
            // Without FORCE first: DROP DATABASE stops an autovacuum worker of the
            // database itself, where FORCE would refuse to signal that superuser's
            // process.
            for (const QString &which : {QStringLiteral("ours"), QStringLiteral("sql")}) {
                if (!adminExec(admin, QStringLiteral("DROP DATABASE %1_%2").arg(stem, which)))
                    adminExec(admin, QStringLiteral("DROP DATABASE %1_%2 WITH (FORCE)").arg(stem, which));
            }
            if (rules) {
                for (const QString &which : {QStringLiteral("ours"), QStringLiteral("sql")})
                    adminExec(admin, QStringLiteral("DROP ROLE IF EXISTS %1_%2_admin").arg(stem, which));
            }
        }
    }
    for (int rules = 0; rules < 2; ++rules) {
        for (int filled = 0; filled < 2; ++filled) {
            const double a = medianOf(fw[rules][filled]), s = medianOf(sw[rules][filled]),
                         c = medianOf(pw[rules][filled]);
            out << QStringLiteral("| %1 | %2%3 | %4 s | %5 s | %6 | %7 s | %8 s | %9 | %10x | %11x |")
                       .arg(count)
                       .arg(filled ? QStringLiteral("filled") : QStringLiteral("fresh"))
                       .arg(rules ? QStringLiteral(", server init's rules") : QString())
                       .arg(a, 0, 'f', 2)
                       .arg(medianOf(fc[rules][filled]), 0, 'f', 2)
                       .arg(fm[rules][filled] / 1024)
                       .arg(s, 0, 'f', 2)
                       .arg(c, 0, 'f', 2)
                       .arg(pm[rules][filled] / 1024)
                       .arg(a / s, 0, 'f', 2)
                       .arg(a / c, 0, 'f', 2)
                << Qt::endl;
        }
    }
    return 0;
}
