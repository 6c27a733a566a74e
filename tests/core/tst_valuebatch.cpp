// ValueBatch: the set-based write behind ValueRepository::store. Large batches
// (more rows than one staging INSERT holds) store every value with one audit row
// each, in the order given; a store over stored values keeps the old value and
// state in the audit row and raises the version; a value given twice in one batch
// is updated the second time; a failure half-way writes nothing.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "storage/auditrepository.h"
#include "storage/valuebatch.h"
#include "storage/valuerepository.h"

#include <QtTest>

#include <QSqlQuery>

class TestValueBatch : public QObject
{
    Q_OBJECT

private slots:
    void largeBatchStoresEveryValueWithItsAuditRow();
    void storeOverStoredValuesKeepsOldValueAndRaisesVersion();
    void repeatedValueIsUpdatedTheSecondTime();
    void failureInTheWriteLeavesNothing();
    void emptyBatchWritesNothing();
};

namespace {

// `count` values of the catalog's indicators for 2021 to 2030 in area `area`
// (the district when empty), with the value `base` + the row's number.
QVector<ValueRecord> batchOf(int count, double base, const QString &area = QString())
{
    QVector<ValueRecord> out;
    const QVector<Indicator> &indicators = CatalogLoader::builtin().indicators;
    for (int year = 2021; year <= 2030 && out.size() < count; ++year) {
        for (const Indicator &ind : indicators) {
            if (out.size() == count)
                break;
            ValueRecord r;
            r.indicatorCode = ind.code;
            r.area = area;
            r.year = year;
            r.value = base + out.size() * 0.01;
            r.source = QStringLiteral("统计年报");
            r.note = QStringLiteral("row %1").arg(out.size());
            r.state = out.size() % 2 ? ValueState::Draft : ValueState::Submitted;
            if (out.size() % 3 == 0) {
                r.numerator = 1;
                r.denominator = 2;
            }
            out.append(r);
        }
    }
    return out;
}

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestValueBatch::largeBatchStoresEveryValueWithItsAuditRow()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const int valuesBefore = t.valueCount();
    const int auditBefore = t.auditCount();
    const QVector<ValueRecord> batch = batchOf(250, 10.0, QStringLiteral("鱼嘴镇"));
    QString error;
    ValueRepository values(t.connection());
    QVERIFY2(values.store(batch, QStringLiteral("alice"), QStringLiteral("import"), true, &error), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore + 250);
    QCOMPARE(t.auditCount(), auditBefore + 250);

    for (int i : {0, 99, 100, 101, 199, 200, 249}) {
        const ValueRecord &r = batch.at(i);
        const std::optional<ValueRecord> stored = values.value(r.indicatorCode, r.area, r.year);
        QVERIFY(stored);
        QCOMPARE(stored->value, r.value);
        QCOMPARE(stored->version, 1);
        QCOMPARE(stored->state, r.state);
        QCOMPARE(stored->note, r.note);
        QCOMPARE(stored->source, r.source);
        QCOMPARE(bool(stored->numerator), bool(r.numerator));
        QCOMPARE(stored->updatedBy, QStringLiteral("alice"));
        QVERIFY(!stored->referenceValue);
    }
    // Audit rows come in the order of the batch: the newest is its last record.
    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QString(), 250);
    QCOMPARE(history.size(), 250);
    for (int i = 0; i < 250; ++i) {
        const AuditEntry &e = history.at(249 - i);
        const ValueRecord &r = batch.at(i);
        QCOMPARE(e.indicatorCode, r.indicatorCode);
        QCOMPARE(e.area, r.area);
        QCOMPARE(e.year, r.year);
        QCOMPARE(*e.newValue, r.value);
        QVERIFY(!e.oldValue);
        QCOMPARE(e.oldState, QString());
        QCOMPARE(e.newState, ValueStates::key(r.state));
        QCOMPARE(e.reason, r.note);
        QCOMPARE(e.user, QStringLiteral("alice"));
        QCOMPARE(e.action, QStringLiteral("import"));
    }
    // A value's updated_at and its audit row agree.
    QCOMPARE(scalar(t.connection(),
                    QStringLiteral("SELECT count(*) FROM indicator_values v JOIN audit_log a"
                                   " ON a.indicator_id = v.indicator_id AND a.area_id = v.area_id"
                                   " AND a.year = v.year AND a.at = v.updated_at WHERE a.action = 'import'")),
             250);
}

