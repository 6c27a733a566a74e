// The reporting cycle's timing (issue #15): when a value was submitted
// (indicator_values.submitted_at, by the workflow and by imports), the year's due
// date and a unit's extension (audited), and each unit's 按时 / 逾期 / 未报送.
#include "tempdatabase.h"
#include "unitreportrows.h"

#include "exchange/completenessexport.h"
#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/completenessrepository.h"
#include "storage/deadlinerepository.h"
#include "storage/valuerepository.h"
#include "storage/valueworkflowrepository.h"

#include <QSqlQuery>
#include <QtTest>

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workflowStampsSubmission();
    void importStampsSubmission();
    void dueDateDefaultSetAndAudited();
    void extensionNeedsReasonAndIsAudited();
    void timeliness_data();
    void timeliness();
    void reminderList();

private:
    QByteArray m_tz;
};

namespace {
const QString kUnit = QStringLiteral("区卫健委");

QStringList ledBy(QSqlDatabase db, const QString &unit)
{
    QStringList codes;
    for (const Indicator &ind : CatalogRepository(db).indicators()) {
        if (ind.leadUnit() == unit)
            codes << ind.code;
    }
    return codes;
}

UnitCompleteness find(const QVector<UnitCompleteness> &all, const QString &unit)
{
    for (const UnitCompleteness &u : all) {
        if (u.unit == unit)
            return u;
    }
    return UnitCompleteness();
}

ValueRecord value(const QString &code, int year, ValueState state)
{
    ValueRecord r;
    r.indicatorCode = code;
    r.year = year;
    r.value = 50;
    r.state = state;
    return r;
}

QString submittedAt(QSqlDatabase db, const QString &code, int year)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT v.submitted_at FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id"
                             " WHERE i.code = ? AND v.year = ?"));
    q.addBindValue(code);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no row)");
    return q.value(0).isNull() ? QString() : q.value(0).toString();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

StateChange change(const QString &code, int year, QVector<ValueState> from, ValueState to, const char *action,
                   const QString &reason = QString())
{
    StateChange c;
    c.code = code;
    c.year = year;
    c.from = from;
    c.to = to;
    c.action = QString::fromLatin1(action);
    c.reason = reason;
    return c;
}
} // namespace

void TestDeadlines::initTestCase()
{
    // Dates are compared as local dates: fix the zone so the test means the same everywhere.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
}

void TestDeadlines::workflowStampsSubmission()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const QString code = ledBy(db.connection(), kUnit).first();
    ValueWorkflowRepository repo(db.connection());
    QString error;
    const QDateTime t1 = utc("2025-03-01T02:00:00Z"), t2 = utc("2025-03-05T02:00:00Z"),
                    t3 = utc("2025-03-07T02:00:00Z"), t4 = utc("2025-03-09T02:00:00Z");
    {
        Clock::Override at(t1);
        QVERIFY2(repo.saveDraft(value(code, 2024, ValueState::Draft), QStringLiteral("l"), &error), qPrintable(error));
        QCOMPARE(submittedAt(db.connection(), code, 2024), QString());
        QVERIFY2(repo.changeStates({change(code, 2024, {ValueState::Draft}, ValueState::Submitted, "submit")},
                                   QStringLiteral("l"), &error),
                 qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), code, 2024), stamp(t1));
    {
        Clock::Override at(t2); // approving keeps when it was submitted
        QVERIFY2(repo.changeStates({change(code, 2024, {ValueState::Submitted}, ValueState::Approved, "approve")},
                                   QStringLiteral("r"), &error),
                 qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), code, 2024), stamp(t1));
    {
        Clock::Override at(t3);
        QVERIFY2(repo.changeStates({change(code, 2024, {ValueState::Approved}, ValueState::Returned, "reopen",
                                           QStringLiteral("check the source"))},
                                   QStringLiteral("r"), &error),
                 qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), code, 2024), stamp(t1));
    {
        Clock::Override at(t4); // submitting again is the new submission
        QVERIFY2(repo.changeStates({change(code, 2024, {ValueState::Returned}, ValueState::Submitted, "submit")},
                                   QStringLiteral("l"), &error),
                 qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), code, 2024), stamp(t4));
}

