// Two writers at once, each on its own connection in its own thread, as two people
// (or the window's worker and its page) write the same database: every write
// transaction reads what it checks and then writes, and none may act on what it
// read before the other's commit. On SQLite BEGIN IMMEDIATE serializes them; on a
// server (FUER_TEST_BACKEND=pg, ctest's _pg run) WriteTransaction's advisory lock
// does. A read-increment-write counter must come out exact: a lost update shows
// as a smaller count.
#include "tempdatabase.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/writetransaction.h"

#include <QAtomicInt>
#include <QThread>
#include <QtTest>

#include <memory>

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void readThenWriteNeverLosesAnUpdate();
};

namespace {
constexpr int Rounds = 150;

// One writer: `Rounds` transactions, each reading the counter and writing it + 1.
// Returns the first error, empty when every round committed.
QString increment(const QString &path, QAtomicInt *started)
{
    Database db;
    if (!db.openAnother(path))
        return db.errorString();
    started->fetchAndAddRelaxed(1);
    while (started->loadRelaxed() < 2)
        QThread::yieldCurrentThread();
    for (int i = 0; i < Rounds; ++i) {
        WriteTransaction tx(db.connection());
        if (!tx.isActive())
            return tx.errorString();
        SettingsRepository settings(db.connection());
        const int n = settings.value(QStringLiteral("counter"), QStringLiteral("0")).toInt();
        // Give the other writer every chance to read the same count meanwhile.
        QThread::usleep(200);
        QString error;
        if (!settings.setValue(QStringLiteral("counter"), QString::number(n + 1), &error))
            return error;
        if (!tx.commit())
            return tx.errorString();
    }
    db.close();
    return QString();
}
} // namespace

void TestConcurrentWriters::readThenWriteNeverLosesAnUpdate()
{
    TempDatabase t;
    QVERIFY2(t.open(), qPrintable(t.errorString()));
    QAtomicInt started;
    QString errors[2];
    std::unique_ptr<QThread> threads[2];
    for (int w = 0; w < 2; ++w) {
        threads[w].reset(QThread::create([&, w] { errors[w] = increment(t.path(), &started); }));
        threads[w]->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    QCOMPARE(SettingsRepository(t.connection()).value(QStringLiteral("counter")).toInt(), 2 * Rounds);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
