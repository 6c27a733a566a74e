// Database: creating a file seeds the catalog and the plan's baselines; an older file
// is copied aside and migrated; a file that is foreign, newer, damaged, read-only or
// in a missing folder is refused and left byte for byte as it was. Also the storage
// repositories that sit on top: values (all-or-nothing batches, versions, audit),
// audit history, judgements, settings and rule parameters.
#include "catalog/plandatabase.h"
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "model/clock.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/judgementrepository.h"
#include "storage/migrations.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace {

const QString kBaselineSource = QStringLiteral("规划文本·发展基础");

QString appIdPragma(qint32 id)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}

// A file as version 1 of the program left it: our application_id, schema v1, the
// catalog and one reported value.
bool makeV1File(const QString &path, QString *error)
{
    RawSqlite raw(path);
    if (!raw.isOpen() || !raw.exec(appIdPragma(Database::ApplicationId))) {
        *error = raw.lastError();
        return false;
    }
    if (!Migrations::apply(raw.connection(), 0, error, 1))
        return false;
    // The catalog as version 1 held it: without the parameters later schemas added.
    Catalog v1 = CatalogLoader::builtin();
    for (Indicator &ind : v1.indicators)
        ind.params.aboutReading = RuleParams::AboutReading::Band;
    // Its baselines without the submission time version 7 added: the repository of
    // today writes that column, so they are put in as version 1 wrote them.
    const QVector<BaselineValue> baselines = v1.baselines;
    v1.baselines.clear();
    if (!CatalogRepository(raw.connection()).install(v1, error))
        return false;
    for (const BaselineValue &b : baselines) {
        const QString sql = QStringLiteral(
            "INSERT INTO indicator_values (indicator_id, area_id, year, value, source, note, state, version,"
            " updated_by, updated_at) SELECT id, 1, %1, %2, '%3', '', 'approved', 1, 'system',"
            " '2021-01-01T00:00:00Z' FROM indicators WHERE code = '%4'");
        const QString audit = QStringLiteral(
            "INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year, new_value, new_state,"
            " reason) SELECT '2021-01-01T00:00:00.000Z', 'system', 'baseline', id, 1, %1, %2, 'approved', '%3'"
            " FROM indicators WHERE code = '%4'");
        for (const QString &statement : {sql, audit}) {
            if (!raw.exec(statement.arg(b.year).arg(b.value, 0, 'g', 17).arg(b.source, b.code))) {
                *error = raw.lastError();
                return false;
            }
        }
    }
    if (!raw.exec(QStringLiteral(
            "INSERT INTO indicator_values (indicator_id, area_id, year, value, numerator, denominator, source,"
            " note, state, version, updated_by, updated_at)"
            " SELECT id, 1, 2021, 93.1, 931, 1000, '区卫健委年报', 'v1 row', 'submitted', 1, 'liaison',"
            " '2022-03-01T08:00:00.000Z' FROM indicators WHERE code = 'W04'"))
        || !raw.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('note', 'from v1')"))) {
        *error = raw.lastError();
        return false;
    }
    return true;
}

// A complete file of the current schema written without WAL, so its bytes are final.
bool makeCurrentFile(const QString &path, qint32 appId, int userVersion, QString *error)
{
    RawSqlite raw(path);
    if (!raw.isOpen() || !raw.exec(appIdPragma(appId))) {
        *error = raw.lastError();
        return false;
    }
    if (!Migrations::apply(raw.connection(), 0, error))
        return false;
    if (!CatalogRepository(raw.connection()).install(CatalogLoader::builtin(), error))
        return false;
    if (userVersion != Migrations::latestVersion()
        && !raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion))) {
        *error = raw.lastError();
        return false;
    }
    return true;
}

// Overwrites [from, end) with a fixed junk pattern; the 100-byte header stays valid.
bool garble(const QString &path, qint64 from)
{
    QByteArray bytes = TestFiles::read(path);
    if (bytes.size() <= from)
        return false;
    for (qint64 i = from; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i * 31));
    return TestFiles::write(path, bytes);
}

int pageSize(const QString &path)
{
    const QByteArray b = TestFiles::read(path);
    const int size = (quint8(b.at(16)) << 8) | quint8(b.at(17));
    return size == 1 ? 65536 : size;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseSchema();
    void newDatabaseCatalog();
    void newDatabaseBaselines_data();
    void newDatabaseBaselines();
    void reopenKeepsData();
    void createsInUnusualPaths_data();
    void createsInUnusualPaths();

    void upgradeFromV1();
    void refusedUntouched_data();
    void refusedUntouched();
    void damagedCurrentFileRefused();
    void missingFolderRefused();
    void emptyPathAndFolderRefused();
    void readOnlyFileRefused();
    void readOnlyFolderRefused();

    void anotherConnectionToTheOpenFile();
    void migrationsStepByStep();
    void failedMigrationKeepsPreviousVersion();

    void storeInsertsAndUpdates();
    void storeIsAllOrNothing_data();
    void storeIsAllOrNothing();
    void storeAddsAreasOnlyWhenAsked();
    void seriesCountsSubmittedAndApproved();
    void auditHistoryNewestFirst();
    void judgements();
    void settings();
    void ruleParams();
};

