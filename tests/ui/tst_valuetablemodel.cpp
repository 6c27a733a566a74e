// ValueTableModel: the values of one indicator, one row per year, as the catalog,
// the return and the review panes show them. Filled from the demo database for
// every indicator, each row is checked against the stored row (read here with
// plain SQL), with QAbstractItemModelTester attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"
#include "valuetextcheck.h"

#include "widgets/audittablemodel.h"
#include "widgets/valuetablemodel.h"

#include "exchange/numberparser.h"
#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"
#include "target/targetformat.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"

#include <QLocale>
#include <QSqlQuery>
#include <QtTest>

class TestValueTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void everyIndicatorsValues();
    void draftShowsWhoAndWhen();
    void emptyIndicator();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestValueTableModel::initTestCase()
{
    m_db = DemoFixture::open();
}

void TestValueTableModel::headers()
{
    ValueTableModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model), QStringList({"Year", "Value", "State", "Data source", "Note", "Last change"}));
    QCOMPARE(model.headerData(0, Qt::Vertical).isValid(), false);
}

void TestValueTableModel::everyIndicatorsValues()
{
    ValueTableModel model;
    const auto tester = attachModelTester(&model);
    const QVector<Indicator> indicators = CatalogRepository(m_db->connection()).indicators();
    QVERIFY(indicators.size() >= 89);
    int rows = 0;
    for (const Indicator &ind : indicators) {
        model.setValues(ValueRepository(m_db->connection()).valuesOf(ind.code), ind);
        // The district's rows as stored, oldest first.
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("SELECT v.year, v.value, v.state, v.source, v.note, v.updated_by FROM indicator_values v"
                           " JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.id = v.area_id"
                           " WHERE i.code = ? AND a.is_default = 1 ORDER BY v.year"));
        q.addBindValue(ind.code);
        QVERIFY(q.exec());
        int row = 0;
        while (q.next()) {
            const QString at = QStringLiteral("%1 %2").arg(ind.code).arg(q.value(0).toInt());
            QVERIFY2(row < model.rowCount(), qPrintable(at));
            QCOMPARE(model.index(row, ValueTableModel::YearColumn).data(), QVariant(q.value(0).toInt()));
            // The one formatter's text: the unit's decimals, "/10万", never "51/10万".
            const QString valueText = ModelText::text(&model, row, ValueTableModel::ValueColumn);
            QCOMPARE(valueText, TargetFormat::value(q.value(1).toDouble(), ind));
            if (std::abs(q.value(1).toDouble()) >= 1.0)
                QCOMPARE(valueText, ValueTextCheck::expected(q.value(1).toDouble(), ind));
            QVERIFY2(ValueTextCheck::problems(valueText, ind).isEmpty(),
                     qPrintable(ValueTextCheck::problems(valueText, ind).join(QLatin1Char('\n'))));
            ValueState state;
            QVERIFY(ValueStates::fromKey(q.value(2).toString(), &state));
            QCOMPARE(ModelText::text(&model, row, ValueTableModel::StateColumn), ValueStates::label(state));
            QCOMPARE(ModelText::text(&model, row, ValueTableModel::SourceColumn), q.value(3).toString());
            QCOMPARE(ModelText::text(&model, row, ValueTableModel::NoteColumn), q.value(4).toString());
            QCOMPARE(model.index(row, ValueTableModel::NoteColumn).data(Qt::ToolTipRole).toString(),
                     q.value(4).toString());
            QVERIFY2(ModelText::text(&model, row, ValueTableModel::UpdatedColumn)
                         .startsWith(AuditTableModel::userLabel(q.value(5).toString()) + QLatin1Char(' ')),
                     qPrintable(at));
            QCOMPARE(model.index(row, ValueTableModel::ValueColumn).data(Qt::TextAlignmentRole).toInt(),
                     int(Qt::AlignRight | Qt::AlignVCenter));
            QCOMPARE(model.flags(model.index(row, ValueTableModel::ValueColumn)),
                     Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
            ++row;
        }
        QCOMPARE(model.rowCount(), row);
        rows += row;
    }
    // Every indicator has DemoData's years 2020–2025 (the plan's baselines for 2020).
    QVERIFY(rows >= indicators.size() * (DemoData::LastYear - DemoData::FirstYear + 1));

    // A known one: W04 (a share in %) in 2024, as DemoData wrote it: approved.
    const Indicator w04 = TestData::indicator(m_db->connection(), QStringLiteral("W04"));
    model.setValues(ValueRepository(m_db->connection()).valuesOf(w04.code), w04);
    const int row2024 = model.rowCount() - 2;
    QCOMPARE(model.index(row2024, ValueTableModel::YearColumn).data().toInt(), 2024);
    QCOMPARE(ModelText::text(&model, row2024, ValueTableModel::SourceColumn), DemoData::sourceText());
    QCOMPARE(ModelText::text(&model, row2024, ValueTableModel::StateColumn), QStringLiteral("Approved"));
    QCOMPARE(ModelText::text(&model, row2024, ValueTableModel::ValueColumn),
             QString::number(TestData::value(m_db->connection(), w04.code, 2024)->value, 'f', 1) + QStringLiteral("%"));
}

void TestValueTableModel::draftShowsWhoAndWhen()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QDateTime at(QDate(2027, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QString error;
    {
        const Clock::Override clock(at);
        EntryValidator::Input in = TestData::entry(QStringLiteral("95.1"), QStringLiteral("按年报口径"));
        QVERIFY2(ReturnService(c).saveDraft(TestData::user(c, QStringLiteral("weijian")),
                                            TestData::indicator(c, QStringLiteral("W04")), 2026, in,
                                            QStringLiteral("卫健统计年报"), &error),
                 qPrintable(error));
    }
    ValueTableModel model;
    const auto tester = attachModelTester(&model);
    model.setValues(ValueRepository(c).valuesOf(QStringLiteral("W04")), TestData::indicator(c, QStringLiteral("W04")));
    const int row = model.rowCount() - 1;
    QCOMPARE(model.recordAt(row)->year, 2026);
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::YearColumn), QStringLiteral("2026"));
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::ValueColumn), QStringLiteral("95.1%"));
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::StateColumn), QStringLiteral("Draft"));
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::SourceColumn), QStringLiteral("卫健统计年报"));
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::NoteColumn), QStringLiteral("按年报口径"));
    QCOMPARE(ModelText::text(&model, row, ValueTableModel::UpdatedColumn),
             QStringLiteral("weijian ") + at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(!model.recordAt(row + 1));
}

void TestValueTableModel::emptyIndicator()
{
    ValueTableModel model;
    const auto tester = attachModelTester(&model);
    model.setValues(ValueRepository(m_db->connection()).valuesOf(QStringLiteral("W04")),
                    TestData::indicator(m_db->connection(), QStringLiteral("W04")));
    QVERIFY(model.rowCount() > 0);
    model.setValues({}, Indicator());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ValueTableModel::ColumnCount));
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_MAIN(TestValueTableModel)
#include "tst_valuetablemodel.moc"
