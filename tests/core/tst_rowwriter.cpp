// RowWriter: rows written through SQLite's own statement on Qt's connection are
// the rows QSqlQuery writes — integers beyond 32 bits, reals, NULLs, Chinese text,
// empty and null texts, a text repeated or changed between rows — inside the
// caller's transaction; errors are reported and the statement stays usable.
#include "tempdatabase.h"

#include "storage/rowwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <optional>

class TestRowWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bothPathsWriteTheSameRows();
    void writesInsideTheOpenTransaction();
    void reportsErrorsAndGoesOn();

private:
    std::unique_ptr<TempDatabase> m_db;
};

namespace {

const QString kInsert = QStringLiteral("INSERT INTO t (path, a, b, c, s) VALUES (?, ?, ?, ?, ?)");

QString textOf(int i)
{
    switch (i % 4) {
    case 0:
        return QStringLiteral("统计年报");
    case 1:
        return QString(); // null: bound as ''
    case 2:
        return QStringLiteral("");
    default:
        return QStringLiteral("第%1行 “引号” 'x'").arg(i);
    }
}

bool writeRows(RowWriter &w, int path, QString *error)
{
    if (!w.prepare(kInsert)) {
        *error = w.errorString();
        return false;
    }
    w.bindInteger(0, path);
    for (int i = 0; i < 500; ++i) {
        w.bindInteger(1, qint64(i) * 3000000000LL);
        w.bindReal(2, i * 0.25 - 7.5);
        w.bindReal(3, i % 3 == 0 ? std::nullopt : std::optional<double>(i / 7.0));
        w.bindText(4, i % 10 < 5 ? textOf(i) : QStringLiteral("统计年报")); // runs of one text
        if (!w.exec()) {
            *error = w.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

void TestRowWriter::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (path INTEGER, a INTEGER, b DOUBLE PRECISION,"
                                  " c DOUBLE PRECISION, s TEXT NOT NULL)")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (k INTEGER PRIMARY KEY, s TEXT)")));
}

void TestRowWriter::cleanup()
{
    m_db.reset();
}

void TestRowWriter::bothPathsWriteTheSameRows()
{
    RowWriter fast(m_db->connection());
    RowWriter portable(m_db->connection(), RowWriter::Path::Portable);
    QString error;
    QVERIFY2(writeRows(fast, 0, &error), qPrintable(error));
    QVERIFY2(writeRows(portable, 1, &error), qPrintable(error));
    QVERIFY(fast.usesSqliteDirectly());
    QVERIFY(!portable.usesSqliteDirectly());

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT f.a, f.b, f.c, f.s, typeof(f.a), typeof(f.b), typeof(f.c), typeof(f.s),"
                                  " p.a, p.b, p.c, p.s, typeof(p.a), typeof(p.b), typeof(p.c), typeof(p.s)"
                                  " FROM t f JOIN t p ON p.path = 1 AND p.rowid = f.rowid + 500"
                                  " WHERE f.path = 0 ORDER BY f.rowid")));
    int rows = 0;
    while (q.next()) {
        for (int c = 0; c < 8; ++c)
            QCOMPARE(q.value(c), q.value(c + 8));
        QCOMPARE(q.value(0).toLongLong(), qint64(rows) * 3000000000LL);
        QCOMPARE(q.value(4).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(6).toString(), rows % 3 == 0 ? QStringLiteral("null") : QStringLiteral("real"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("text"));
        const QString expected = rows % 10 < 5 ? textOf(rows) : QStringLiteral("统计年报");
        QCOMPARE(q.value(3).toString(), expected.isNull() ? QStringLiteral("") : expected);
        ++rows;
    }
    QCOMPARE(rows, 500);
}

void TestRowWriter::writesInsideTheOpenTransaction()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    RowWriter w(db);
    QString error;
    QVERIFY2(writeRows(w, 0, &error), qPrintable(error));
    QCOMPARE(m_db->rowCount(QStringLiteral("t")), 500);
    QVERIFY(db.rollback());
    QCOMPARE(m_db->rowCount(QStringLiteral("t")), 0);
}

void TestRowWriter::reportsErrorsAndGoesOn()
{
    for (const RowWriter::Path path : {RowWriter::Path::Fastest, RowWriter::Path::Portable}) {
        RowWriter bad(m_db->connection(), path);
        QVERIFY(!bad.prepare(QStringLiteral("INSERT INTO nowhere VALUES (?)")));
        QVERIFY2(!bad.errorString().isEmpty(), "no message for an unknown table");

        RowWriter w(m_db->connection(), path);
        QVERIFY(w.prepare(QStringLiteral("INSERT INTO u (k, s) VALUES (?, ?)")));
        const int k = path == RowWriter::Path::Fastest ? 1 : 2;
        w.bindInteger(0, k);
        w.bindText(1, QStringLiteral("第一次"));
        QVERIFY2(w.exec(), qPrintable(w.errorString()));
        QVERIFY(!w.exec()); // the same key again
        QVERIFY2(w.errorString().contains(QStringLiteral("UNIQUE")), qPrintable(w.errorString()));
        w.bindInteger(0, k + 10);
        w.bindText(1, QStringLiteral("补上"));
        QVERIFY2(w.exec(), qPrintable(w.errorString()));
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(k || s, ',') FROM (SELECT k, s FROM u ORDER BY k)"))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1第一次,2第一次,11补上,12补上"));
}

QTEST_GUILESS_MAIN(TestRowWriter)
#include "tst_rowwriter.moc"
