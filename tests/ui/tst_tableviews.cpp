// The read-only table views of the pages and panes: what every one has (rows
// selected whole, no editing, no row numbers) and what the options add.

#include "widgets/tableviews.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

#include <memory>

class TestTableViews : public QObject
{
    Q_OBJECT

private slots:
    void plain();
    void everyOption();
};

void TestTableViews::plain()
{
    QStandardItemModel model(3, 2);
    std::unique_ptr<QTableView> view(
        TableViews::makeReadOnly(&model, QAbstractItemView::SingleSelection, TableViews::Option::None));
    QCOMPARE(view->model(), &model);
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view->selectionMode(), QAbstractItemView::SingleSelection);
    QVERIFY(view->verticalHeader()->isHidden());
    QVERIFY(!view->alternatingRowColors());
    QVERIFY(!view->horizontalHeader()->stretchLastSection());
    QVERIFY(view->wordWrap()); // the view's own default
    QCOMPARE(view->verticalHeader()->defaultSectionSize(), QTableView().verticalHeader()->defaultSectionSize());
}

void TestTableViews::everyOption()
{
    QStandardItemModel model(3, 2);
    std::unique_ptr<QTableView> view(TableViews::makeReadOnly(&model, QAbstractItemView::ExtendedSelection,
                                                              TableViews::Option::AlternatingRows
                                                                  | TableViews::Option::StretchLastColumn
                                                                  | TableViews::Option::SingleLineRows));
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    QCOMPARE(view->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(view->alternatingRowColors());
    QVERIFY(view->horizontalHeader()->stretchLastSection());
    QVERIFY(!view->wordWrap());
    QCOMPARE(view->verticalHeader()->defaultSectionSize(), view->fontMetrics().height() + 8);
}

QTEST_MAIN(TestTableViews)
#include "tst_tableviews.moc"
