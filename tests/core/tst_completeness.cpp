// CompletenessRepository: per lead unit, its indicators counted by the state of the
// year's value, and the time of the last submission.
#include "tempdatabase.h"

#include "storage/catalogrepository.h"
#include "storage/completenessrepository.h"
#include "storage/valuerepository.h"

#include <QtTest>

Q_DECLARE_METATYPE(ValueState)

class TestCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void emptyYear();
    void countsByState_data();
    void countsByState();
    void otherYearsAndAreasIgnored();
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

ValueRecord value(const QString &code, int year, ValueState state, const QString &area = QString())
{
    ValueRecord r;
    r.indicatorCode = code;
    r.year = year;
    r.value = 50;
    r.state = state;
    r.area = area;
    return r;
}
} // namespace

void TestCompleteness::emptyYear()
{
    TempDatabase db;
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const QVector<UnitCompleteness> all = CompletenessRepository(db.connection()).byUnit(2024);
    QVERIFY(!all.isEmpty());
    int total = 0;
    for (const UnitCompleteness &u : all) {
        QCOMPARE(u.notFilled, u.indicators);
        QVERIFY(!u.lastSubmission.isValid());
        total += u.indicators;
    }
    // Every indicator has exactly one lead unit.
    QCOMPARE(total, CatalogRepository(db.connection()).indicators().size());
    QCOMPARE(find(all, kUnit).indicators, ledBy(db.connection(), kUnit).size());
}

void TestCompleteness::countsByState_data()
{
    QTest::addColumn<ValueState>("state");
    QTest::addColumn<bool>("counted"); // as a submission with a date
    QTest::newRow("draft") << ValueState::Draft << false;
    QTest::newRow("submitted") << ValueState::Submitted << true;
    QTest::newRow("returned") << ValueState::Returned << false;
    QTest::newRow("approved") << ValueState::Approved << true;
}

void TestCompleteness::countsByState()
{
    QFETCH(ValueState, state);
    QFETCH(bool, counted);
    TempDatabase db;
    QVERIFY(db.open());
    const QStringList codes = ledBy(db.connection(), kUnit);
    QVERIFY(codes.size() >= 3);
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY2(ValueRepository(db.connection())
                 .store({value(codes.at(0), 2024, state), value(codes.at(1), 2024, state)}, QStringLiteral("t"),
                        QStringLiteral("save"), false, &error),
             qPrintable(error));

    const UnitCompleteness u = find(CompletenessRepository(db.connection()).byUnit(2024), kUnit);
    QCOMPARE(u.indicators, codes.size());
    QCOMPARE(u.notFilled, codes.size() - 2);
    QCOMPARE(u.draft, state == ValueState::Draft ? 2 : 0);
    QCOMPARE(u.submitted, state == ValueState::Submitted ? 2 : 0);
    QCOMPARE(u.returned, state == ValueState::Returned ? 2 : 0);
    QCOMPARE(u.approved, state == ValueState::Approved ? 2 : 0);
    QCOMPARE(u.lastSubmission.isValid(), counted);
    if (counted)
        QVERIFY(u.lastSubmission >= before);
}

void TestCompleteness::otherYearsAndAreasIgnored()
{
    TempDatabase db;
    QVERIFY(db.open());
    const QStringList codes = ledBy(db.connection(), kUnit);
    QString error;
    QVERIFY2(ValueRepository(db.connection())
                 .store({value(codes.at(0), 2023, ValueState::Approved),
                         value(codes.at(1), 2024, ValueState::Submitted, QStringLiteral("某街道"))},
                        QStringLiteral("t"), QStringLiteral("save"), true, &error),
             qPrintable(error));
    const UnitCompleteness u = find(CompletenessRepository(db.connection()).byUnit(2024), kUnit);
    QCOMPARE(u.notFilled, codes.size());
    const UnitCompleteness street = find(CompletenessRepository(db.connection()).byUnit(2024, QStringLiteral("某街道")),
                                         kUnit);
    QCOMPARE(street.submitted, 1);
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