void TestValueBatch::storeOverStoredValuesKeepsOldValueAndRaisesVersion()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    ValueRepository values(t.connection());
    QString error;
    const QVector<ValueRecord> first = batchOf(150, 10.0);
    QVERIFY2(values.store(first, QStringLiteral("alice"), QStringLiteral("import"), false, &error), qPrintable(error));
    // The second batch repeats the first 120 values with new numbers and adds 30.
    QVector<ValueRecord> second = batchOf(180, 50.0);
    for (ValueRecord &r : second) {
        r.state = ValueState::Approved;
        r.numerator.reset();
        r.denominator.reset();
        r.referenceValue = 7.0;
    }
    second.remove(120, 30); // keeps 0..119 and 150..179
    const int valuesBefore = t.valueCount();
    const int auditBefore = t.auditCount();
    QVERIFY2(values.store(second, QStringLiteral("bob"), QStringLiteral("import"), false, &error), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore + 30);
    QCOMPARE(t.auditCount(), auditBefore + 150);

    const ValueRecord &updated = second.at(5);
    const std::optional<ValueRecord> stored = values.value(updated.indicatorCode, QString(), updated.year);
    QVERIFY(stored);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->value, updated.value);
    QCOMPARE(stored->state, ValueState::Approved);
    QVERIFY(!stored->numerator);
    QCOMPARE(*stored->referenceValue, 7.0);
    QCOMPARE(stored->updatedBy, QStringLiteral("bob"));
    const std::optional<ValueRecord> cleared = values.value(second.at(6).indicatorCode, QString(), second.at(6).year);
    QVERIFY(!cleared->numerator);
    QVERIFY(!cleared->denominator);
    const ValueRecord &added = second.last();
    QCOMPARE(values.value(added.indicatorCode, QString(), added.year)->version, 1);
    // Values the second batch did not name are untouched.
    const ValueRecord &kept = first.at(130);
    QCOMPARE(values.value(kept.indicatorCode, QString(), kept.year)->version, 1);
    QCOMPARE(values.value(kept.indicatorCode, QString(), kept.year)->value, kept.value);

    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QString(), 150);
    // Newest first: the last 30 are new, the 120 before them were updates.
    QVERIFY(!history.at(0).oldValue);
    QCOMPARE(history.at(0).oldState, QString());
    const AuditEntry &e = history.at(149 - 5);
    QCOMPARE(e.indicatorCode, updated.indicatorCode);
    QCOMPARE(e.year, updated.year);
    QCOMPARE(*e.oldValue, first.at(5).value);
    QCOMPARE(*e.newValue, updated.value);
    QCOMPARE(e.oldState, ValueStates::key(first.at(5).state));
    QCOMPARE(e.newState, QStringLiteral("approved"));
    QCOMPARE(e.user, QStringLiteral("bob"));
}

void TestValueBatch::repeatedValueIsUpdatedTheSecondTime()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    // W04 2020 holds the baseline 92.6; the batch names it three times.
    QVector<ValueRecord> batch = batchOf(4, 10.0);
    ValueRecord w04;
    w04.indicatorCode = QStringLiteral("W04");
    w04.year = 2020;
    w04.state = ValueState::Draft;
    for (double v : {93.0, 94.0, 95.0}) {
        w04.value = v;
        batch.insert(batch.size() - 2, w04);
        w04.state = ValueState::Submitted;
    }
    const int auditBefore = t.auditCount();
    QString error;
    ValueRepository values(t.connection());
    QVERIFY2(values.store(batch, QStringLiteral("u"), QStringLiteral("save"), false, &error), qPrintable(error));
    QCOMPARE(t.auditCount(), auditBefore + 7);
    const std::optional<ValueRecord> stored = values.value(QStringLiteral("W04"), QString(), 2020);
    QCOMPARE(stored->value, 95.0);
    QCOMPARE(stored->version, 4);
    QCOMPARE(stored->state, ValueState::Submitted);

    QVector<AuditEntry> history;
    for (const AuditEntry &e : AuditRepository(t.connection()).history(QStringLiteral("W04"))) {
        if (e.year == 2020)
            history.append(e);
    }
    QCOMPARE(history.size(), 4); // the baseline and three changes, newest first
    QCOMPARE(*history.at(2).oldValue, 92.6);
    QCOMPARE(*history.at(2).newValue, 93.0);
    QCOMPARE(history.at(2).newState, QStringLiteral("draft"));
    QCOMPARE(*history.at(1).oldValue, 93.0);
    QCOMPARE(history.at(1).oldState, QStringLiteral("draft"));
    QCOMPARE(*history.at(1).newValue, 94.0);
    QCOMPARE(*history.at(0).oldValue, 94.0);
    QCOMPARE(*history.at(0).newValue, 95.0);
}

void TestValueBatch::failureInTheWriteLeavesNothing()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    ValueRepository values(t.connection());
    QString error;
    QVERIFY2(values.store(batchOf(50, 10.0), QStringLiteral("u"), QStringLiteral("import"), false, &error),
             qPrintable(error));
    // The database refuses one value of the next batch, after the areas were added,
    // the rows staged and the audit rows written.
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON indicator_values WHEN NEW.value = 999"
                                  " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    QVector<ValueRecord> batch = batchOf(300, 20.0, QStringLiteral("鱼嘴镇"));
    QVector<ValueRecord> again = batchOf(50, 30.0);
    again[40].value = 999;
    batch += again;
    const int valuesBefore = t.valueCount();
    const int auditBefore = t.auditCount();
    const QStringList areasBefore = t.areaNames();
    QVERIFY(!values.store(batch, QStringLiteral("u"), QStringLiteral("import"), true, &error));
    QVERIFY2(error.contains(QStringLiteral("refused by the test")), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore);
    QCOMPARE(t.auditCount(), auditBefore);
    QCOMPARE(t.areaNames(), areasBefore);
    QCOMPARE(values.value(again.at(0).indicatorCode, QString(), again.at(0).year)->version, 1);
    QCOMPARE(values.value(again.at(0).indicatorCode, QString(), again.at(0).year)->value, 10.0);

    // The connection is usable afterwards and the next batch is stored whole.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY2(values.store(batch, QStringLiteral("u"), QStringLiteral("import"), true, &error), qPrintable(error));
    QCOMPARE(t.valueCount(), valuesBefore + 300);
    QCOMPARE(t.auditCount(), auditBefore + 350);
}

void TestValueBatch::emptyBatchWritesNothing()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const int auditBefore = t.auditCount();
    QString error;
    QVERIFY2(ValueBatch(t.connection()).write({}, {}, {}, QStringLiteral("u"), QStringLiteral("import"), &error),
             qPrintable(error));
    QCOMPARE(t.auditCount(), auditBefore);
}

QTEST_GUILESS_MAIN(TestValueBatch)
#include "tst_valuebatch.moc"
