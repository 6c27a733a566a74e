// Import benchmark, run by hand (built, never run by ctest):
//   bench_import [rows] [csv|xlsx] [runs]   (both parts, 5 CSV runs by default;
//   FUER_BENCH_KEEP=1 keeps the generated files and says where)
//   bench_import read FILE [runs]           (XlsxReader alone, for a profiler)
// 1. A CSV of `rows` values (indicator codes x areas x years, new areas created as
//    with --add-areas) imported the way `values import` does it (read, check every
//    row, store with an audit row per value, one transaction) into a fresh
//    database, against the sqlite3 shell's own `.import` of the same file into a
//    plain table. Target: within 3x of sqlite3.
// 2. The same rows as an .xlsx, read with XlsxReader, against Python openpyxl in
//    read-only mode, for three files: our export, openpyxl's write-only mode and
//    LibreOffice Calc's save of the CSV. Target: at least 10x faster.
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
#include "exchange/ziparchive.h"
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

#include <libxml/parser.h>

#include <algorithm>
#include <cstring>
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

// openpyxl read-only over `path` in a Python process: the time inside Python
// (start-up and import excluded), `rows` gets the rows it saw.
Timing runOpenpyxl(const QString &python, const QString &path, QString *rows)
{
    const QString script = QStringLiteral("import sys, time, openpyxl\n"
                                          "t = time.perf_counter(); c = time.process_time()\n"
                                          "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                          "n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))\n"
                                          "print(n, time.perf_counter() - t, time.process_time() - c)\n");
    QByteArray output;
    if (runTimed(python, {QStringLiteral("-c"), script, path}, QByteArray(), &output) < 0)
        return {-1, -1};
    const QStringList reply = QString::fromUtf8(output).split(QLatin1Char(' '));
    *rows = reply.value(0);
    return {reply.value(1).trimmed().toDouble(), reply.value(2).trimmed().toDouble()};
}

// The CSV's rows as openpyxl's write-only mode writes them (numbers as numbers,
// the rest as inline strings, its own default).
bool writeOpenpyxl(const QString &python, const QString &csv, const QString &path)
{
    const QString script = QStringLiteral(
        "import csv, sys, openpyxl\n"
        "wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet('values')\n"
        "def cell(i, v):\n"
        "    if i in (1, 2, 3, 4) and v:\n"
        "        try: return float(v) if '.' in v else int(v)\n"
        "        except ValueError: return v\n"
        "    return v if v else None\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    for n, row in enumerate(csv.reader(f)):\n"
        "        ws.append(row if n == 0 else [cell(i, v) for i, v in enumerate(row)])\n"
        "wb.save(sys.argv[2])\n");
    QByteArray output;
    return runTimed(python, {QStringLiteral("-c"), script, csv, path}, QByteArray(), &output) >= 0
        && QFile::exists(path);
}

// The CSV opened in LibreOffice Calc (UTF-8, comma-separated) and saved as .xlsx.
bool writeCalc(const QString &dir, const QString &csv, const QString &path)
{
    QByteArray output;
    const QString profile = QStringLiteral("-env:UserInstallation=file://%1/lo-profile").arg(dir);
    const QString converted = QStringLiteral("%1/calc/%2.xlsx").arg(dir, QFileInfo(csv).completeBaseName());
    if (runTimed(QStringLiteral("soffice"),
                 {profile, QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"),
                  QStringLiteral("--convert-to"), QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
                  QStringLiteral("--outdir"), dir + QStringLiteral("/calc"), csv},
                 QByteArray(), &output)
        < 0)
        return false;
    return QFile::rename(converted, path);
}

