// Import benchmark, run by hand (built, never run by ctest):
//   bench_import [rows] [csv|xlsx] [runs]   (both parts, 5 CSV runs by default)
// 1. A CSV of `rows` values (indicator codes x areas x years, new areas created as
//    with --add-areas) imported the way `values import` does it (read, check every
//    row, store with an audit row per value, one transaction) into a fresh
//    database, against the sqlite3 shell's own `.import` of the same file into a
//    plain table. Target: within 3x of sqlite3.
// 2. The same rows as an .xlsx, read with XlsxReader, against Python openpyxl in
//    read-only mode. Target: faster than openpyxl.
// 3. `process`: the whole `fuer-monitor values import --add-areas` process, as a
//    user runs it, into a fresh database and again into the filled one (every
//    value updated, with its audit row), against the sqlite3 shell's `.import` of
//    the same file into a fresh and a filled plain table, alternating; wall and
//    CPU time and peak memory (getrusage of each child). Target: within 1.5x,
//    under 100 MB at any size.
#include "catalog/catalogloader.h"
#include "catalog/plandatabase.h"
#include "exchange/valuefileimport.h"
#include "exchange/xlsxdocument.h"
#include "exchange/xlsxreader.h"
#include "model/valuebounds.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/valuerepository.h"

#include "benchrows.h"
#include "processusage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

using BenchRows::makeRows;
using BenchRows::Row;
using BenchRows::writeCsv;

bool writeXlsx(const QString &path, const QVector<Row> &rows, QString *error)
{
    XlsxDocument doc(path, true);
    doc.addSheet(QStringLiteral("values"));
    const QStringList header = {QStringLiteral("code"),      QStringLiteral("year"),        QStringLiteral("value"),
                                QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("source"),
                                QStringLiteral("note"),      QStringLiteral("area")};
    for (int c = 0; c < header.size(); ++c)
        doc.writeText(0, c, header.at(c));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        doc.writeText(i + 1, 0, r.code);
        doc.writeNumber(i + 1, 1, double(r.year));
        doc.writeNumber(i + 1, 2, r.value);
        doc.writeText(i + 1, 5, QStringLiteral("统计年报"));
        doc.writeText(i + 1, 6, QStringLiteral("示例"));
        doc.writeText(i + 1, 7, r.area);
    }
    return doc.save(error);
}

// Runs a program and returns its wall time in seconds, or -1; `cpu` gets its
// user + system seconds (children are waited for, so their time is counted).
double runTimed(const QString &program, const QStringList &args, const QByteArray &input, QByteArray *output,
                double *cpu = nullptr)
{
    QProcess p;
    QElapsedTimer t;
    struct tms before;
    times(&before);
    t.start();
    p.start(program, args);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        out << "  " << program << " failed: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    *output = p.readAllStandardOutput();
    struct tms after;
    times(&after);
    if (cpu)
        *cpu = double(after.tms_cutime + after.tms_cstime - before.tms_cutime - before.tms_cstime)
            / double(sysconf(_SC_CLK_TCK));
    return t.nsecsElapsed() / 1e9;
}

// The machine may be shared: CPU seconds say more than wall seconds then.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void line(const QString &what, int rows, double seconds, double cpu = -1)
{
    out << QStringLiteral("  %1 %2 s  %3 rows/s  %4")
               .arg(what, -46)
               .arg(seconds, 7, 'f', 3)
               .arg(seconds > 0 ? qint64(rows / seconds) : 0, 9)
               .arg(cpu >= 0 ? QStringLiteral("(CPU %1 s)").arg(cpu, 0, 'f', 3) : QString())
        << Qt::endl;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};
using Timings = QVector<Timing>;

// By wall time; the CPU time of the same run goes with it.
Timing median(Timings runs)
{
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    return runs.at(runs.size() / 2);
}

