// `fuer-monitor completeness --year Y`: one row per lead unit with its returns'
// counts, its report's state, the due date in force and 按时 / 逾期 / 未报送, as
// CSV with fixed columns and as .xlsx.
#include "clirunner.h"
#include "unitreportrows.h"

#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/deadlinerepository.h"
#include "storage/valuerepository.h"

#include <QSqlDatabase>
#include <QtTest>

class TestCompletenessCli : public QObject
{
    Q_OBJECT

private slots:
    void csvRowsForEveryState();
    void xlsxAndBadOptions();
};

namespace {
QStringList ledBy(QSqlDatabase db, const QString &unit)
{
    QStringList codes;
    for (const Indicator &ind : CatalogRepository(db).indicators()) {
        if (ind.leadUnit() == unit)
            codes << ind.code;
    }
    return codes;
}

ValueRecord value(const QString &code, ValueState state)
{
    ValueRecord r;
    r.indicatorCode = code;
    r.year = 2024;
    r.value = 50;
    r.state = state;
    return r;
}
} // namespace

void TestCompletenessCli::csvRowsForEveryState()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    const Cli::Result first = Cli::run(dir.path(), {"completeness", "--db", db, "--year", "2024"});
    QVERIFY2(first.exitCode == 0, first.describe().constData());

    const QString onTime = QStringLiteral("区卫健委"), late = QStringLiteral("区教委"),
                  extended = QStringLiteral("区民政局");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QString error;
        ValueRepository values(c);
        auto deliver = [&](const QString &unit, const char *at, ValueState state) {
            QVector<ValueRecord> records;
            for (const QString &code : ledBy(c, unit))
                records << value(code, state);
            Clock::Override clock(QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate));
            return values.store(records, QStringLiteral("t"), QStringLiteral("import"), false, &error);
        };
        QVERIFY2(deliver(onTime, "2025-03-10T10:00:00+08:00", ValueState::Approved), qPrintable(error));
        QVERIFY(UnitReportRows::put(c, onTime, 2024, QStringLiteral("approved"),
                                    QDateTime::fromString(QStringLiteral("2025-03-12T10:00:00+08:00"), Qt::ISODate)));
        QVERIFY2(deliver(late, "2025-04-10T10:00:00+08:00", ValueState::Submitted), qPrintable(error));
        QVERIFY(UnitReportRows::put(c, late, 2024, QStringLiteral("submitted"),
                                    QDateTime::fromString(QStringLiteral("2025-04-02T10:00:00+08:00"), Qt::ISODate)));
        QVERIFY(UnitReportRows::put(c, extended, 2024, QStringLiteral("returned"),
                                    QDateTime::fromString(QStringLiteral("2025-03-02T10:00:00+08:00"), Qt::ISODate)));
        QVERIFY2(DeadlineRepository(c).extend(2024, extended, QDate(2099, 1, 1), QStringLiteral("系统改造"),
                                              QStringLiteral("admin"), &error),
                 qPrintable(error));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    const Cli::Result r = Cli::run(dir.path(), {"completeness", "--db", db, "--year", "2024"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QVector<QStringList> rows = Cli::csvRows(r.out);
    QVERIFY(rows.size() > 4);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')),
             QStringLiteral("unit,indicators,filled,submitted,approved,returned,report_state,due,status,days_late"));
    const int pastDue = int(QDate(2025, 3, 31).daysTo(QDate::currentDate()));
    int seen = 0;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 10);
        const QString n = row.at(1);
        if (row.at(0) == onTime) {
            QCOMPARE(row.mid(2), (QStringList{n, "0", n, "0", "approved", "2025-03-31", "on_time", ""}));
            ++seen;
        } else if (row.at(0) == late) {
            QCOMPARE(row.mid(2), (QStringList{n, n, "0", "0", "submitted", "2025-03-31", "late", "10"}));
            ++seen;
        } else if (row.at(0) == extended) {
            // Not delivered, but its extension runs to 2099: no days late yet.
            QCOMPARE(row.mid(2), (QStringList{"0", "0", "0", "0", "returned", "2099-01-01", "missing", ""}));
            ++seen;
        } else {
            QCOMPARE(row.mid(2),
                     (QStringList{"0", "0", "0", "0", "none", "2025-03-31", "missing", QString::number(pastDue)}));
        }
    }
    QCOMPARE(seen, 3);
}

void TestCompletenessCli::xlsxAndBadOptions()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    const QString out = dir.filePath(QStringLiteral("c.xlsx"));
    const Cli::Result x = Cli::run(
        dir.path(), {"completeness", "--db", db, "--year", "2024", "--format", "xlsx", "--out", out, "--lang", "en"});
    QVERIFY2(x.exitCode == 0, x.describe().constData());
    QVERIFY(Cli::readFile(out).startsWith("PK"));
    const Cli::Result noOut = Cli::run(
        dir.path(), {"completeness", "--db", db, "--year", "2024", "--format", "xlsx", "--lang", "en"});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.errText().contains(QStringLiteral("--out FILE.xlsx is required")), noOut.describe().constData());
    const Cli::Result badFormat = Cli::run(
        dir.path(), {"completeness", "--db", db, "--year", "2024", "--format", "json", "--lang", "en"});
    QCOMPARE(badFormat.exitCode, 2);
    QVERIFY2(badFormat.errText().contains(QStringLiteral("expected csv or xlsx")), badFormat.describe().constData());
    const Cli::Result noYear = Cli::run(dir.path(), {"completeness", "--db", db, "--lang", "en"});
    QCOMPARE(noYear.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCompletenessCli)
#include "tst_completenesscli.moc"
