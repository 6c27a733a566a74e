// Assessments per second over a synthetic database of 1,000 areas × 89 indicators
// × 11 years (979,000 values): building the file is not timed; loading every
// value and assessing every indicator of every area is.
//
// Run: build/tests/bench_assess [--areas N] [--keep FILE] [--only load|verdicts|full|process] [--runs N]
// (--only runs one part, for profilers and instruction counts: perf stat -e instructions:u)
// `process`: the whole `fuer-monitor assess --year 2025 --by-area --out FILE.csv`
// as a user runs it (wall, CPU, peak memory of the child), against the sqlite3
// shell reading the same values (`SELECT … FROM indicator_values`), alternating,
// medians of --runs (5). Target: under 1 s and 150 MB for 1,000 areas.

#include "catalog/plandatabase.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"
#include "workflow/demodata.h"

#include "assessrows.h"
#include "processusage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <ctime>

namespace {
// CPU time of this thread: the figure that does not depend on what else the
// machine runs (the target is "on one core").
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int areas = args.contains(QStringLiteral("--areas"))
        ? args.value(args.indexOf(QStringLiteral("--areas")) + 1).toInt()
        : 1000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    // --keep FILE: build the database into FILE once and reuse it on later runs.
    const int keepAt = args.indexOf(QStringLiteral("--keep"));
    const QString path = keepAt > 0 ? args.value(keepAt + 1) : dir.filePath(QStringLiteral("bench.sqlite"));

    QElapsedTimer t;
    t.start();
    if (keepAt < 0 || !QFileInfo::exists(path)) {
        Database db;
        if (!PlanDatabase::open(db, path)) {
            out << db.errorString() << Qt::endl;
            return 1;
        }
        const QVector<Indicator> indicators = CatalogRepository(db.connection()).indicators();
        const QVector<ValueRecord> all = AssessRows::build(indicators, areas);
        QString error;
        if (!ValueRepository(db.connection())
                 .store(all, QStringLiteral("bench"), QStringLiteral("bench"), true, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "built " << all.size() << " values in " << areas << " areas in " << t.elapsed() / 1000.0 << " s"
            << Qt::endl;
    }

    t.restart();
    Database db;
    PlanDatabase::open(db, path);
    const QString only = args.contains(QStringLiteral("--only"))
        ? args.value(args.indexOf(QStringLiteral("--only")) + 1)
        : QString();
    if (only.isEmpty() || only == QLatin1String("process")) {
        const int runs = args.contains(QStringLiteral("--runs"))
            ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
            : 5;
        const QString csv = dir.filePath(QStringLiteral("assess.csv"));
        QVector<double> ourWall, ourCpu, refWall;
        long ourRss = 0, refRss = 0;
        for (int r = 0; r < runs; ++r) {
            const Usage f = runMeasured({QStringLiteral(FUER_MONITOR_BIN), QStringLiteral("--db"), path,
                                         QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2025"),
                                         QStringLiteral("--by-area"), QStringLiteral("--out"), csv});
            const Usage q = runMeasured({QStringLiteral("sqlite3"), path,
                                         QStringLiteral("SELECT area_id, indicator_id, year, value, reference_value"
                                                        " FROM indicator_values")});
            if (f.wall < 0 || q.wall < 0)
                return 1;
            ourWall.append(f.wall);
            ourCpu.append(f.cpu);
            refWall.append(q.wall);
            ourRss = std::max(ourRss, f.maxRssKb);
            refRss = std::max(refRss, q.maxRssKb);
        }
        QFile written(csv);
        int lines = 0;
        if (written.open(QIODevice::ReadOnly))
            while (!written.readLine().isEmpty())
                ++lines;
        const double ours = medianOf(ourWall), reference = medianOf(refWall);
        out << "process: fuer-monitor assess --year 2025 --by-area (" << areas << " areas, " << lines - 1
            << " rows written): " << ours << " s wall, " << medianOf(ourCpu) << " s CPU, peak " << ourRss / 1024
            << " MB; sqlite3 reading the values " << reference << " s, " << refRss / 1024 << " MB; ratio "
            << ours / reference << " (medians of " << runs << ")" << Qt::endl;
    }
    if (only.isEmpty() || only == QLatin1String("load")) {
        // The first part, for the README: reading every value (assessing is the rest).
        QElapsedTimer part;
        part.start();
        const double cpu = threadCpuSeconds();
        const auto all = ValueRepository(db.connection()).pointsByArea().byArea;
        out << "part: loading " << all.size() << " areas in " << part.elapsed() / 1000.0 << " s wall, "
            << threadCpuSeconds() - cpu << " s CPU" << Qt::endl;
    }
    // The verdicts alone (status, outlook, warning, flags, projection), then the
    // same with every reason sentence and projection formula written out.
    for (const Assessor::Detail detail : {Assessor::Detail::VerdictOnly, Assessor::Detail::Full}) {
        if (!only.isEmpty() && only != QLatin1String(detail == Assessor::Detail::Full ? "full" : "verdicts"))
            continue;
        t.restart();
        const double cpu = threadCpuSeconds();
        int counts[4] = {0, 0, 0, 0};
        const int n =
            AssessmentService(db.connection())
                .assessEveryArea(
                    2030, [&](const QString &, const IndicatorAssessment &a) { ++counts[int(a.assessment.status)]; },
                    detail);
        const double seconds = t.elapsed() / 1000.0;
        out << (detail == Assessor::Detail::Full ? "with reasons: " : "verdicts only: ") << "assessed " << n
            << " indicator-areas (loading included) in " << seconds << " s wall, " << threadCpuSeconds() - cpu
            << " s CPU: " << qRound(n / seconds) << " assessments/s" << Qt::endl;
        out << "  met " << counts[0] << ", not met " << counts[1] << ", needs judgement " << counts[2] << ", no data "
            << counts[3] << Qt::endl;
    }
    return 0;
}