Timing fastest(const Timings &runs)
{
    return *std::min_element(runs.cbegin(), runs.cend(),
                             [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
}

void summary(const QString &what, int rows, const Timings &runs)
{
    const Timing m = median(runs), f = fastest(runs);
    out << QStringLiteral("  %1 %2 s [%3 s]  %4 rows/s  (CPU %5 s [%6 s])")
               .arg(what, -40)
               .arg(m.wall, 6, 'f', 3)
               .arg(f.wall, 0, 'f', 3)
               .arg(qint64(rows / m.wall), 7)
               .arg(m.cpu, 0, 'f', 3)
               .arg(f.cpu, 0, 'f', 3)
        << Qt::endl;
}

// Part 3: the whole process against sqlite3, for each size.
int processPart(const QList<int> &sizes, int runs)
{
    const QString fuer = QStringLiteral(FUER_MONITOR_BIN);
    out << "Whole process: `fuer-monitor values import FILE --add-areas` against `sqlite3 DB '.mode csv'"
           " '.import FILE t'`, "
        << runs << " runs alternating; median wall / CPU, peak memory" << Qt::endl;
    out << "| rows | database | fuer wall | fuer CPU | fuer peak MB | sqlite3 wall | sqlite3 CPU | sqlite3 peak MB "
           "| ratio wall | ratio CPU |"
        << Qt::endl
        << "|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;
    for (const int count : sizes) {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("values.csv"));
        if (!writeCsv(csv, makeRows(count)))
            return 1;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            Database db;
            if (!PlanDatabase::open(db, empty)) {
                out << db.errorString() << Qt::endl;
                return 1;
            }
        }
        QVector<double> fw[2], fc[2], sw[2], sc[2];
        long fm[2] = {0, 0}, sm[2] = {0, 0};
        for (int run = 0; run < runs; ++run) {
            const QString db = dir.filePath(QStringLiteral("fuer-%1.sqlite").arg(run));
            const QString plain = dir.filePath(QStringLiteral("plain-%1.db").arg(run));
            QFile::remove(db);
            QFile::copy(empty, db);
            for (int filled = 0; filled < 2; ++filled) {
                const Usage f = runMeasured({fuer, QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                             QStringLiteral("en"), QStringLiteral("values"), QStringLiteral("import"),
                                             csv, QStringLiteral("--add-areas")});
                const Usage q = runMeasured({QStringLiteral("sqlite3"), plain, QStringLiteral(".mode csv"),
                                             QStringLiteral(".import '%1' t").arg(csv)});
                if (f.wall < 0 || q.wall < 0)
                    return 1;
                fw[filled].append(f.wall);
                fc[filled].append(f.cpu);
                sw[filled].append(q.wall);
                sc[filled].append(q.cpu);
                fm[filled] = std::max(fm[filled], f.maxRssKb);
                sm[filled] = std::max(sm[filled], q.maxRssKb);
            }
        }
        for (int filled = 0; filled < 2; ++filled) {
            const double a = medianOf(fw[filled]), b = medianOf(fc[filled]);
            const double c = medianOf(sw[filled]), e = medianOf(sc[filled]);
            out << QStringLiteral("| %1 | %2 | %3 s | %4 s | %5 | %6 s | %7 s | %8 | %9x | %10x |")
                       .arg(count)
                       .arg(filled ? QStringLiteral("filled") : QStringLiteral("fresh"))
                       .arg(a, 0, 'f', 2)
                       .arg(b, 0, 'f', 2)
                       .arg(fm[filled] / 1024)
                       .arg(c, 0, 'f', 2)
                       .arg(e, 0, 'f', 2)
                       .arg(sm[filled] / 1024)
                       .arg(a / c, 0, 'f', 2)
                       .arg(b / std::max(e, 0.001), 0, 'f', 2)
                << Qt::endl;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == QLatin1String("process")) {
        QList<int> sizes;
        for (int i = 2; i < argc; ++i)
            sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
        if (sizes.isEmpty())
            sizes = {100000, 1000000};
        return processPart(sizes, 3);
    }
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const QString part = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const int runs = argc > 3 ? qMax(1, QString::fromLocal8Bit(argv[3]).toInt()) : 5;
    QTemporaryDir dir;
    const QVector<Row> rows = makeRows(count);
    const QString csv = dir.filePath(QStringLiteral("values.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("values.xlsx"));
    QString error;
    const bool wantXlsx = part.isEmpty() || part == QLatin1String("xlsx");
    if (!writeCsv(csv, rows) || (wantXlsx && !writeXlsx(xlsx, rows, &error))) {
        out << "cannot write the input files: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 rows; CSV %2 KB, XLSX %3 KB")
               .arg(count)
               .arg(QFileInfo(csv).size() / 1024)
               .arg(QFileInfo(xlsx).size() / 1024)
        << Qt::endl;

    ValueFileImport::Options options;
    options.values.addAreas = true;
    QElapsedTimer t;
    QByteArray output;

    // 1. CSV import, `runs` times, alternating with sqlite3 so both see the same
    //    machine; each run into a fresh database.
    if (part.isEmpty() || part == QLatin1String("csv")) {
        Timings check, store, total, sqlite;
        for (int run = 0; run < runs; ++run) {
            Database fresh;
            if (!PlanDatabase::open(fresh, dir.filePath(QStringLiteral("fuer-%1.sqlite").arg(run)))) {
                out << fresh.errorString() << Qt::endl;
                return 1;
            }
            t.start();
            double cpu = cpuSeconds();
            const ValueFileImport::Preview preview = ValueFileImport::previewFile(fresh.connection(), csv, options);
            const Timing checked{t.nsecsElapsed() / 1e9, cpuSeconds() - cpu};
            if (!preview.ok()) {
                out << "import refused: " << preview.problems.value(0) << Qt::endl;
                return 1;
            }
            t.restart();
            cpu = cpuSeconds();
            if (!ValueRepository(fresh.connection())
                     .store(preview.records, QStringLiteral("bench"), QStringLiteral("import"), true, &error)) {
                out << "store failed: " << error << Qt::endl;
                return 1;
            }
            const Timing stored{t.nsecsElapsed() / 1e9, cpuSeconds() - cpu};
            Timing plain;
            plain.wall = runTimed(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain-%1.db").arg(run))},
                                  ".mode csv\n.import '" + csv.toUtf8() + "' t\n", &output, &plain.cpu);
            if (plain.wall < 0)
                return 1;
            check.append(checked);
            store.append(stored);
            total.append({checked.wall + stored.wall, checked.cpu + stored.cpu});
            sqlite.append(plain);
        }
        out << Qt::endl
            << "CSV import (" << count << " rows, fresh database, " << runs
            << " runs alternating with sqlite3; median [fastest])" << Qt::endl;
        summary(QStringLiteral("fuer: read + check every row"), count, check);
        summary(QStringLiteral("fuer: store (+ audit row per value)"), count, store);
        summary(QStringLiteral("fuer: total"), count, total);
        summary(QStringLiteral("sqlite3 .import into a plain table"), count, sqlite);
        const Timing totalMedian = median(total), sqliteMedian = median(sqlite);
        const Timing totalBest = fastest(total), sqliteBest = fastest(sqlite);
        out << QStringLiteral("  ratio fuer / sqlite3: median %1x wall, %2x CPU; fastest %3x wall, %4x CPU"
                              " (target <= 3x)")
                   .arg(totalMedian.wall / sqliteMedian.wall, 0, 'f', 2)
                   .arg(totalMedian.cpu / qMax(sqliteMedian.cpu, 0.001), 0, 'f', 2)
                   .arg(totalBest.wall / sqliteBest.wall, 0, 'f', 2)
                   .arg(totalBest.cpu / qMax(sqliteBest.cpu, 0.001), 0, 'f', 2)
            << Qt::endl;
        // Each run against the sqlite3 run right after it: the machine's slow and
        // fast spells (it is shared) weigh less on the pair than on the medians.
        QVector<double> pairs;
        for (int run = 0; run < runs; ++run)
            pairs.append(total.at(run).wall / sqlite.at(run).wall);
        std::sort(pairs.begin(), pairs.end());
        out << QStringLiteral("  ratio of each run to the sqlite3 run after it: median %1x (from %2x to %3x)")
                   .arg(pairs.at(pairs.size() / 2), 0, 'f', 2)
                   .arg(pairs.first(), 0, 'f', 2)
                   .arg(pairs.last(), 0, 'f', 2)
            << Qt::endl;
    }
    if (!part.isEmpty() && part != QLatin1String("xlsx"))
        return 0;

    // 2. XLSX reading.
    Database db;
    if (!PlanDatabase::open(db, dir.filePath(QStringLiteral("fuer.sqlite")))) {
        out << db.errorString() << Qt::endl;
        return 1;
    }
    t.restart();
    double cpu = cpuSeconds();
    XlsxReader::Sheet sheet;
    if (!XlsxReader::read(xlsx, &sheet, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const double readerSeconds = t.nsecsElapsed() / 1e9;
    const double readerCpu = cpuSeconds() - cpu;
    t.restart();
    cpu = cpuSeconds();
    const ValueFileImport::Preview xlsxPreview = ValueFileImport::previewFile(db.connection(), xlsx, options);
    const double xlsxCheckSeconds = t.nsecsElapsed() / 1e9;
    const double xlsxCheckCpu = cpuSeconds() - cpu;
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                             : QStringLiteral("python3");
    const QString script = QStringLiteral("import sys, time, openpyxl\n"
                                          "t = time.perf_counter(); c = time.process_time()\n"
                                          "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                          "n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))\n"
                                          "print(n, time.perf_counter() - t, time.process_time() - c)\n");
    double pythonCpu = -1;
    const double pythonWall = runTimed(python, {QStringLiteral("-c"), script, xlsx}, QByteArray(), &output, &pythonCpu);
    const QStringList reply = QString::fromUtf8(output).split(QLatin1Char(' '));
    const double pythonSeconds = reply.value(1).trimmed().toDouble();
    const double pythonInnerCpu = reply.value(2).trimmed().toDouble();
    out << Qt::endl
        << "XLSX reading (" << sheet.rowCount() << " rows read by XlsxReader, " << reply.value(0) << " by openpyxl)"
        << Qt::endl;
    line(QStringLiteral("fuer XlsxReader::read"), count, readerSeconds, readerCpu);
    line(QStringLiteral("fuer read + check every row (preview)"), count, xlsxCheckSeconds, xlsxCheckCpu);
    line(QStringLiteral("openpyxl read_only, iter_rows (in Python)"), count, pythonSeconds, pythonInnerCpu);
    line(QStringLiteral("openpyxl, whole process"), count, pythonWall, pythonCpu);
    if (readerSeconds > 0)
        out << QStringLiteral("  openpyxl / XlsxReader: %1x wall, %2x CPU (target > 1x)")
                   .arg(pythonSeconds / readerSeconds, 0, 'f', 1)
                   .arg(pythonInnerCpu / qMax(readerCpu, 0.001), 0, 'f', 1)
            << Qt::endl;
    return xlsxPreview.ok() ? 0 : 1;
}