void TestDatabase::newDatabaseSchema()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVERIFY(t.database().isOpen());
    QCOMPARE(t.database().path(), t.path());
    QCOMPARE(t.database().schemaVersion(), Migrations::latestVersion());
    QVERIFY(t.database().backupPath().isEmpty());
    QVERIFY(t.errorString().isEmpty());

    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
    QCOMPARE(Database::ApplicationId, 0x46554552);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::PageSize);

    // Every table of both migrations is there.
    for (const char *table :
         {"plans", "categories", "units", "indicators", "indicator_units", "areas", "reporting_years",
          "indicator_values", "audit_log", "settings", "users", "judgements", "comments"})
        QVERIFY2(t.rowCount(QString::fromLatin1(table)) >= 0, table);
    // No backup of a file that did not exist.
    QCOMPARE(TestFiles::entriesStartingWith(t.dir(), QStringLiteral("fuer.sqlite.bak")), QStringList());
    QVERIFY(!SettingsRepository(t.connection()).isDemo());
}

void TestDatabase::newDatabaseCatalog()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    CatalogRepository catalog(t.connection());
    QVERIFY(!catalog.isEmpty());

    const QVector<Plan> plans = catalog.plans();
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(0).code, QStringLiteral("W"));
    QCOMPARE(plans.at(0).name, QStringLiteral("妇女发展规划"));
    QCOMPARE(plans.at(1).code, QStringLiteral("C"));
    QCOMPARE(plans.at(1).name, QStringLiteral("儿童发展规划"));
    for (const Plan &p : plans) {
        QCOMPARE(p.startYear, 2021);
        QCOMPARE(p.endYear, 2030);
        QCOMPARE(p.baselineYear, 2020);
    }

    const QVector<Indicator> indicators = catalog.indicators();
    QCOMPARE(indicators.size(), 89);
    int women = 0, children = 0;
    for (const Indicator &ind : indicators)
        (ind.planCode == QLatin1String("W") ? women : children)++;
    QCOMPARE(women, 48);
    QCOMPARE(children, 41);
    QCOMPARE(t.rowCount(QStringLiteral("indicators")), 89);

    QCOMPARE(catalog.categories().size(), 15);

    const QVector<ResponsibleUnit> units = catalog.units();
    QCOMPARE(units.size(), 22);
    int members = 0;
    QStringList monitoring, office;
    for (const ResponsibleUnit &u : units) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            ++members;
        else if (u.kind == ResponsibleUnit::Kind::Monitoring)
            monitoring.append(u.name);
        else
            office.append(u.name);
    }
    QCOMPARE(members, 20);
    QCOMPARE(monitoring, QStringList{QStringLiteral("区统计局")});
    QCOMPARE(office, QStringList{QStringLiteral("区妇儿工委办")});

    const QVector<Area> areas = catalog.areas();
    QCOMPARE(areas.size(), 1);
    QCOMPARE(areas.first().name, QStringLiteral("江北区"));
    QVERIFY(areas.first().isDefault);

    QVector<int> years;
    for (int y = 2020; y <= 2030; ++y)
        years.append(y);
    QCOMPARE(catalog.reportingYears(), years);
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT kind FROM reporting_years WHERE year = 2020")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("baseline"));
}

void TestDatabase::newDatabaseBaselines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");

    QTest::newRow("W03 孕产妇死亡率 0/10万") << QStringLiteral("W03") << 0.0;
    QTest::newRow("W04 孕产妇系统管理率 92.6%") << QStringLiteral("W04") << 92.6;
    QTest::newRow("W22 区人大代表中女性 30.9%") << QStringLiteral("W22") << 30.9;
    QTest::newRow("W23 区政协委员中女性 34.4%") << QStringLiteral("W23") << 34.4;
    QTest::newRow("C19 学前教育毛入园率 100%") << QStringLiteral("C19") << 100.0;
    QTest::newRow("C20 普惠性幼儿园覆盖率 80.6%") << QStringLiteral("C20") << 80.6;
}

