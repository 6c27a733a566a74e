// The fuer-monitor data commands end to end: demo, assess, values export and
// import (round trip, all or nothing), template and report. Options, messages
// and --db errors: tst_commandline.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <memory>

namespace {
const QStringList kAssessColumns = {"code",    "name",           "target",  "year",        "value",   "status",
                                    "outlook", "projected_2030", "warning", "fluctuation", "midterm", "reason"};
const QStringList kStatuses = {QStringLiteral("已达标"), QStringLiteral("未达标"), QStringLiteral("需人工判定"),
                               QStringLiteral("无数据")};
const QStringList kStatusesEn = {"Met", "Not met", "Needs judgement", "No data"};
} // namespace

class TestCommandData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void demoCreatesDatabase();
    void demoNeverReplacesRealData();
    void assessDemo();
    void assessJsonAndXlsx();
    void assessFreshDatabase();
    void assessByArea();
    void valuesRoundTrip();
    void importWithBadRowWritesNothing();
    void templateAndUnfilledImport();
    void reportPdf();

private:
    Cli::Result run(const QStringList &arguments, int timeoutMs = 60000)
    {
        return Cli::run(m_dir->path(), arguments, timeoutMs);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The values of a database as `values export` writes them (CSV rows with header).
    QVector<QStringList> exportedValues(const QString &db);

    QTemporaryDir m_shared;
    QString m_demo; // one demo database for the tests that only read it
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandData::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_demo = m_shared.filePath(QStringLiteral("demo.sqlite"));
    const Cli::Result r = Cli::run(m_shared.path(), {"demo", "--out", m_demo});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestCommandData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QVector<QStringList> TestCommandData::exportedValues(const QString &db)
{
    const Cli::Result r = run({"values", "export", "--db", db});
    if (r.exitCode != 0)
        qWarning("values export: %s", r.describe().constData());
    return r.exitCode == 0 ? Cli::csvRows(r.out) : QVector<QStringList>();
}

void TestCommandData::demoCreatesDatabase()
{
    const QString db = path("demo.sqlite");
    const Cli::Result r = run({"demo", "--out", db, "--lang", "en"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Demo database with example data written to ") + db),
             r.err.constData());
    QVERIFY(Cli::readFile(db).startsWith(QByteArray("SQLite format 3\0", 16)));
    const QVector<QStringList> values = exportedValues(db);
    QVERIFY2(values.size() > 89 * 5, qPrintable(QString::number(values.size())));
    // The export says 示例数据 in a title line above the header, not in every note.
    QVERIFY2(values.value(0).value(0).startsWith(QStringLiteral("示例数据")), qPrintable(values.value(0).join(',')));
    QCOMPARE(values.value(1).value(0), QStringLiteral("code"));

    // Deterministic: the same values every time, and an earlier demo is replaced.
    const Cli::Result again = run({"demo", "--out", db});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(exportedValues(db), values);
    QCOMPARE(exportedValues(m_demo), values);

    // An empty file is a new database: the demo goes into it.
    QVERIFY(Cli::writeFile(path("empty.sqlite"), QByteArray()));
    const Cli::Result empty = run({"demo", "--out", path("empty.sqlite")});
    QVERIFY2(empty.exitCode == 0, empty.describe().constData());
    QCOMPARE(exportedValues(path("empty.sqlite")), values);
}

void TestCommandData::demoNeverReplacesRealData()
{
    // A real database (created by another command) and a file that is no database.
    const QString real = path("real.sqlite");
    QCOMPARE(run({"catalog", "--db", real}).exitCode, 0);
    QVERIFY(Cli::writeFile(path("notes.txt"), "notes\n"));
    const QByteArray realHash = Cli::sha256(real);

    const Cli::Result r = run({"demo", "--out", real, "--lang", "en"});
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.errText().contains(real + QStringLiteral(" exists and holds real data")), r.err.constData());
    QCOMPARE(Cli::sha256(real), realHash);

    const Cli::Result text = run({"demo", "--out", path("notes.txt"), "--lang", "en"});
    QVERIFY2(text.exitCode == 1, text.describe().constData());
    QVERIFY2(text.errText().contains(path("notes.txt") + QStringLiteral(" exists and is not a demo database")),
             text.err.constData());
    QCOMPARE(Cli::readFile(path("notes.txt")), QByteArray("notes\n"));

    const Cli::Result folder = run({"demo", "--out", path("missing/demo.sqlite"), "--lang", "en"});
    QVERIFY2(folder.exitCode == 1, folder.describe().constData());
    QVERIFY2(folder.errText().contains(path("missing")), folder.err.constData());
    QVERIFY(!QFileInfo::exists(path("missing")));
}

void TestCommandData::assessDemo()
{
    const Cli::Result r = run({"assess", "--db", m_demo, "--year", "2025"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QCOMPARE(rows.value(0), kAssessColumns);
    QCOMPARE(rows.size(), 1 + 89);
    QHash<QString, int> statuses;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), kAssessColumns.size());
        QVERIFY2(kStatuses.contains(row.at(5)), qPrintable(row.join(',')));
        QVERIFY2(!row.at(11).isEmpty(), qPrintable(row.join(','))); // every status gives its reason
        if (!row.at(3).isEmpty())
            QVERIFY2(row.at(3).toInt() >= 2020 && row.at(3).toInt() <= 2025, qPrintable(row.join(',')));
        ++statuses[row.at(5)];
    }
    // The demo has values for every indicator up to 2025: most are judged.
    QVERIFY2(statuses.value(QStringLiteral("已达标")) > 0 && statuses.value(QStringLiteral("未达标")) > 0,
             qPrintable(QStringList(statuses.keys()).join(',')));
    QCOMPARE(statuses.value(QStringLiteral("无数据")), 0);

    // English labels for the same assessment.
    const Cli::Result en = run({"assess", "--db", m_demo, "--year", "2025", "--lang", "en"});
    QVERIFY2(en.exitCode == 0, en.describe().constData());
    const QVector<QStringList> enRows = Cli::csvRows(en.out);
    QCOMPARE(enRows.size(), rows.size());
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(enRows.at(i).at(5), kStatusesEn.at(kStatuses.indexOf(rows.at(i).at(5))));
}

