// ValueBatch: the set-based write behind ValueRepository::store. Large batches
// store every value with one audit row each, written in the order of the values'
// key; a store over stored values keeps the old value and state in the audit row
// and raises the version; a value given twice in one batch is updated the second
// time; a failure half-way writes nothing. The table's state CHECK refuses what is
// not a state without a temporary table per row written.
#include "tempdatabase.h"

#include "catalog/catalogloader.h"
#include "storage/auditrepository.h"
#include "storage/valuebatch.h"
#include "storage/valuerepository.h"

#include <QtTest>

#include <algorithm>
#include <tuple>

#include <QHash>
#include <QSqlError>
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
    void stateCheckRefusesUnknownStates();
    void writesBuildNoTemporaryTablePerRow();
    void bothPathsWriteTheSame();
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

QString keyOf(const QString &code, const QString &area, int year)
{
    return QStringLiteral("%1|%2|%3").arg(code, area).arg(year);
}

// The audit rows after `afterId` come in the order of (indicator, area, year).
bool auditInKeyOrder(QSqlDatabase db, int afterId)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT indicator_id, area_id, year FROM audit_log WHERE id > %1 ORDER BY id").arg(afterId)))
        return false;
    std::tuple<int, int, int> previous{0, 0, 0};
    while (q.next()) {
        const std::tuple<int, int, int> key{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
        if (key < previous)
            return false;
        previous = key;
    }
    return true;
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
    // One audit row per value of the batch, written in the order of the values'
    // key (indicator, area, year).
    const QVector<AuditEntry> history = AuditRepository(t.connection()).history(QString(), 250);
    QCOMPARE(history.size(), 250);
    QHash<QString, const ValueRecord *> byKey;
    for (const ValueRecord &r : batch)
        byKey.insert(keyOf(r.indicatorCode, r.area, r.year), &r);
    for (const AuditEntry &e : history) {
        const ValueRecord *r = byKey.take(keyOf(e.indicatorCode, e.area, e.year));
        QVERIFY2(r, qPrintable(keyOf(e.indicatorCode, e.area, e.year)));
        QCOMPARE(*e.newValue, r->value);
        QVERIFY(!e.oldValue);
        QCOMPARE(e.oldState, QString());
        QCOMPARE(e.newState, ValueStates::key(r->state));
        QCOMPARE(e.reason, r->note);
        QCOMPARE(e.user, QStringLiteral("alice"));
        QCOMPARE(e.action, QStringLiteral("import"));
    }
    QVERIFY(byKey.isEmpty());
    QVERIFY(auditInKeyOrder(t.connection(), auditBefore));
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
    QCOMPARE(history.size(), 150);
    QVERIFY(auditInKeyOrder(t.connection(), auditBefore));
    // The 30 new values have no old value; the 120 updates keep what they replaced.
    int added30 = 0;
    for (const AuditEntry &a : history) {
        if (!a.oldValue) {
            QCOMPARE(a.oldState, QString());
            ++added30;
        }
    }
    QCOMPARE(added30, 30);
    const auto it = std::find_if(history.cbegin(), history.cend(), [&](const AuditEntry &a) {
        return a.indicatorCode == updated.indicatorCode && a.year == updated.year;
    });
    QVERIFY(it != history.cend());
    const AuditEntry &e = *it;
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
    if (TempDatabase::onServer()) {
        QVERIFY2(q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
                                       " $$BEGIN RAISE EXCEPTION 'refused by the test'; END$$")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON indicator_values FOR EACH ROW"
                                       " WHEN (NEW.value = 999) EXECUTE FUNCTION refuse()")),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON indicator_values WHEN NEW.value = 999"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
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
    QVERIFY(q.exec(TempDatabase::onServer() ? QStringLiteral("DROP TRIGGER refuse ON indicator_values")
                                            : QStringLiteral("DROP TRIGGER refuse")));
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

void TestValueBatch::stateCheckRefusesUnknownStates()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QSqlQuery q(t.connection());
    const QString insert = QStringLiteral(
        "INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
        " SELECT id, 1, 2024, 1, '%1', '2024-01-01' FROM indicators WHERE code = 'W01'");
    for (const char *bad : {"bogus", "Draft", ""}) {
        QVERIFY2(!q.exec(insert.arg(QLatin1String(bad))), bad);
        // SQLite: "CHECK constraint failed"; PostgreSQL: "violates check constraint".
        QVERIFY2(q.lastError().text().contains(QStringLiteral("CHECK"), Qt::CaseInsensitive),
                 qPrintable(q.lastError().text()));
    }
    for (const ValueState state :
         {ValueState::Draft, ValueState::Submitted, ValueState::Approved, ValueState::Returned}) {
        QVERIFY2(q.exec(insert.arg(ValueStates::key(state))), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM indicator_values WHERE year = 2024")));
    }
}

