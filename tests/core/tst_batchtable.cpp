// BatchTable: SQLite reads the values shown as the table fuer_batch — ids, years,
// numbers, NULLs, Chinese text and state keys, only the records picked and in
// that order — and the table is empty once the BatchTable is gone.
#include "tempdatabase.h"

#include "storage/batchtable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestBatchTable : public QObject
{
    Q_OBJECT

private slots:
    void showsThePickedRecords();
    void emptyAfterwardsAndReplaceable();
    void unavailableWithoutSqlite();
};

namespace {

QVector<ValueRecord> records()
{
    QVector<ValueRecord> out;
    for (int i = 0; i < 6; ++i) {
        ValueRecord r;
        r.year = 2021 + i;
        r.value = 10.5 + i;
        if (i % 2)
            r.numerator = i * 3.0;
        r.denominator = i % 3 ? std::optional<double>(100.0) : std::nullopt;
        r.referenceValue = i == 4 ? std::optional<double>(7.25) : std::nullopt;
        r.source = i < 3 ? QStringLiteral("统计年报") : QStringLiteral("区卫健委");
        r.note = i == 5 ? QString() : QStringLiteral("第%1行").arg(i);
        r.state = static_cast<ValueState>(i % 4);
        out.append(r);
    }
    return out;
}

int count(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM fuer_batch")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestBatchTable::showsThePickedRecords()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QVector<ValueRecord> recs = records();
    const QVector<int> indicatorIds = {11, 12, 13, 14, 15, 16};
    const QVector<int> areaIds = {1, 2, 3, 4, 5, 6};
    const QVector<int> which = {5, 1, 4};
    BatchTable table(t.connection());
    QVERIFY(table.isAvailable());
    table.show({&recs, &indicatorIds, &areaIds, &which});
    QSqlQuery q(t.connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT indicator_id, area_id, year, value, numerator, denominator, source, note,"
                                   " state, reference_value FROM fuer_batch")),
             qPrintable(q.lastError().text()));
    int n = 0;
    while (q.next()) {
        const int i = which.at(n++);
        const ValueRecord &r = recs.at(i);
        QCOMPARE(q.value(0).toInt(), indicatorIds.at(i));
        QCOMPARE(q.value(1).toInt(), areaIds.at(i));
        QCOMPARE(q.value(2).toInt(), r.year);
        QCOMPARE(q.value(3).toDouble(), r.value);
        QCOMPARE(q.value(4).isNull(), !r.numerator);
        if (r.numerator)
            QCOMPARE(q.value(4).toDouble(), *r.numerator);
        QCOMPARE(q.value(5).isNull(), !r.denominator);
        QCOMPARE(q.value(6).toString(), r.source);
        QCOMPARE(q.value(7).toString(), r.note.isNull() ? QStringLiteral("") : r.note);
        QVERIFY(!q.value(7).isNull());
        QCOMPARE(q.value(8).toString(), ValueStates::key(r.state));
        QCOMPARE(q.value(9).isNull(), !r.referenceValue);
        if (r.referenceValue)
            QCOMPARE(q.value(9).toDouble(), *r.referenceValue);
    }
    QCOMPARE(n, 3);
    // Read twice in one statement (as a join does): the same rows each time.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fuer_batch a JOIN fuer_batch b ON a.year = b.year"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestBatchTable::emptyAfterwardsAndReplaceable()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    const QVector<ValueRecord> recs = records();
    const QVector<int> ids = {1, 1, 1, 1, 1, 1};
    const QVector<int> all = {0, 1, 2, 3, 4, 5};
    const QVector<int> two = {0, 1};
    {
        BatchTable table(t.connection());
        table.show({&recs, &ids, &ids, &all});
        QCOMPARE(count(t.connection()), 6);
        table.show({&recs, &ids, &ids, &two});
        QCOMPARE(count(t.connection()), 2);
    }
    QCOMPARE(count(t.connection()), 0);
    BatchTable again(t.connection());
    QCOMPARE(count(t.connection()), 0);
    again.show({&recs, &ids, &ids, &all});
    QCOMPARE(count(t.connection()), 6);
    again.clear();
    QCOMPARE(count(t.connection()), 0);
}

void TestBatchTable::unavailableWithoutSqlite()
{
    BatchTable table{QSqlDatabase()};
    QVERIFY(!table.isAvailable());
    table.clear(); // harmless
}

QTEST_GUILESS_MAIN(TestBatchTable)
#include "tst_batchtable.moc"