void TestCommandData::assessJsonAndXlsx()
{
    const Cli::Result r = run({"assess", "--db", m_demo, "--year", "2025", "--format", "json"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2025);
    QCOMPARE(root.value(QStringLiteral("data")).toString(), QStringLiteral("示例数据"));
    const QJsonArray items = root.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(items.size(), 89);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        for (const QString &column : kAssessColumns)
            QVERIFY2(o.contains(column), qPrintable(column));
        QVERIFY(QStringList({"met", "not_met", "needs_judgement", "no_data"})
                    .contains(o.value(QStringLiteral("status_key")).toString()));
    }

    const Cli::Result xlsx = run(
        {"assess", "--db", m_demo, "--year", "2025", "--format", "xlsx", "--out", path("a.xlsx")});
    QVERIFY2(xlsx.exitCode == 0, xlsx.describe().constData());
    QVERIFY(xlsx.out.isEmpty());
    QVERIFY(Cli::readFile(path("a.xlsx")).startsWith("PK\x03\x04"));
}

void TestCommandData::assessFreshDatabase()
{
    const QString db = path("fresh.sqlite");
    const Cli::Result r = run({"assess", "--db", db, "--year", "2025"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QCOMPARE(rows.size(), 1 + 89);

    // A new database holds only the plan's 2020 baselines; every other indicator
    // has no data, unless its target needs a reviewer's judgement anyway.
    QSet<QString> withValues;
    for (const QStringList &v : exportedValues(db).mid(1)) {
        QCOMPARE(v.at(1), QStringLiteral("2020"));
        withValues.insert(v.at(0));
    }
    QVERIFY(withValues.size() < 89);
    int noData = 0;
    for (const QStringList &row : rows.mid(1)) {
        if (withValues.contains(row.at(0)))
            continue;
        QVERIFY2(row.at(3).isEmpty() && row.at(4).isEmpty(), qPrintable(row.join(',')));
        if (row.at(5) == QStringLiteral("需人工判定"))
            continue;
        QCOMPARE(row.at(5), QStringLiteral("无数据"));
        QCOMPARE(row.at(11), QStringLiteral("截至2025年无数据"));
        ++noData;
    }
    QVERIFY2(noData >= 89 - withValues.size() - 4, qPrintable(QString::number(noData)));

    const Cli::Result en = run({"assess", "--db", db, "--year", "2025", "--lang", "en"});
    QVERIFY2(en.exitCode == 0, en.describe().constData());
    const QVector<QStringList> enRows = Cli::csvRows(en.out);
    QCOMPARE(enRows.size(), rows.size());
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(enRows.at(i).at(5), kStatusesEn.at(kStatuses.indexOf(rows.at(i).at(5))));
}

void TestCommandData::assessByArea()
{
    // Two 镇街 imported next to the district: 镇街甲 with the district's 2025
    // values, 镇街乙 with none but one value in 2024.
    const QString db = path("areas.sqlite");
    const Cli::Result exported = run({"values", "export", "--db", m_demo, "--year", "2025"});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QByteArray csv = "code,year,value,area\n";
    for (const QStringList &row : Cli::csvRows(exported.out).mid(2)) // the demo mark, the header
        csv += QStringLiteral("%1,%2,%3,镇街甲\n").arg(row.at(0), row.at(1), row.at(2)).toUtf8();
    csv += "W01,2024,1,镇街乙\n";
    QVERIFY(Cli::writeFile(path("areas.csv"), csv));
    const Cli::Result imported = run({"values", "import", path("areas.csv"), "--db", db, "--add-areas"});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());

    const Cli::Result r = run({"assess", "--db", db, "--year", "2025", "--by-area", "--lang", "en"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QCOMPARE(rows.value(0), QStringList{QStringLiteral("area")} + kAssessColumns);
    QCOMPARE(rows.size(), 1 + 3 * 89);
    // The district first, then the areas in the order they were added.
    QStringList order;
    for (const QStringList &row : rows.mid(1)) {
        if (order.isEmpty() || order.last() != row.at(0))
            order.append(row.at(0));
    }
    QCOMPARE(order.size(), 3);
    QCOMPARE(order.mid(1), (QStringList{QStringLiteral("镇街甲"), QStringLiteral("镇街乙")}));
    int metInFirst = 0;
    for (const QStringList &row : rows.mid(1)) {
        QVERIFY2(!row.at(12).isEmpty(), qPrintable(row.join(','))); // every row has its reason
        if (row.at(0) == QStringLiteral("镇街甲") && !row.at(5).isEmpty())
            QCOMPARE(row.at(4), QStringLiteral("2025"));
        metInFirst += row.at(0) == QStringLiteral("镇街甲") && row.at(6) == QLatin1String("Met");
        if (row.at(0) == QStringLiteral("镇街乙") && row.at(1) == QLatin1String("W01")) {
            QCOMPARE(row.at(4), QStringLiteral("2024"));
            QCOMPARE(row.at(5), QStringLiteral("1.0")); // a share in %: one decimal (TargetFormat)
        } else if (row.at(0) == QStringLiteral("镇街乙")) {
            QVERIFY2(row.at(6) == QLatin1String("No data") || row.at(6) == QLatin1String("Needs judgement"),
                     qPrintable(row.join(',')));
        }
    }
    QVERIFY(metInFirst > 0);

    // Without --by-area the district alone, as before.
    const Cli::Result district = run({"assess", "--db", db, "--year", "2025"});
    QVERIFY2(district.exitCode == 0, district.describe().constData());
    QCOMPARE(Cli::csvRows(district.out).size(), 1 + 89);
    // JSON carries the area too.
    const Cli::Result json = run({"assess", "--db", db, "--year", "2025", "--by-area", "--format", "json"});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    const QJsonArray items = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("indicators")).toArray();
    QCOMPARE(items.size(), 3 * 89);
    QCOMPARE(items.last().toObject().value(QStringLiteral("area")).toString(), QStringLiteral("镇街乙"));
}

void TestCommandData::valuesRoundTrip()
{
    const Cli::Result exported = run({"values", "export", "--db", m_demo, "--out", path("values.csv")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QVector<QStringList> all = Cli::csvRows(Cli::readFile(path("values.csv")));
    // A demo database's export: its mark, then the file as from any database.
    QVERIFY(all.value(0).value(0).startsWith(QStringLiteral("示例数据")));
    const QVector<QStringList> rows = all.mid(1);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("code,year,value,numerator,denominator,source,note,area"));
    QVERIFY(rows.size() > 89 * 5);

    const QString second = path("second.sqlite");
    const Cli::Result imported = run({"values", "import", path("values.csv"), "--db", second, "--lang", "en"});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    QVERIFY2(
        imported.errText().contains(
            QStringLiteral("Imported %1 values from %2. (read as UTF-8)").arg(rows.size() - 1).arg(path("values.csv"))),
        imported.err.constData());
    QCOMPARE(exportedValues(second), rows);

    // --year limits the export to one year.
    const Cli::Result year = run({"values", "export", "--db", second, "--year", "2025"});
    QVERIFY2(year.exitCode == 0, year.describe().constData());
    const QVector<QStringList> rows2025 = Cli::csvRows(year.out);
    QVERIFY(rows2025.size() > 89 / 2);
    for (const QStringList &row : rows2025.mid(1))
        QCOMPARE(row.at(1), QStringLiteral("2025"));
}

void TestCommandData::importWithBadRowWritesNothing()
{
    const QString db = path("fuer.sqlite");
    QVERIFY(Cli::writeFile(path("good.csv"), "code,year,value\nW01,2023,88\n"));
    QCOMPARE(run({"values", "import", path("good.csv"), "--db", db}).exitCode, 0);
    const QVector<QStringList> before = exportedValues(db);
    QVERIFY(before.size() > 1);

    QVERIFY(Cli::writeFile(path("bad.csv"), "code,year,value\nW01,2024,88\nW02,2024,abc\nX99,2024,5\nW04,2024,95\n"));
    const Cli::Result en = run({"values", "import", path("bad.csv"), "--db", db, "--lang", "en"});
    QVERIFY2(en.exitCode == 1, en.describe().constData());
    const QString err = en.errText();
    QVERIFY2(err.contains(path("bad.csv") + QStringLiteral(" was not imported; nothing was written.")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad.csv: line 3: value: abc: a number")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("bad.csv: line 4: code: X99: an indicator code of the catalog")),
             qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("line 2")) && !err.contains(QStringLiteral("line 5")), qPrintable(err));
    QCOMPARE(exportedValues(db), before);

    const Cli::Result zh = run({"values", "import", path("bad.csv"), "--db", db});
    QVERIFY2(zh.exitCode == 1, zh.describe().constData());
    QVERIFY2(zh.errText().contains(QStringLiteral("bad.csv: 第3行：value：abc：应为数字")), zh.err.constData());
    QCOMPARE(exportedValues(db), before);

    const Cli::Result missing = run({"values", "import", path("nope.csv"), "--db", db, "--lang", "en"});
    QVERIFY2(missing.exitCode == 1, missing.describe().constData());
    QVERIFY2(
        missing.errText().contains(QStringLiteral("Cannot read %1: the file does not exist.").arg(path("nope.csv"))),
        missing.err.constData());
}

void TestCommandData::templateAndUnfilledImport()
{
    const QString db = path("fuer.sqlite");
    const QString xlsx = path("x.xlsx");
    const Cli::Result r = run(
        {"template", "--unit", QStringLiteral("区卫健委"), "--year", "2025", "--out", xlsx, "--db", db});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(xlsx), r.err.constData());
    QVERIFY(Cli::readFile(xlsx).startsWith("PK\x03\x04"));
    const QVector<QStringList> before = exportedValues(db);

    // Nothing filled in: refused with a reason, not a crash, and nothing written.
    const Cli::Result unfilled = run({"values", "import", xlsx, "--db", db, "--lang", "en"});
    QVERIFY2(!unfilled.crashed && unfilled.exitCode == 1, unfilled.describe().constData());
    QVERIFY2(unfilled.errText().contains(QStringLiteral("no value is filled in")), unfilled.err.constData());
    QCOMPARE(exportedValues(db), before);

    const Cli::Result unknown = run({"template", "--unit", QStringLiteral("不存在"), "--year", "2025", "--out",
                                     path("y.xlsx"), "--db", db, "--lang", "en"});
    QVERIFY2(unknown.exitCode == 1, unknown.describe().constData());
    QVERIFY2(unknown.errText().contains(QStringLiteral("不存在 is not a unit that leads an indicator")),
             unknown.err.constData());
    QVERIFY(!QFileInfo::exists(path("y.xlsx")));
}

void TestCommandData::reportPdf()
{
    // No display in the child's environment: the program draws off-screen by itself.
    const QString pdf = path("r.pdf");
    const Cli::Result r = run({"report", "--db", m_demo, "--year", "2025", "--out", pdf, "--lang", "en"}, 180000);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Report written to ") + pdf), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("[100%]")), r.err.constData());
    const QByteArray bytes = Cli::readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

QTEST_GUILESS_MAIN(TestCommandData)
#include "tst_commanddata.moc"
