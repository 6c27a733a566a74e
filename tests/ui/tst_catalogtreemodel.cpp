// CatalogTreeModel: the catalog as a tree, plan -> category -> indicator, with
// sub-indicators under their numbered row. Filled from the demo database as the
// catalog page fills it, every indicator is found where the catalog puts it and
// shows its name, code, target, attribute and lead unit; the page's search proxy
// narrows it. QAbstractItemModelTester is attached to the tree and the proxy.
#include "demofixture.h"
#include "modeltesting.h"

#include "catalog/catalogtreemodel.h"

#include "storage/catalogrepository.h"

#include <QFont>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void everyIndicatorInItsPlace();
    void plansAndCategories();
    void searchThroughTheProxy_data();
    void searchThroughTheProxy();

private:
    int countIndicators(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex()) const;

    std::unique_ptr<TempDatabase> m_db;
    QVector<Plan> m_plans;
    QVector<Indicator> m_indicators;
};

void TestCatalogTreeModel::initTestCase()
{
    m_db = DemoFixture::open();
    m_plans = CatalogRepository(m_db->connection()).plans();
    m_indicators = CatalogRepository(m_db->connection()).indicators();
    QCOMPARE(m_plans.size(), 2);
    QVERIFY(m_indicators.size() >= 89);
}

int TestCatalogTreeModel::countIndicators(const QAbstractItemModel *model, const QModelIndex &parent) const
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(CatalogTreeModel::IndicatorCodeRole).isValid())
            ++n;
        n += countIndicators(model, i);
    }
    return n;
}

void TestCatalogTreeModel::headers()
{
    CatalogTreeModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model), QStringList({"Indicator", "Code", "2030 target", "Attribute", "Lead unit"}));
}

void TestCatalogTreeModel::everyIndicatorInItsPlace()
{
    CatalogTreeModel model;
    const auto tester = attachModelTester(&model);
    model.setCatalog(m_plans, m_indicators);
    QCOMPARE(countIndicators(&model), m_indicators.size());
    for (const Indicator &ind : m_indicators) {
        const QModelIndex i = model.indexOfCode(ind.code);
        QVERIFY2(i.isValid(), qPrintable(ind.code));
        QCOMPARE(model.indicatorAt(i)->code, ind.code);
        const int row = i.row();
        const QModelIndex parent = i.parent();
        auto cell = [&](int column) { return model.index(row, column, parent).data().toString(); };
        QCOMPARE(cell(CatalogTreeModel::NameColumn),
                 ind.measureUnit.isEmpty() ? ind.name : QStringLiteral("%1（%2）").arg(ind.name, ind.measureUnit));
        QCOMPARE(cell(CatalogTreeModel::CodeColumn), ind.code);
        QCOMPARE(cell(CatalogTreeModel::TargetColumn), ind.targetText);
        QCOMPARE(cell(CatalogTreeModel::AttributeColumn),
                 ind.isBinding() ? QStringLiteral("约束性") : QStringLiteral("预期性"));
        QCOMPARE(cell(CatalogTreeModel::LeadUnitColumn), ind.units.value(0));
        QCOMPARE(i.data(CatalogTreeModel::IndicatorCodeRole).toString(), ind.code);
        QCOMPARE(i.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("%1 %2（%3）").arg(ind.code, ind.name, ind.targetText));
        QVERIFY(!i.data(Qt::FontRole).isValid());
        // Where it hangs: under its numbered row, else under its category, in its plan.
        QModelIndex category = parent;
        if (!ind.parentCode.isEmpty()) {
            QCOMPARE(parent, model.indexOfCode(ind.parentCode));
            category = parent.parent();
        }
        QCOMPARE(category.data().toString(), ind.category);
        QVERIFY(!model.indicatorAt(category));
        QVERIFY(category.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex plan = category.parent();
        QVERIFY(!plan.parent().isValid());
        const auto p = std::find_if(m_plans.cbegin(), m_plans.cend(),
                                    [&](const Plan &pl) { return pl.code == ind.planCode; });
        QCOMPARE(plan.data().toString(), p->name);
        QCOMPARE(plan.row(), int(p - m_plans.cbegin()));
    }
    QVERIFY(!model.indexOfCode(QStringLiteral("no such code")).isValid());
}

void TestCatalogTreeModel::plansAndCategories()
{
    CatalogTreeModel model;
    const auto tester = attachModelTester(&model);
    model.setCatalog(m_plans, m_indicators);
    QCOMPARE(model.rowCount(), m_plans.size());
    for (int p = 0; p < m_plans.size(); ++p) {
        const QModelIndex plan = model.index(p, 0);
        QCOMPARE(plan.data().toString(), m_plans.at(p).name);
        // Only the name column has text on a plan or category row.
        QVERIFY(model.index(p, CatalogTreeModel::CodeColumn).data().toString().isEmpty());
        QStringList categories;
        for (const Indicator &ind : m_indicators) {
            if (ind.planCode == m_plans.at(p).code && !categories.contains(ind.category))
                categories << ind.category;
        }
        QCOMPARE(model.rowCount(plan), categories.size());
        for (int c = 0; c < categories.size(); ++c)
            QCOMPARE(model.index(c, 0, plan).data().toString(), categories.at(c));
    }
    // A reload (the page does one after an edit) gives the same tree.
    model.setCatalog(m_plans, m_indicators);
    QCOMPARE(countIndicators(&model), m_indicators.size());
    model.setCatalog({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogTreeModel::searchThroughTheProxy_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("code") << "W04";
    QTest::newRow("lead unit") << "区卫健委";
    QTest::newRow("target") << "≥94";
    QTest::newRow("attribute") << "约束性";
    QTest::newRow("nothing") << "没有这个指标";
}

void TestCatalogTreeModel::searchThroughTheProxy()
{
    QFETCH(QString, search);
    CatalogTreeModel model;
    QSortFilterProxyModel proxy; // as the catalog page sets it up
    const auto tester = attachModelTester(&model);
    const auto proxyTester = attachModelTester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    model.setCatalog(m_plans, m_indicators);

    proxy.setFilterFixedString(search);
    int want = 0;
    for (const Indicator &ind : m_indicators) {
        const QString name = ind.measureUnit.isEmpty() ? ind.name
                                                       : QStringLiteral("%1（%2）").arg(ind.name, ind.measureUnit);
        const bool match = QStringList({name, ind.code, ind.targetText, Indicator::attributeText(ind.attribute),
                                        ind.leadUnit()})
                               .join(QLatin1Char('\n'))
                               .contains(search, Qt::CaseInsensitive);
        // A numbered row stays when one of its sub-indicators matches: count matches only.
        const QModelIndex shown = proxy.mapFromSource(model.indexOfCode(ind.code));
        if (match) {
            ++want;
            QVERIFY2(shown.isValid(), qPrintable(ind.code));
        }
    }
    QVERIFY(countIndicators(&proxy) >= want);
    if (search == QStringLiteral("没有这个指标"))
        QCOMPARE(proxy.rowCount(), 0);
    else
        QVERIFY(want > 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(countIndicators(&proxy), m_indicators.size());
}

QTEST_MAIN(TestCatalogTreeModel)
#include "tst_catalogtreemodel.moc"