void TestDeadlines::importStampsSubmission()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QStringList codes = ledBy(db.connection(), kUnit);
    ValueRepository repo(db.connection());
    QString error;
    const QDateTime t1 = utc("2025-03-01T02:00:00Z"), t2 = utc("2025-04-01T02:00:00Z");
    {
        Clock::Override at(t1);
        QVERIFY2(
            repo.store({value(codes.at(0), 2024, ValueState::Submitted), value(codes.at(1), 2024, ValueState::Draft),
                        value(codes.at(2), 2024, ValueState::Approved)},
                       QStringLiteral("t"), QStringLiteral("import"), false, &error),
            qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), codes.at(0), 2024), stamp(t1));
    QCOMPARE(submittedAt(db.connection(), codes.at(1), 2024), QString());
    QCOMPARE(submittedAt(db.connection(), codes.at(2), 2024), stamp(t1));
    {
        Clock::Override at(t2); // approved on import: keeps the submission; a draft approved now is stamped now
        QVERIFY2(
            repo.store({value(codes.at(0), 2024, ValueState::Approved), value(codes.at(1), 2024, ValueState::Approved),
                        value(codes.at(2), 2024, ValueState::Submitted)},
                       QStringLiteral("t"), QStringLiteral("import"), false, &error),
            qPrintable(error));
    }
    QCOMPARE(submittedAt(db.connection(), codes.at(0), 2024), stamp(t1));
    QCOMPARE(submittedAt(db.connection(), codes.at(1), 2024), stamp(t2));
    QCOMPARE(submittedAt(db.connection(), codes.at(2), 2024), stamp(t2));
}

void TestDeadlines::dueDateDefaultSetAndAudited()
{
    TempDatabase db;
    QVERIFY(db.open());
    DeadlineRepository repo(db.connection());
    QCOMPARE(repo.dueDate(2024), QDate(2025, 3, 31));
    QVERIFY(!repo.isSet(2024));
    QString error;
    QVERIFY(!repo.setDueDate(2024, QDate(2023, 12, 1), QStringLiteral("admin"), &error));
    QVERIFY2(error.contains(QStringLiteral("2023-12-01")), qPrintable(error));
    QVERIFY2(repo.setDueDate(2024, QDate(2025, 3, 20), QStringLiteral("admin"), &error), qPrintable(error));
    QVERIFY2(repo.setDueDate(2024, QDate(2025, 3, 25), QStringLiteral("admin"), &error), qPrintable(error));
    QCOMPARE(repo.dueDate(2024), QDate(2025, 3, 25));
    QCOMPARE(repo.dueDate(2023), QDate(2024, 3, 31));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, year, reason, unit_id FROM audit_log WHERE action = 'set_deadline'"
                                  " ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(2).toString(), QStringLiteral("2025-03-20"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("admin"));
    QCOMPARE(q.value(1).toInt(), 2024);
    QCOMPARE(q.value(2).toString(), QStringLiteral("2025-03-20 -> 2025-03-25"));
    QVERIFY(q.value(3).isNull());
    QVERIFY(!q.next());
}