// SQLite 3.40 evaluates CHECK (state IN ('draft', …)) by filling a temporary table
// for every row written, which was half the time of a large import. No statement
// that writes values or audit rows may open one.
void TestValueBatch::writesBuildNoTemporaryTablePerRow()
{
    if (TempDatabase::onServer())
        QSKIP("SQLite's own bytecode (EXPLAIN's OpenEphemeral): a server plans CHECKs otherwise");
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QSqlQuery q(t.connection());
    const QStringList statements = {
        QStringLiteral("INSERT INTO indicator_values (indicator_id, area_id, year, value, state, updated_at)"
                       " VALUES (1, 1, 2024, 1, 'draft', '2024-01-01')"
                       " ON CONFLICT (indicator_id, area_id, year) DO UPDATE SET state = excluded.state"),
        QStringLiteral("UPDATE indicator_values SET state = 'approved', value = 2 WHERE id = 1"),
        QStringLiteral("INSERT INTO audit_log (at, user_name, action, indicator_id, area_id, year)"
                       " VALUES ('2024-01-01', 'u', 'import', 1, 1, 2024)"),
    };
    for (const QString &sql : statements) {
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN ") + sql), qPrintable(q.lastError().text()));
        int opcodes = 0;
        while (q.next()) {
            ++opcodes;
            QVERIFY2(q.value(1).toString() != QLatin1String("OpenEphemeral"), qPrintable(sql));
        }
        QVERIFY(opcodes > 10);
    }
}

// The direct SQLite path and the QSqlQuery path (PostgreSQL's) write the same
// values and audit rows, a value repeated in the batch included.
void TestValueBatch::bothPathsWriteTheSame()
{
    QStringList tables[2];
    for (const RowWriter::Path path : {RowWriter::Path::Fastest, RowWriter::Path::Portable}) {
        TempDatabase t;
        QVERIFY2(t.open(), qPrintable(t.errorString()));
        QVector<ValueRecord> batch = batchOf(700, 10.0);
        batch.append(batch.at(3));
        batch.last().value = 99.5;
        batch.last().source = QStringLiteral("复核");
        // What a text COPY row must escape, and values that print long: a server's
        // COPY path and its row-by-row path store them exactly as SQLite does.
        const QString awkward = QStringLiteral("制表\t换行\n回车\r反斜杠\\ \\N 不是空值");
        batch[5].note = awkward;
        batch[6].value = 0.1 + 0.2;
        batch[7].value = 68.3;
        batch[8].value = 1e-300;
        batch[9].value = 123456789.12345679;
        batch[10].numerator = -0.0;
        QVector<int> indicatorIds, areaIds;
        for (const ValueRecord &r : batch) {
            indicatorIds.append(scalar(
                t.connection(), QStringLiteral("SELECT id FROM indicators WHERE code = '%1'").arg(r.indicatorCode)));
            areaIds.append(1);
        }
        QString error;
        QVERIFY2(ValueBatch(t.connection(), path)
                     .write(batch, indicatorIds, areaIds, QStringLiteral("u"), QStringLiteral("import"), &error),
                 qPrintable(error));
        QSqlQuery q(t.connection());
        QStringList &rows = tables[path == RowWriter::Path::Fastest ? 0 : 1];
        QVERIFY(q.exec(QStringLiteral(
            "SELECT indicator_id, area_id, year, value, numerator, denominator, source, note, state, version,"
            " reference_value, updated_by FROM indicator_values ORDER BY indicator_id, area_id, year")));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 12; ++c)
                cells.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT id, user_name, action, indicator_id, area_id, year, old_value, new_value,"
                                      " old_state, new_state, reason FROM audit_log ORDER BY id")));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 11; ++c)
                cells.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        QCOMPARE(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")), 701);
        ValueRepository values(t.connection());
        QCOMPARE(values.value(batch.at(5).indicatorCode, QString(), batch.at(5).year)->note, awkward);
        for (int i = 6; i <= 9; ++i)
            QCOMPARE(values.value(batch.at(i).indicatorCode, QString(), batch.at(i).year)->value, batch.at(i).value);
    }
    QCOMPARE(tables[0].size(), tables[1].size());
    for (int i = 0; i < tables[0].size(); ++i)
        QCOMPARE(tables[0].at(i), tables[1].at(i));
    QVERIFY(tables[0].join(QLatin1Char('\n')).contains(QStringLiteral("|99.5|")));
}

QTEST_GUILESS_MAIN(TestValueBatch)
#include "tst_valuebatch.moc"