void TestDatabase::newDatabaseBaselines()
{
    QFETCH(QString, code);
    QFETCH(double, value);

    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const std::optional<ValueRecord> v = ValueRepository(t.connection()).value(code, QString(), 2020);
    QVERIFY(v);
    QCOMPARE(v->indicatorCode, code);
    QCOMPARE(v->area, QString());
    QCOMPARE(v->year, 2020);
    QCOMPARE(v->value, value);
    QCOMPARE(v->source, kBaselineSource);
    QCOMPARE(v->state, ValueState::Approved);
    QCOMPARE(v->version, 1);
    QVERIFY(!v->numerator);
    QVERIFY(!v->denominator);
    QVERIFY(!v->note.isEmpty()); // the plan's sentence the number comes from

    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(code);
    QCOMPARE(history.size(), 1);
    const AuditEntry &e = history.first();
    QCOMPARE(e.action, QStringLiteral("baseline"));
    QCOMPARE(e.user, QStringLiteral("system"));
    QCOMPARE(e.indicatorCode, code);
    QCOMPARE(e.area, QStringLiteral("江北区"));
    QCOMPARE(e.year, 2020);
    QVERIFY(!e.oldValue);
    QVERIFY(e.newValue);
    QCOMPARE(*e.newValue, value);
    QCOMPARE(e.newState, QStringLiteral("approved"));
    QCOMPARE(e.reason, kBaselineSource);
    QVERIFY(e.at.isValid());

    // One value and one audit row per stated baseline, nothing else.
    const int baselines = CatalogLoader::builtin().baselines.size();
    QVERIFY(baselines >= 6);
    QCOMPARE(t.valueCount(), baselines);
    QCOMPARE(t.auditCount(), baselines);
    for (const ValueRecord &r : ValueRepository(t.connection()).values()) {
        QCOMPARE(r.year, 2020);
        QCOMPARE(r.source, kBaselineSource);
    }
}

void TestDatabase::reopenKeepsData()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    ValueRecord r;
    r.indicatorCode = QStringLiteral("C01");
    r.year = 2021;
    r.value = 1.2;
    r.source = QStringLiteral("区卫健委");
    QString error;
    QVERIFY2(ValueRepository(t.connection()).store({r}, QStringLiteral("u"), QStringLiteral("save"), false, &error),
             qPrintable(error));
    const int values = t.valueCount();
    const int audits = t.auditCount();
    t.close();
    QVERIFY(!t.database().isOpen());

    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QCOMPARE(t.database().schemaVersion(), Migrations::latestVersion());
    QVERIFY(t.database().backupPath().isEmpty());
    QCOMPARE(t.rowCount(QStringLiteral("indicators")), 89);
    QCOMPARE(t.rowCount(QStringLiteral("units")), 22);
    QCOMPARE(t.rowCount(QStringLiteral("areas")), 1);
    QCOMPARE(t.valueCount(), values);
    QCOMPARE(t.auditCount(), audits);
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("C01"), QString(), 2021)->value, 1.2);
    QCOMPARE(TestFiles::entriesStartingWith(t.dir(), QStringLiteral("fuer.sqlite.bak")), QStringList());
}

void TestDatabase::createsInUnusualPaths_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("Chinese folder and name") << QStringLiteral("监测数据/妇儿工委.sqlite");
    QTest::newRow("spaces and quote") << QStringLiteral("my data/it's a db.sqlite");
    QTest::newRow("no suffix") << QStringLiteral("fuer");
}