void TestDeadlines::extensionNeedsReasonAndIsAudited()
{
    TempDatabase db;
    QVERIFY(db.open());
    DeadlineRepository repo(db.connection());
    QString error;
    QVERIFY(!repo.extend(2024, kUnit, QDate(2025, 4, 15), QStringLiteral("  "), QStringLiteral("admin"), &error));
    QVERIFY2(error.contains(QStringLiteral("needs a reason")), qPrintable(error));
    QVERIFY(!repo.extend(2024, QStringLiteral("无此单位"), QDate(2025, 4, 15), QStringLiteral("x"),
                         QStringLiteral("admin"), &error));
    QVERIFY2(error.contains(QStringLiteral("无此单位")), qPrintable(error));
    QVERIFY(!repo.extend(2024, kUnit, QDate(2025, 3, 1), QStringLiteral("x"), QStringLiteral("admin"), &error));
    QVERIFY2(error.contains(QStringLiteral("earlier")), qPrintable(error));
    QVERIFY2(
        repo.extend(2024, kUnit, QDate(2025, 4, 15), QStringLiteral("统计口径调整"), QStringLiteral("admin"), &error),
        qPrintable(error));
    QHash<QString, QString> reasons;
    const QHash<QString, QDate> ext = repo.extensions(2024, &reasons);
    QCOMPARE(ext.size(), 1);
    QCOMPARE(ext.value(kUnit), QDate(2025, 4, 15));
    QCOMPARE(reasons.value(kUnit), QStringLiteral("统计口径调整"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.reason, u.name FROM audit_log a JOIN units u ON u.id = a.unit_id"
                                  " WHERE a.action = 'extend_deadline'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2025-04-15: 统计口径调整"));
    QCOMPARE(q.value(1).toString(), kUnit);
    QVERIFY(!q.next());
}

void TestDeadlines::timeliness_data()
{
    QTest::addColumn<QString>("valuesAt"); // when every lead value was submitted (ISO, local); empty: one missing
    QTest::addColumn<QString>("report");   // report state; empty: none
    QTest::addColumn<QString>("reportAt"); // its submission
    QTest::addColumn<bool>("extend");      // extension to 2025-04-15
    QTest::addColumn<QString>("today");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("days");
    using T = UnitCompleteness::Timeliness;
    // Due 2025-03-31, end of day in local time.
    QTest::newRow("on time, last minute")
        << "2025-03-20T10:00:00+08:00"
        << "submitted"
        << "2025-03-31T23:59:00+08:00" << false << "2025-05-01" << int(T::OnTime) << 0;
    QTest::newRow("on time, approved") << "2025-03-20T10:00:00+08:00"
                                       << "approved"
                                       << "2025-03-21T09:00:00+08:00" << false << "2025-05-01" << int(T::OnTime) << 0;
    QTest::newRow("late by the report") << "2025-03-20T10:00:00+08:00"
                                        << "submitted"
                                        << "2025-04-01T00:30:00+08:00" << false << "2025-05-01" << int(T::Late) << 1;
    QTest::newRow("late by the values") << "2025-04-05T10:00:00+08:00"
                                        << "approved"
                                        << "2025-03-01T09:00:00+08:00" << false << "2025-05-01" << int(T::Late) << 5;
    QTest::newRow("extended, on time") << "2025-04-05T10:00:00+08:00"
                                       << "submitted"
                                       << "2025-04-15T18:00:00+08:00" << true << "2025-05-01" << int(T::OnTime) << 0;
    QTest::newRow("extended, late") << "2025-04-05T10:00:00+08:00"
                                    << "submitted"
                                    << "2025-04-17T18:00:00+08:00" << true << "2025-05-01" << int(T::Late) << 2;
    QTest::newRow("report draft, before due") << "2025-03-20T10:00:00+08:00"
                                              << "draft"
                                              << "" << false << "2025-03-25" << int(T::Missing) << -6;
    QTest::newRow("report returned, past due")
        << "2025-03-20T10:00:00+08:00"
        << "returned"
        << "2025-03-21T10:00:00+08:00" << false << "2025-04-10" << int(T::Missing) << 10;
    QTest::newRow("no report") << "2025-03-20T10:00:00+08:00"
                               << ""
                               << "" << false << "2025-04-01" << int(T::Missing) << 1;
    QTest::newRow("a value missing") << ""
                                     << "submitted"
                                     << "2025-03-21T10:00:00+08:00" << true << "2025-04-10" << int(T::Missing) << -5;
}

