// Times what a reviewer waits for before the plenary: creating the demo database and
// writing the annual report PDF. Built, not run by ctest:
//   bench_report [--kind annual|midterm|final] [--year 2025] [--out FILE.pdf|FILE.odt]
// Prints seconds per step and the page count.
#include "catalog/plandatabase.h"
#include "report/reportrenderer.h"
#include "storage/database.h"
#include "workflow/demodata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    ReportData::Kind kind = ReportData::Kind::Annual;
    if (!ReportData::kindFromKey(option(QStringLiteral("--kind"), QStringLiteral("annual")), &kind)) {
        out << "unknown --kind" << Qt::endl;
        return 2;
    }
    const int year = option(QStringLiteral("--year"), QStringLiteral("2025")).toInt();
    QTemporaryDir dir;
    const QString path = option(QStringLiteral("--out"), dir.filePath(QStringLiteral("report.pdf")));

    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    if (!PlanDatabase::open(db, dir.filePath(QStringLiteral("demo.sqlite")))
        || !DemoData::populate(db.connection(), &error)) {
        out << "demo database failed: " << db.errorString() << error << Qt::endl;
        return 1;
    }
    const double demoSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    const ReportData data = ReportData::build(db.connection(), kind, year);
    const double dataSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const ReportRenderer renderer(data);
    const double chartSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    int pages = 0;
    const bool ok = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)
        ? renderer.saveOdt(path, &error)
        : renderer.savePdf(path, &error, {}, &pages);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    if (!ok) {
        out << "report failed: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("demo database  %1 s\n").arg(demoSeconds, 0, 'f', 2)
        << QStringLiteral("report data    %1 s\n").arg(dataSeconds, 0, 'f', 2)
        << QStringLiteral("charts         %1 s\n").arg(chartSeconds, 0, 'f', 2)
        << QStringLiteral("write %1  %2 s\n").arg(ReportData::kindKey(kind), -8).arg(writeSeconds, 0, 'f', 2)
        << QStringLiteral("report total   %1 s, %2 pages -> %3\n")
               .arg(dataSeconds + chartSeconds + writeSeconds, 0, 'f', 2)
               .arg(pages)
               .arg(path);
    return 0;
}
