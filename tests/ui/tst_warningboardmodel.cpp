// WarningBoardModel: the early-warning board, every indicator's assessment for the
// year. Filled with the demo database's assessments of every year a user can pick,
// each row is checked against the catalog (read separately), the stored values and
// the assessment: display texts, the raw roles the filter and sorting use, tool
// tips and colours. QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"

#include "overview/warningboardmodel.h"

#include "storage/catalogrepository.h"
#include "target/targetformat.h"
#include "widgets/assessmentformatter.h"
#include "workflow/assessmentservice.h"

#include <QBrush>
#include <QtTest>

class TestWarningBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void everyIndicator_data();
    void everyIndicator();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestWarningBoardModel::initTestCase()
{
    m_db = DemoFixture::open();
}

void TestWarningBoardModel::headers()
{
    WarningBoardModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model),
             QStringList({"Warning", "Code", "Indicator", "Target 2030", "Latest value", "Status", "Outlook",
                          "Fluctuation", "Lead unit", "Attribute", "Reason"}));
}

void TestWarningBoardModel::everyIndicator_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2021; year <= 2026; ++year)
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestWarningBoardModel::everyIndicator()
{
    QFETCH(int, year);
    const QSqlDatabase c = m_db->connection();
    const QVector<Indicator> catalog = CatalogRepository(c).indicators();
    WarningBoardModel model;
    const auto tester = attachModelTester(&model);
    model.setAssessments(AssessmentService(c).assessAll(year));
    // Every indicator, in catalog order.
    QCOMPARE(model.rowCount(), catalog.size());
    QSet<int> warnings;
    QSet<int> statuses;
    for (int r = 0; r < catalog.size(); ++r) {
        const Indicator &ind = catalog.at(r);
        const IndicatorAssessment *ia = model.assessmentAt(r);
        QVERIFY(ia);
        const Assessment &a = ia->assessment;
        QCOMPARE(model.rowOfCode(ind.code), r);
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::CodeColumn), ind.code);
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::NameColumn), ind.name);
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::TargetColumn), ind.targetText);
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::LeadUnitColumn), ind.units.value(0));
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::AttributeColumn),
                 ind.attribute == Indicator::Attribute::Binding ? QStringLiteral("约束性") : QStringLiteral("预期性"));
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::WarningColumn),
                 AssessmentFormatter::warningDot() + QLatin1Char(' ') + Assessment::warningLabel(a.warning));
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::StatusColumn), Assessment::statusLabel(a.status));
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::OutlookColumn), Assessment::outlookLabel(a.outlook));
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::FluctuationColumn),
                 a.fluctuation ? Assessment::fluctuationLabel() : QString());
        QCOMPARE(ModelText::text(&model, r, WarningBoardModel::ReasonColumn), a.reason);
        // The latest value is the stored one of the latest year up to the year chosen.
        if (a.latestValue) {
            QVERIFY(a.latestYear <= year);
            const std::optional<ValueRecord> stored = TestData::value(c, ind.code, a.latestYear);
            QVERIFY2(stored, qPrintable(ind.code));
            QCOMPARE(*a.latestValue, stored->value);
            QCOMPARE(ModelText::text(&model, r, WarningBoardModel::LatestColumn),
                     QStringLiteral("%1 (%2)").arg(TargetFormat::value(stored->value, ind)).arg(a.latestYear));
        } else {
            QCOMPARE(ModelText::text(&model, r, WarningBoardModel::LatestColumn), QStringLiteral("—"));
        }
        // The raw values behind filtering and sorting.
        const QModelIndex i = model.index(r, WarningBoardModel::CodeColumn);
        QCOMPARE(i.data(WarningBoardModel::PlanRole).toString(), ind.planCode);
        QCOMPARE(i.data(WarningBoardModel::CategoryRole).toString(), ind.category);
        QCOMPARE(i.data(WarningBoardModel::LeadUnitRole).toString(), ind.units.value(0));
        QCOMPARE(i.data(WarningBoardModel::AttributeRole).toInt(), int(ind.attribute));
        QCOMPARE(i.data(WarningBoardModel::WarningRole).toInt(), int(a.warning));
        QCOMPARE(i.data(WarningBoardModel::StatusRole).toInt(), int(a.status));
        QCOMPARE(i.data(WarningBoardModel::OrderRole).toInt(), r);
        QCOMPARE(i.data(WarningBoardModel::CodeRole).toString(), ind.code);
        // Colours and tool tips.
        QCOMPARE(model.index(r, WarningBoardModel::WarningColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 AssessmentFormatter::warningColor(a.warning));
        QCOMPARE(model.index(r, WarningBoardModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 AssessmentFormatter::statusColor(a.status));
        QCOMPARE(model.index(r, WarningBoardModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
                 a.formula.isEmpty() ? a.reason : a.reason + QLatin1Char('\n') + a.formula);
        QCOMPARE(model.index(r, WarningBoardModel::NameColumn).data(Qt::ToolTipRole).toString(), ind.name);
        QVERIFY(!model.index(r, WarningBoardModel::CodeColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.flags(i), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
        warnings.insert(int(a.warning));
        statuses.insert(int(a.status));
    }
    // DemoData's mix reaches the board: several warning levels and statuses.
    if (year <= 2025) {
        QVERIFY(warnings.size() >= 3);
        QVERIFY(statuses.size() >= 3);
    }
    QVERIFY(!model.assessmentAt(catalog.size()));
    QCOMPARE(model.rowOfCode(QStringLiteral("no such code")), -1);
    model.setAssessments({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWarningBoardModel)
#include "tst_warningboardmodel.moc"
