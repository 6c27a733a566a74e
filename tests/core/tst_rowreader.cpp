// RowReader: the rows SQLite's own statement reads on Qt's connection are the rows
// QSqlQuery reads, numbers, NULLs and parameters alike; errors are reported.
#include "tempdatabase.h"

#include "storage/rowreader.h"

#include <QSqlQuery>
#include <QtTest>

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothPathsReadTheSameRows();
    void seesTheOpenTransaction();
    void reportsErrors();

private:
    TempDatabase m_db;
};

void TestRowReader::initTestCase()
{
    QVERIFY2(m_db.open(), qPrintable(m_db.errorString()));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b DOUBLE PRECISION, c DOUBLE PRECISION)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)")));
    for (int i = 0; i < 1000; ++i) {
        q.addBindValue(qint64(i) * 3000000000LL); // beyond 32 bits
        q.addBindValue(i * 0.25 - 7.5);
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(i / 7.0));
        QVERIFY(q.exec());
    }
}

void TestRowReader::bothPathsReadTheSameRows()
{
    RowReader fast(m_db.connection());
    RowReader portable(m_db.connection(), RowReader::Path::Portable);
    const QString sql = QStringLiteral("SELECT a, b, c FROM t WHERE a >= ? ORDER BY a");
    QVERIFY2(fast.exec(sql, {qint64(10) * 3000000000LL}), qPrintable(fast.errorString()));
    QVERIFY2(portable.exec(sql, {qint64(10) * 3000000000LL}), qPrintable(portable.errorString()));
    QVERIFY(fast.usesSqliteDirectly());
    QVERIFY(!portable.usesSqliteDirectly());
    int rows = 0;
    while (fast.next()) {
        QVERIFY(portable.next());
        QCOMPARE(fast.integer(0), portable.integer(0));
        QCOMPARE(fast.integer(0), qint64(rows + 10) * 3000000000LL);
        QCOMPARE(fast.real(1), portable.real(1));
        QCOMPARE(fast.isNull(2), portable.isNull(2));
        QCOMPARE(fast.isNull(2), (rows + 10) % 3 == 0);
        if (!fast.isNull(2))
            QCOMPARE(fast.real(2), portable.real(2));
        ++rows;
    }
    QVERIFY(!portable.next());
    QCOMPARE(rows, 990);
    QVERIFY(fast.errorString().isEmpty());
}

void TestRowReader::seesTheOpenTransaction()
{
    // The same connection: rows written in an open transaction are read.
    QSqlDatabase db = m_db.connection();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (-1, 1.5, NULL)")));
    RowReader reader(db);
    QVERIFY(reader.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(reader.next());
    QCOMPARE(reader.integer(0), qint64(1001));
    QVERIFY(db.rollback());
}

void TestRowReader::reportsErrors()
{
    RowReader reader(m_db.connection());
    QVERIFY(!reader.exec(QStringLiteral("SELECT x FROM nowhere")));
    QVERIFY2(reader.errorString().contains(QStringLiteral("nowhere")), qPrintable(reader.errorString()));
    QVERIFY(!reader.next());
    RowReader portable(m_db.connection(), RowReader::Path::Portable);
    QVERIFY(!portable.exec(QStringLiteral("SELECT x FROM nowhere")));
    QVERIFY(!portable.errorString().isEmpty());
    QVERIFY(!portable.next());
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