void TestDeadlines::timeliness()
{
    QFETCH(QString, valuesAt);
    QFETCH(QString, report);
    QFETCH(QString, reportAt);
    QFETCH(bool, extend);
    QFETCH(QString, today);
    QFETCH(int, status);
    QFETCH(int, days);
    TempDatabase db;
    QVERIFY(db.open());
    QStringList codes = ledBy(db.connection(), kUnit);
    QString error;
    if (valuesAt.isEmpty()) {
        codes.removeLast();
        valuesAt = QStringLiteral("2025-03-20T10:00:00+08:00");
    }
    QVector<ValueRecord> records;
    for (const QString &c : codes)
        records << value(c, 2024, ValueState::Submitted);
    {
        Clock::Override at(QDateTime::fromString(valuesAt, Qt::ISODate));
        QVERIFY2(ValueRepository(db.connection())
                     .store(records, QStringLiteral("l"), QStringLiteral("import"), false, &error),
                 qPrintable(error));
    }
    if (!report.isEmpty())
        QVERIFY(
            UnitReportRows::put(db.connection(), kUnit, 2024, report, QDateTime::fromString(reportAt, Qt::ISODate)));
    if (extend)
        QVERIFY2(DeadlineRepository(db.connection())
                     .extend(2024, kUnit, QDate(2025, 4, 15), QStringLiteral("补充调查"), QStringLiteral("a"), &error),
                 qPrintable(error));

    const QVector<UnitCompleteness> all = CompletenessRepository(db.connection()).byUnit(2024);
    const UnitCompleteness u = find(all, kUnit);
    QCOMPARE(u.reportState, report);
    QCOMPARE(u.dueDate, extend ? QDate(2025, 4, 15) : QDate(2025, 3, 31));
    QCOMPARE(u.extended, extend);
    QCOMPARE(int(u.timeliness()), status);
    QCOMPARE(u.daysLate(QDate::fromString(today, Qt::ISODate)), days);
    // Every other unit has nothing: missing, with the year's due date.
    for (const UnitCompleteness &o : all) {
        if (o.unit == kUnit)
            continue;
        QCOMPARE(o.reportState, QString());
        QCOMPARE(o.dueDate, QDate(2025, 3, 31));
        QCOMPARE(o.timeliness(), UnitCompleteness::Timeliness::Missing);
    }
}

void TestDeadlines::reminderList()
{
    UnitCompleteness done;
    done.unit = QStringLiteral("甲");
    done.indicators = 2;
    done.approved = 2;
    done.reportState = QStringLiteral("approved");
    done.dueDate = QDate(2025, 3, 31);
    UnitCompleteness owing = done;
    owing.unit = QStringLiteral("乙");
    owing.indicators = 12;
    owing.approved = 9;
    owing.reportState = QString();
    UnitCompleteness returned = done;
    returned.unit = QStringLiteral("丙");
    returned.reportState = QStringLiteral("returned");
    returned.dueDate = QDate(2025, 4, 15);
    QCOMPARE(CompletenessExport::missingText(owing),
             QStringLiteral("3 of 12 indicators not submitted; report not submitted"));
    QCOMPARE(CompletenessExport::missingText(returned), QStringLiteral("report returned"));
    const QVector<QStringList> rows = CompletenessExport::reminderRows({done, owing, returned}, QDate(2025, 4, 3));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0),
             (QStringList{"乙", "3 of 12 indicators not submitted; report not submitted", "2025-03-31", "", "3"}));
    QCOMPARE(rows.at(1), (QStringList{"丙", "report returned", "2025-04-15", "12", ""}));
    const QByteArray csv = CompletenessExport::reminderCsv({done, owing, returned}, QDate(2025, 4, 3));
    QVERIFY(csv.startsWith("\xEF\xBB\xBFUnit,Missing,Due date,Days left,Days past\r\n")
            || csv.startsWith("\xEF\xBB\xBFUnit,Missing,Due date,Days left,Days past\n"));
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    QVERIFY2(CompletenessExport::reminderXlsx(path, {done, owing, returned}, 2024, QDate(2025, 4, 3), &error),
             qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