void TestDatabase::createsInUnusualPaths()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    const QString path = dir.filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    Database db;
    QVERIFY2(PlanDatabase::open(db, path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(CatalogRepository(db.connection()).indicators().size(), 89);
    db.close();
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabase::upgradeFromV1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QString error;
    QVERIFY2(makeV1File(path, &error), qPrintable(error));
    qint64 v1RowId = 0;
    {
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        v1RowId = raw.scalar(QStringLiteral("SELECT id FROM indicator_values WHERE year = 2021")).toLongLong();
        QVERIFY(v1RowId > 0);
    }
    const int baselines = CatalogLoader::builtin().baselines.size();

    // The copy taken before the upgrade is named by the clock.
    const QDateTime upgradedAt(QDate(2027, 3, 4), QTime(5, 6, 7), Qt::UTC);
    Database db;
    {
        const Clock::Override clock(upgradedAt);
        QVERIFY2(PlanDatabase::open(db, path), qPrintable(db.errorString()));
    }
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());

    // Data kept, catalog not installed a second time.
    {
        QSqlDatabase c = db.connection();
        QCOMPARE(CatalogRepository(c).indicators().size(), 89);
        // v6: the plan's readings of 左右 and the default 波动较大 thresholds.
        for (const Indicator &ind : CatalogRepository(c).indicators()) {
            const bool atLeast = QStringList{QStringLiteral("W15"), QStringLiteral("W16"), QStringLiteral("W18"),
                                             QStringLiteral("W31a")}
                                     .contains(ind.code);
            QVERIFY2(ind.params.aboutReading
                         == (atLeast ? RuleParams::AboutReading::AboutOrAbove : RuleParams::AboutReading::Band),
                     qPrintable(ind.code));
            QCOMPARE(ind.params.swingShare, 0.05);
            QCOMPARE(ind.params.jumpShare, 0.2);
            QCOMPARE(ind.params.jumpMinimum, 1.0);
        }
        ValueRepository values(c);
        QCOMPARE(values.count(), baselines + 1);
        const std::optional<ValueRecord> v = values.value(QStringLiteral("W04"), QString(), 2021);
        QVERIFY(v);
        QCOMPARE(v->value, 93.1);
        QCOMPARE(*v->numerator, 931.0);
        QCOMPARE(*v->denominator, 1000.0);
        QCOMPARE(v->source, QStringLiteral("区卫健委年报"));
        QCOMPARE(v->note, QStringLiteral("v1 row"));
        QCOMPARE(v->state, ValueState::Submitted);
        QCOMPARE(v->updatedBy, QStringLiteral("liaison"));
        QCOMPARE(v->id, v1RowId);    // v4 rebuilt the table with the same ids
        QVERIFY(!v->referenceValue); // the column v2 added is empty for old rows
        // v4's rebuild dropped v1's two indexes; v8 indexes the log again for an
        // indicator's history, newest first. The key is still unique.
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                      " AND name IN ('indicator_values_year', 'audit_log_indicator')")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_index_info('audit_log_indicator_history')"
                                      " ORDER BY seqno")));
        QStringList historyKey;
        while (q.next())
            historyKey << q.value(0).toString();
        QCOMPARE(historyKey, (QStringList{QStringLiteral("indicator_id"), QStringLiteral("id")}));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state,"
                                       " updated_at) SELECT indicator_id, area_id, year, 1, 'draft', 'x'"
                                       " FROM indicator_values WHERE id = %1")
                            .arg(v1RowId)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("UNIQUE")), qPrintable(q.lastError().text()));
        QCOMPARE(values.value(QStringLiteral("W04"), QString(), 2020)->value, 92.6);
        QCOMPARE(SettingsRepository(c).value(QStringLiteral("note")), QStringLiteral("from v1"));
        QCOMPARE(AuditRepository(c).history(QString()).size(), baselines);
        // The v2 tables are usable.
        Judgement j;
        j.met = true;
        j.reason = QStringLiteral("比例合理");
        j.user = QStringLiteral("reviewer");
        QVERIFY2(JudgementRepository(c).record(QStringLiteral("W20"), QString(), 2021, j, &error), qPrintable(error));
    }

    // The copy taken before the upgrade is a valid v1 file with the same data.
    const QStringList backups = TestFiles::entriesStartingWith(dir.path(), QStringLiteral("old.sqlite.bak-v1-"));
    QCOMPARE(backups.size(), 1);
    QCOMPARE(db.backupPath(), dir.filePath(backups.first()));
    QCOMPARE(backups.first(),
             QStringLiteral("old.sqlite.bak-v1-")
                 + upgradedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    db.close();

    RawSqlite backup(dir.filePath(backups.first()));
    QVERIFY(backup.isOpen());
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(backup.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM indicators")).toInt(), 89);
    QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM indicator_values")).toInt(), baselines + 1);
    QCOMPARE(backup.scalar(QStringLiteral("SELECT value FROM indicator_values WHERE year = 2021")).toDouble(), 93.1);
    QCOMPARE(backup.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'users'")).toInt(), 0);
    backup.close();

    // Opening the upgraded file again takes no second copy.
    Database again;
    QVERIFY2(PlanDatabase::open(again, path), qPrintable(again.errorString()));
    QVERIFY(again.backupPath().isEmpty());
    QCOMPARE(TestFiles::entriesStartingWith(dir.path(), QStringLiteral("old.sqlite.bak")).size(), 1);
}

enum class BadFile { Newer, OtherApplication, NoApplicationId, Text, Empty16, GarbageAfterHeader, DamagedV1 };
Q_DECLARE_METATYPE(BadFile)

void TestDatabase::refusedUntouched_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QStringList>("expected"); // fragments of the message, besides the path

    QTest::newRow("newer schema (latest + 1)")
        << BadFile::Newer
        << QStringList{QStringLiteral("newer"), QStringLiteral("schema %1").arg(Migrations::latestVersion() + 1),
                       QStringLiteral("not changed")};
    QTest::newRow("another application_id")
        << BadFile::OtherApplication
        << QStringList{QStringLiteral("another program"), QString::number(0x12345678), QStringLiteral("not changed")};
    QTest::newRow("SQLite file of another program without application_id")
        << BadFile::NoApplicationId << QStringList{QStringLiteral("another program"), QStringLiteral("not changed")};
    QTest::newRow("text file") << BadFile::Text
                               << QStringList{QStringLiteral("not a Fuer Monitor database"),
                                              QStringLiteral("not an SQLite file")};
    QTest::newRow("binary file shorter than the header")
        << BadFile::Empty16 << QStringList{QStringLiteral("not an SQLite file")};
    QTest::newRow("valid header, garbage pages")
        << BadFile::GarbageAfterHeader << QStringList{QStringLiteral("damaged")};
    QTest::newRow("old v1 file with garbage pages") << BadFile::DamagedV1 << QStringList{QStringLiteral("damaged")};
}

void TestDatabase::refusedUntouched()
{
    QFETCH(BadFile, kind);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    QString error;
    switch (kind) {
    case BadFile::Newer:
        QVERIFY2(makeCurrentFile(path, Database::ApplicationId, Migrations::latestVersion() + 1, &error),
                 qPrintable(error));
        break;
    case BadFile::OtherApplication:
        QVERIFY2(makeCurrentFile(path, 0x12345678, Migrations::latestVersion(), &error), qPrintable(error));
        break;
    case BadFile::NoApplicationId: {
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
        break;
    }
    case BadFile::Text:
        QVERIFY(TestFiles::write(path, "code,year,value\nW01,2021,95\n"));
        break;
    case BadFile::Empty16:
        QVERIFY(TestFiles::write(path, QByteArray("SQLite form", 11)));
        break;
    case BadFile::GarbageAfterHeader:
        QVERIFY2(makeCurrentFile(path, Database::ApplicationId, Migrations::latestVersion(), &error),
                 qPrintable(error));
        QVERIFY(garble(path, 100));
        break;
    case BadFile::DamagedV1:
        QVERIFY2(makeV1File(path, &error), qPrintable(error));
        // Keep page 1 (header and the start of the schema); everything after is junk.
        QVERIFY(garble(path, pageSize(path)));
        break;
    }
    const QByteArray before = TestFiles::read(path);
    QVERIFY(!before.isEmpty());
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    Database db;
    QVERIFY(!PlanDatabase::open(db, path));
    QVERIFY(!db.isOpen());
    const QString message = db.errorString();
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString &fragment : expected)
        QVERIFY2(message.contains(fragment), qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, message)));
    QVERIFY(db.backupPath().isEmpty());
    db.close();

    QCOMPARE(TestFiles::read(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
}

void TestDatabase::damagedCurrentFileRefused()
{
    // A file of the current schema whose first page is fine but whose data pages are
    // junk must not be taken for a good database.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("current.sqlite"));
    QString error;
    QVERIFY2(makeCurrentFile(path, Database::ApplicationId, Migrations::latestVersion(), &error), qPrintable(error));
    // The last pages hold values and the audit log, not the schema, so only an
    // integrity check can tell.
    const qint64 size = QFileInfo(path).size();
    const int page = pageSize(path);
    QVERIFY(size / page >= 8);
    QVERIFY(garble(path, (size / page - 3) * page));
    const QByteArray before = TestFiles::read(path);

    Database db;
    const bool opened = PlanDatabase::open(db, path);
    QVERIFY2(!opened, "a damaged file was opened");
    QCOMPARE(db.errorString(), QStringLiteral("%1 is damaged; it was not changed.").arg(path));
    db.close();
    QCOMPARE(TestFiles::read(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("current.sqlite")});
}

void TestDatabase::missingFolderRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    const QString path = folder + QStringLiteral("/fuer.sqlite");
    Database db;
    QVERIFY(!PlanDatabase::open(db, path));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(QStringLiteral("does not exist")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(folder), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestDatabase::emptyPathAndFolderRefused()
{
    Database db;
    QVERIFY(!PlanDatabase::open(db, QString()));
    QCOMPARE(db.errorString(), QStringLiteral("No database file was given."));

    QTemporaryDir dir;
    QVERIFY(!PlanDatabase::open(db, dir.path()));
    QVERIFY2(db.errorString().contains(QStringLiteral("is a folder")), qPrintable(db.errorString()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDatabase::readOnlyFileRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        QVERIFY2(PlanDatabase::open(db, path), qPrintable(db.errorString()));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = TestFiles::read(path);
    if (QFileInfo(path).isWritable() || geteuid() == 0) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QSKIP("running as root: a read-only file is still writable");
    }
    Database db;
    QVERIFY(!PlanDatabase::open(db, path));
    QVERIFY2(db.errorString().contains(QStringLiteral("read-only")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QCOMPARE(TestFiles::read(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabase::readOnlyFolderRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString path = folder + QStringLiteral("/new.sqlite");
    if (QFileInfo(folder).isWritable() || geteuid() == 0) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("running as root: a read-only folder is still writable");
    }
    Database db;
    QVERIFY(!PlanDatabase::open(db, path));
    QVERIFY2(db.errorString().contains(QStringLiteral("read-only")), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// A worker's connection to the file the window holds open: the same data, the same
// settings, writes seen both ways; no file, no connection.
void TestDatabase::anotherConnectionToTheOpenFile()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    Database other;
    QVERIFY2(other.openAnother(t.path()), qPrintable(other.errorString()));
    QVERIFY(other.isOpen());
    QCOMPARE(other.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(ValueRepository(other.connection()).count(), t.valueCount());
    QSqlQuery q(other.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('from', 'worker')")));
    QCOMPARE(SettingsRepository(t.connection()).value(QStringLiteral("from")), QStringLiteral("worker"));
    other.close();

    Database none;
    const QString missing = t.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!none.openAnother(missing));
    QVERIFY2(none.errorString().contains(missing), qPrintable(none.errorString()));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestDatabase::migrationsStepByStep()
{
    QTemporaryDir dir;
    RawSqlite raw(dir.filePath(QStringLiteral("steps.sqlite")));
    QString error;
    QVERIFY2(Migrations::apply(raw.connection(), 0, &error, 1), qPrintable(error));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'indicator_values'")).toInt(),
             1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'judgements'")).toInt(), 0);

    QVERIFY2(Migrations::apply(raw.connection(), 1, &error), qPrintable(error));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
    for (const char *table : {"users", "judgements", "comments"})
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                .toInt(),
            1);
    QVERIFY(raw.exec(QStringLiteral("SELECT reference_value FROM indicator_values")));

    // Nothing to do at the latest version.
    QVERIFY2(Migrations::apply(raw.connection(), Migrations::latestVersion(), &error), qPrintable(error));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
}

void TestDatabase::failedMigrationKeepsPreviousVersion()
{
    QTemporaryDir dir;
    RawSqlite raw(dir.filePath(QStringLiteral("half.sqlite")));
    QString error;
    QVERIFY2(Migrations::apply(raw.connection(), 0, &error, 1), qPrintable(error));
    // A table in the way makes step 2 fail after its first statement ran.
    QVERIFY(raw.exec(QStringLiteral("CREATE TABLE users (x INTEGER)")));
    QVERIFY(!Migrations::apply(raw.connection(), 1, &error));
    QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // The ALTER TABLE of the same step was rolled back with it.
    QVERIFY(!raw.exec(QStringLiteral("SELECT reference_value FROM indicator_values")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'judgements'")).toInt(), 0);
}

void TestDatabase::storeInsertsAndUpdates()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    ValueRepository values(t.connection());
    const int valuesBefore = t.valueCount();
    const int auditBefore = t.auditCount();

    ValueRecord r;
    r.indicatorCode = QStringLiteral("W04");
    r.year = 2021;
    r.value = 93.0;
    r.numerator = 930;
    r.denominator = 1000;
    r.source = QStringLiteral("妇幼年报");
    r.note = QStringLiteral("first");
    r.state = ValueState::Draft;
    QString error;
    QVERIFY2(values.store({r}, QStringLiteral("alice"), QStringLiteral("save"), false, &error), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore + 1);
    QCOMPARE(t.auditCount(), auditBefore + 1);
    std::optional<ValueRecord> stored = values.value(QStringLiteral("W04"), QString(), 2021);
    QVERIFY(stored);
    QCOMPARE(stored->version, 1);
    QCOMPARE(stored->state, ValueState::Draft);
    QCOMPARE(stored->updatedBy, QStringLiteral("alice"));
    QCOMPARE(*stored->numerator, 930.0);
    QVERIFY(stored->updatedAt.isValid());

    r.value = 93.5;
    r.numerator.reset();
    r.denominator.reset();
    r.referenceValue = 40.0;
    r.note = QStringLiteral("second");
    r.state = ValueState::Submitted;
    QVERIFY2(values.store({r}, QStringLiteral("bob"), QStringLiteral("submit"), false, &error), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore + 1);
    QCOMPARE(t.auditCount(), auditBefore + 2);
    stored = values.value(QStringLiteral("W04"), QString(), 2021);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->value, 93.5);
    QVERIFY(!stored->numerator);
    QVERIFY(!stored->denominator);
    QCOMPARE(*stored->referenceValue, 40.0);
    QCOMPARE(stored->state, ValueState::Submitted);
    QCOMPARE(stored->updatedBy, QStringLiteral("bob"));
    QCOMPARE(stored->note, QStringLiteral("second"));

    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QStringLiteral("W04"));
    QCOMPARE(history.size(), 3); // baseline 2020, save, submit
    QCOMPARE(history.at(0).action, QStringLiteral("submit"));
    QCOMPARE(history.at(0).user, QStringLiteral("bob"));
    QCOMPARE(*history.at(0).oldValue, 93.0);
    QCOMPARE(*history.at(0).newValue, 93.5);
    QCOMPARE(history.at(0).oldState, QStringLiteral("draft"));
    QCOMPARE(history.at(0).newState, QStringLiteral("submitted"));
    QCOMPARE(history.at(1).action, QStringLiteral("save"));
    QVERIFY(!history.at(1).oldValue);
    QCOMPARE(history.at(1).oldState, QString());
    QCOMPARE(*history.at(1).newValue, 93.0);
    QCOMPARE(history.at(2).action, QStringLiteral("baseline"));

    QCOMPARE(values.valuesOf(QStringLiteral("W04")).size(), 2);
    QCOMPARE(values.values(2021).size(), 1);
    QCOMPARE(values.values(2021).first().indicatorCode, QStringLiteral("W04"));
    QVERIFY(!values.value(QStringLiteral("W04"), QString(), 2022));
}

void TestDatabase::storeIsAllOrNothing_data()
{
    QTest::addColumn<QString>("badCode");
    QTest::addColumn<QString>("badArea");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown indicator in the middle")
        << QStringLiteral("W99") << QString() << QStringLiteral("There is no indicator W99.");
    QTest::newRow("unknown area in the middle")
        << QStringLiteral("W02") << QStringLiteral("鱼嘴镇") << QStringLiteral("The area 鱼嘴镇 is not known.");
}

void TestDatabase::storeIsAllOrNothing()
{
    QFETCH(QString, badCode);
    QFETCH(QString, badArea);
    QFETCH(QString, message);

    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const int valuesBefore = t.valueCount();
    const int auditBefore = t.auditCount();
    const int areasBefore = t.rowCount(QStringLiteral("areas"));

    QVector<ValueRecord> batch;
    for (const char *code : {"W01", "W04", "BAD", "C01"}) {
        ValueRecord r;
        r.indicatorCode = QString::fromLatin1(code);
        r.year = 2022;
        r.value = 1.0;
        if (r.indicatorCode == QLatin1String("BAD")) {
            r.indicatorCode = badCode;
            r.area = badArea;
        }
        batch.append(r);
    }
    // The baseline row is updated before the failure and must come back too.
    batch[1].year = 2020;
    QString error;
    QVERIFY(
        !ValueRepository(t.connection()).store(batch, QStringLiteral("u"), QStringLiteral("import"), false, &error));
    QCOMPARE(error, message);
    QCOMPARE(t.valueCount(), valuesBefore);
    QCOMPARE(t.auditCount(), auditBefore);
    QCOMPARE(t.rowCount(QStringLiteral("areas")), areasBefore);
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("W04"), QString(), 2020)->value, 92.6);
    QCOMPARE(ValueRepository(t.connection()).value(QStringLiteral("W04"), QString(), 2020)->version, 1);
    QVERIFY(!ValueRepository(t.connection()).value(QStringLiteral("W01"), QString(), 2022));
}

void TestDatabase::storeAddsAreasOnlyWhenAsked()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    ValueRecord r;
    r.indicatorCode = QStringLiteral("W01");
    r.area = QStringLiteral("鱼嘴镇");
    r.year = 2021;
    r.value = 60;
    QString error;
    ValueRepository values(t.connection());
    QVERIFY(!values.store({r}, QStringLiteral("u"), QStringLiteral("import"), false, &error));
    QCOMPARE(t.areaNames(), QStringList{QStringLiteral("江北区")});
    QVERIFY2(values.store({r, r}, QStringLiteral("u"), QStringLiteral("import"), true, &error), qPrintable(error));
    QCOMPARE(t.areaNames(), (QStringList{QStringLiteral("江北区"), QStringLiteral("鱼嘴镇")}));
    QCOMPARE(values.valuesOf(QStringLiteral("W01"), QStringLiteral("鱼嘴镇")).size(), 1);
    QCOMPARE(values.valuesOf(QStringLiteral("W01"), QStringLiteral("鱼嘴镇")).first().version, 2);
    QCOMPARE(values.valuesOf(QStringLiteral("W01"), QStringLiteral("鱼嘴镇")).first().area, QStringLiteral("鱼嘴镇"));
    QVERIFY(values.valuesOf(QStringLiteral("W01")).isEmpty()); // the district has none
    QCOMPARE(AuditRepository(t.connection()).history(QStringLiteral("W01")).first().area, QStringLiteral("鱼嘴镇"));
}

void TestDatabase::seriesCountsSubmittedAndApproved()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QVector<ValueRecord> batch;
    const QList<QPair<int, ValueState>> rows = {{2021, ValueState::Draft},
                                                {2022, ValueState::Submitted},
                                                {2023, ValueState::Approved},
                                                {2024, ValueState::Returned}};
    for (const auto &row : rows) {
        ValueRecord r;
        r.indicatorCode = QStringLiteral("W04");
        r.year = row.first;
        r.value = 90 + row.first - 2020;
        r.state = row.second;
        batch.append(r);
    }
    QString error;
    ValueRepository values(t.connection());
    QVERIFY2(values.store(batch, QStringLiteral("u"), QStringLiteral("save"), false, &error), qPrintable(error));

    const QMap<int, double> counted = values.seriesByIndicator().value(QStringLiteral("W04"));
    QCOMPARE(counted, (QMap<int, double>{{2020, 92.6}, {2022, 92.0}, {2023, 93.0}}));
    const QMap<int, double> all = values.seriesByIndicator(QString(), true).value(QStringLiteral("W04"));
    QCOMPARE(all, (QMap<int, double>{{2020, 92.6}, {2021, 91.0}, {2022, 92.0}, {2023, 93.0}, {2024, 94.0}}));
    QVERIFY(values.seriesByIndicator(QStringLiteral("鱼嘴镇")).isEmpty());
}

void TestDatabase::auditHistoryNewestFirst()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    AuditRepository audit(t.connection());
    QString error;
    for (int i = 0; i < 3; ++i) {
        AuditEntry e;
        e.user = QStringLiteral("u%1").arg(i);
        e.action = QStringLiteral("comment");
        e.year = 2021 + i;
        e.reason = QStringLiteral("r%1").arg(i);
        QVERIFY2(audit.append(e, 0, 0, &error), qPrintable(error));
    }
    const QVector<AuditEntry> all = audit.history(QString());
    QCOMPARE(all.size(), CatalogLoader::builtin().baselines.size() + 3);
    QCOMPARE(all.at(0).user, QStringLiteral("u2"));
    QCOMPARE(all.at(0).year, 2023);
    QCOMPARE(all.at(0).indicatorCode, QString()); // no indicator: stored as NULL
    QCOMPARE(all.at(1).user, QStringLiteral("u1"));
    QCOMPARE(all.at(2).reason, QStringLiteral("r0"));
    const QVector<AuditEntry> two = audit.history(QString(), 2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).user, QStringLiteral("u1"));
    QCOMPARE(audit.history(QStringLiteral("W04")).size(), 1);
    QVERIFY(audit.history(QStringLiteral("W01")).isEmpty());
}

void TestDatabase::judgements()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    JudgementRepository repo(t.connection());
    QString error;
    Judgement j;
    j.met = false;
    j.user = QStringLiteral("reviewer");
    QVERIFY(!repo.record(QStringLiteral("W20"), QString(), 2021, j, &error));
    QCOMPARE(error, QStringLiteral("A verdict needs a reason."));
    QVERIFY(!repo.judgement(QStringLiteral("W20"), QString(), 2021));

    j.reason = QStringLiteral("女党员比例偏低");
    QVERIFY2(repo.record(QStringLiteral("W20"), QString(), 2021, j, &error), qPrintable(error));
    j.met = true;
    j.reason = QStringLiteral("复核后合理");
    QVERIFY2(repo.record(QStringLiteral("W20"), QString(), 2021, j, &error), qPrintable(error));
    const std::optional<Judgement> got = repo.judgement(QStringLiteral("W20"), QString(), 2021);
    QVERIFY(got);
    QVERIFY(got->met);
    QCOMPARE(got->reason, QStringLiteral("复核后合理"));
    QCOMPARE(got->user, QStringLiteral("reviewer"));
    QVERIFY(got->at.isValid());
    QCOMPARE(t.rowCount(QStringLiteral("judgements")), 1);
    QCOMPARE(repo.all().value(QStringLiteral("W20")).keys(), QList<int>{2021});

    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QStringLiteral("W20"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).action, QStringLiteral("judge"));
    QCOMPARE(history.at(0).oldState, QStringLiteral("not_met"));
    QCOMPARE(history.at(0).newState, QStringLiteral("met"));
    QCOMPARE(history.at(0).reason, QStringLiteral("复核后合理"));
    QCOMPARE(history.at(1).oldState, QString());
    QCOMPARE(history.at(1).newState, QStringLiteral("not_met"));

    QVERIFY(!repo.record(QStringLiteral("W99"), QString(), 2021, j, &error));
    QVERIFY2(error.contains(QStringLiteral("W99")), qPrintable(error));
    QCOMPARE(t.rowCount(QStringLiteral("judgements")), 1);
}