// The floor under any reader of `path`'s first worksheet: inflating it, and
// inflating it through libxml2's SAX2 parser, the reader's own, with no handlers
// (pulled through a read callback, as XlsxReader does). Seconds each, or -1.
QPair<double, double> xlsxFloor(const QString &path)
{
    ZipArchive zip(path, ZipArchive::Limits());
    QString error;
    if (!zip.open(&error))
        return {-1, -1};
    QString part;
    for (const QString &entry : zip.entries()) {
        if (entry.startsWith(QLatin1String("xl/worksheets/")) && entry.endsWith(QLatin1String(".xml"))) {
            part = entry;
            break;
        }
    }
    const auto read = [](void *device, char *buffer, int length) {
        return int(std::max<qint64>(static_cast<QIODevice *>(device)->read(buffer, length), 0));
    };
    double seconds[2] = {-1, -1};
    {
        const std::unique_ptr<QIODevice> device = zip.openPart(part, &error);
        if (!device)
            return {-1, -1};
        QElapsedTimer t;
        t.start();
        char buffer[1 << 16];
        while (read(device.get(), buffer, int(sizeof buffer)) > 0) {
        }
        seconds[0] = t.nsecsElapsed() / 1e9;
    }
    {
        const std::unique_ptr<QIODevice> device = zip.openPart(part, &error);
        if (!device)
            return {-1, -1};
        xmlSAXHandler sax;
        std::memset(&sax, 0, sizeof sax);
        sax.initialized = XML_SAX2_MAGIC;
        sax.serror = [](void *, xmlErrorPtr) {};
        QElapsedTimer t;
        t.start();
        xmlParserCtxtPtr context = xmlCreateIOParserCtxt(&sax, nullptr, read, nullptr, device.get(),
                                                         XML_CHAR_ENCODING_NONE);
        if (!context)
            return {seconds[0], -1};
        xmlCtxtUseOptions(context, XML_PARSE_NONET);
        const bool ok = xmlParseDocument(context) == 0 && context->wellFormed;
        xmlFreeParserCtxt(context);
        seconds[1] = ok ? t.nsecsElapsed() / 1e9 : -1;
    }
    return {seconds[0], seconds[1]};
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
    if (argc > 2 && QString::fromLocal8Bit(argv[1]) == QLatin1String("read")) {
        // `read FILE [runs]`: XlsxReader alone on one file, for a profiler.
        const QString path = QString::fromLocal8Bit(argv[2]);
        const int runs = argc > 3 ? qMax(1, QString::fromLocal8Bit(argv[3]).toInt()) : 3;
        QVector<double> wall;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            XlsxReader::Sheet sheet;
            QString error;
            if (!XlsxReader::read(path, &sheet, &error)) {
                out << error << Qt::endl;
                return 1;
            }
            wall.append(t.nsecsElapsed() / 1e9);
            out << path << ": " << sheet.rowCount() << " rows, " << sheet.cells.size() << " cells in " << wall.last()
                << " s" << Qt::endl;
        }
        out << "median " << medianOf(wall) << " s" << Qt::endl;
        return 0;
    }
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
    if (qEnvironmentVariableIsSet("FUER_BENCH_KEEP")) { // to profile a reader on the same files
        dir.setAutoRemove(false);
        out << "files kept in " << dir.path() << Qt::endl;
    }
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

    // 2. XLSX reading: our own export, the same rows written by openpyxl in
    //    write-only mode and the CSV saved as .xlsx by LibreOffice, each read
    //    `xlsxRuns` times by XlsxReader alternating with openpyxl read-only.
    Database db;
    if (!PlanDatabase::open(db, dir.filePath(QStringLiteral("fuer.sqlite")))) {
        out << db.errorString() << Qt::endl;
        return 1;
    }
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                             : QStringLiteral("python3");
    QList<QPair<QString, QString>> files = {{QStringLiteral("ours (XlsxDocument)"), xlsx}};
    const bool haveOpenpyxl =
        runTimed(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")}, QByteArray(), &output) >= 0;
    const QString openpyxlFile = dir.filePath(QStringLiteral("openpyxl.xlsx"));
    if (haveOpenpyxl && writeOpenpyxl(python, csv, openpyxlFile))
        files.append({QStringLiteral("openpyxl write-only"), openpyxlFile});
    const QString calcFile = dir.filePath(QStringLiteral("values-calc.xlsx"));
    if (writeCalc(dir.path(), csv, calcFile))
        files.append({QStringLiteral("LibreOffice Calc"), calcFile});
    const int xlsxRuns = qMin(runs, 5);
    out << Qt::endl
        << "XLSX reading (" << count << " rows + header; " << xlsxRuns
        << " runs per file, XlsxReader alternating with openpyxl read-only; median wall [CPU])" << Qt::endl
        << "| file | KB | XlsxReader | openpyxl read-only | openpyxl / XlsxReader (target >= 10x) | inflate alone | "
           "inflate + libxml2, no handlers | openpyxl / that |"
        << Qt::endl
        << "|---|---|---|---|---|---|---|---|" << Qt::endl;
    bool allRead = true;
    for (const auto &file : files) {
        QVector<double> ours, oursCpu, theirs, theirsCpu, inflate, parserAlone;
        int oursRows = 0;
        QString theirRows;
        for (int run = 0; run < xlsxRuns; ++run) {
            t.restart();
            const double cpu = cpuSeconds();
            XlsxReader::Sheet sheet;
            if (!XlsxReader::read(file.second, &sheet, &error)) {
                out << file.first << ": " << error << Qt::endl;
                return 1;
            }
            ours.append(t.nsecsElapsed() / 1e9);
            oursCpu.append(cpuSeconds() - cpu);
            oursRows = sheet.rowCount();
            const Timing py = haveOpenpyxl ? runOpenpyxl(python, file.second, &theirRows) : Timing{-1, -1};
            if (haveOpenpyxl && py.wall < 0)
                return 1;
            theirs.append(py.wall);
            theirsCpu.append(py.cpu);
            const QPair<double, double> floor = xlsxFloor(file.second);
            inflate.append(floor.first);
            parserAlone.append(floor.second);
        }
        allRead = allRead && oursRows == count + 1 && (!haveOpenpyxl || theirRows.toInt() == count + 1);
        const double a = medianOf(ours), b = medianOf(theirs);
        out << QStringLiteral("| %1 | %2 | %3 s [%4 s], %5 rows | %6 s [%7 s], %8 rows | %9x wall, %10x CPU | %11 s | "
                              "%12 s | %13x |")
                   .arg(file.first)
                   .arg(QFileInfo(file.second).size() / 1024)
                   .arg(a, 0, 'f', 3)
                   .arg(medianOf(oursCpu), 0, 'f', 3)
                   .arg(oursRows)
                   .arg(b, 0, 'f', 3)
                   .arg(medianOf(theirsCpu), 0, 'f', 3)
                   .arg(theirRows)
                   .arg(b / a, 0, 'f', 1)
                   .arg(medianOf(theirsCpu) / qMax(medianOf(oursCpu), 0.001), 0, 'f', 1)
                   .arg(medianOf(inflate), 0, 'f', 3)
                   .arg(medianOf(parserAlone), 0, 'f', 3)
                   .arg(b / medianOf(parserAlone), 0, 'f', 1)
            << Qt::endl;
    }
    if (files.size() < 3)
        out << "  (python3-openpyxl or LibreOffice missing: only " << files.size() << " of the 3 files)" << Qt::endl;
    t.restart();
    const double cpu = cpuSeconds();
    const ValueFileImport::Preview xlsxPreview = ValueFileImport::previewFile(db.connection(), xlsx, options);
    line(QStringLiteral("fuer read + check every row of ours (preview)"), count, t.nsecsElapsed() / 1e9,
         cpuSeconds() - cpu);
    if (!allRead)
        out << "  the readers did not all see every row" << Qt::endl;
    return xlsxPreview.ok() && allRead ? 0 : 1;
}