void TestDatabase::settings()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    SettingsRepository s(t.connection());
    QCOMPARE(s.value(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    QString error;
    QVERIFY2(s.setValue(QStringLiteral("k"), QStringLiteral("一"), &error), qPrintable(error));
    QVERIFY2(s.setValue(QStringLiteral("k"), QStringLiteral("二"), &error), qPrintable(error));
    QCOMPARE(s.value(QStringLiteral("k")), QStringLiteral("二"));
    QCOMPARE(t.rowCount(QStringLiteral("settings")), 1);
    QVERIFY(!s.isDemo());
    QVERIFY2(s.setValue(QStringLiteral("demo"), QStringLiteral("1"), &error), qPrintable(error));
    QVERIFY(s.isDemo());
}

void TestDatabase::ruleParams()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    CatalogRepository catalog(t.connection());
    RuleParams aboutOrAbove; // the plan's reading of W15's and W16's 左右
    aboutOrAbove.aboutReading = RuleParams::AboutReading::AboutOrAbove;
    QCOMPARE(catalog.indicator(QStringLiteral("W15"))->params, aboutOrAbove);
    QCOMPARE(catalog.indicator(QStringLiteral("W17"))->params, RuleParams());
    QCOMPARE(catalog.indicator(QStringLiteral("W21"))->params.referenceCode, QStringLiteral("W20"));

    User admin;
    admin.login = QStringLiteral("admin");
    admin.role = User::Role::Admin;
    QString error;
    QVERIFY2(UserRepository(t.connection()).create(admin, QStringLiteral("hash"), &error), qPrintable(error));
    RuleParams p;
    p.tolerance = 3.5;
    p.clearDecreaseShare = 0.2;
    p.balanceLow = 104;
    p.balanceHigh = 106;
    p.referenceCode = QStringLiteral("W16");
    Indicator w15 = *catalog.indicator(QStringLiteral("W15"));
    w15.params = p;
    QVERIFY2(catalog.updateIndicator(w15, admin, &error), qPrintable(error));
    QCOMPARE(catalog.indicator(QStringLiteral("W15"))->params, p);
    QCOMPARE(catalog.indicator(QStringLiteral("W16"))->params, aboutOrAbove);

    w15.code = QStringLiteral("W99");
    QVERIFY(!catalog.updateIndicator(w15, admin, &error));
    QCOMPARE(error, QStringLiteral("There is no indicator W99."));
    QVERIFY(!catalog.indicator(QStringLiteral("W99")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
