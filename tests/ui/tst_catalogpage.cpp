// The catalog window: the tree holds both plans, the detail pane follows the
// selection, the search narrows the tree, and the keyboard moves through it.

#include "catalog/catalogpage.h"
#include "catalog/catalogtreemodel.h"
#include "catalog/indicatordetailpane.h"
#include "catalog/indicatoreditdialog.h"
#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "mainwindow.h"
#include "modeltesting.h"
#include "session/session.h"
#include "widgets/valuetablemodel.h"

#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "workflow/demodata.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

class TestCatalogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeHoldsEveryIndicator();
    void selectionShowsDetailAndAssessment_data();
    void selectionShowsDetailAndAssessment();
    void searchNarrowsTree();
    void keyboardMovesSelection();
    void detailFollowsTheFilter();
    void columnsShowWhole_data();
    void columnsShowWhole();
    void onlyAdministratorEditsIndicator();
    void dialogEditsEveryIndicator();
    void editButtonSavesThroughTheDialog_data();
    void editButtonSavesThroughTheDialog();

private:
    int countIndicators(const QAbstractItemModel *model, const QModelIndex &parent = QModelIndex()) const;
    void screenshot(QWidget *w, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers; // destroyed before the window
};

void TestCatalogPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
    m_window = std::make_unique<MainWindow>();
    QVERIFY2(m_window->openDatabase(m_path), qPrintable(m_window->lastError()));
    m_testers = attachModelTesters<CatalogTreeModel, QSortFilterProxyModel, ValueTableModel>(m_window->catalogPage());
    QCOMPARE(m_testers.size(), size_t(3));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("示例数据")));
}

int TestCatalogPage::countIndicators(const QAbstractItemModel *model, const QModelIndex &parent) const
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (!i.data(CatalogTreeModel::IndicatorCodeRole).toString().isEmpty())
            ++n;
        n += countIndicators(model, i);
    }
    return n;
}

void TestCatalogPage::screenshot(QWidget *w, const QString &name) const
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestCatalogPage::treeHoldsEveryIndicator()
{
    QTreeView *tree = m_window->catalogPage()->tree();
    QCOMPARE(tree->model()->rowCount(), 2); // two plans
    QCOMPARE(countIndicators(tree->model()), 89);
}

void TestCatalogPage::selectionShowsDetailAndAssessment_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("target");
    QTest::newRow("threshold W04") << "W04"
                                   << "孕产妇系统管理率"
                                   << "≥94";
    QTest::newRow("about W15") << "W15"
                               << "就业人员中女性比例"
                               << "45左右";
    QTest::newRow("sub-indicator C10b") << "C10b"
                                        << "初中生近视率"
                                        << "＜60";
    QTest::newRow("judgement W25") << "W25"
                                   << "镇街领导班子中女干部配备率和由女性担任正职的比例"
                                   << "保持合理比例";
}

void TestCatalogPage::selectionShowsDetailAndAssessment()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, target);
    CatalogPage *page = m_window->catalogPage();
    QVERIFY(page->selectIndicator(code));
    const QList<QLabel *> labels = page->detail()->findChildren<QLabel *>();
    QString all;
    for (QLabel *l : labels)
        all += l->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(code + QStringLiteral("  ") + name), qPrintable(all));
    QVERIFY(all.contains(target));
    const QString assessment = page->detail()->assessmentText();
    QVERIFY2(assessment.contains(QStringLiteral("Assessment for %1").arg(page->assessmentYear())),
             qPrintable(assessment));
    QVERIFY(page->detail()->valuesView()->model()->rowCount() >= 5); // demo values 2020–2025
    screenshot(m_window.get(), QStringLiteral("catalog-") + code);
}

void TestCatalogPage::searchNarrowsTree()
{
    CatalogPage *page = m_window->catalogPage();
    auto *search = page->findChild<QLineEdit *>();
    QVERIFY(search);
    search->setText(QStringLiteral("近视率"));
    // The three 近视率 rows, under their numbered row C10 shown for context.
    QCOMPARE(countIndicators(page->tree()->model()), 4);
    search->setText(QStringLiteral("W1"));
    QCOMPARE(countIndicators(page->tree()->model()), 10); // W10 … W19 (and W01's parent rows are not indicators)
    search->clear();
    QCOMPARE(countIndicators(page->tree()->model()), 89);
}

void TestCatalogPage::detailFollowsTheFilter()
{
    // After filtering, the pane shows the current indicator or nothing: never the
    // indicator a filter has hidden.
    CatalogPage *page = m_window->catalogPage();
    auto *search = page->findChild<QLineEdit *>();
    const auto currentCode = [page] {
        return page->tree()->currentIndex().data(CatalogTreeModel::IndicatorCodeRole).toString();
    };
    for (const Indicator &ind : m_window->session()->indicators()) {
        search->clear();
        QVERIFY(page->selectIndicator(QStringLiteral("W04")));
        QCOMPARE(page->detail()->shownCode(), QStringLiteral("W04"));
        search->setText(ind.code);
        QCOMPARE(page->detail()->shownCode(), currentCode());
        if (ind.code != QStringLiteral("W04"))
            QVERIFY2(page->detail()->shownCode() != QStringLiteral("W04") || currentCode() == QStringLiteral("W04"),
                     qPrintable(ind.code));
        // Choosing a row of the filtered tree shows it.
        QVERIFY(page->selectIndicator(ind.code));
        QCOMPARE(page->detail()->shownCode(), ind.code);
    }
    search->setText(QStringLiteral("no such indicator"));
    QCOMPARE(page->detail()->shownCode(), QString());
    QVERIFY(page->detail()->assessmentText().isEmpty());
    search->clear();
}

void TestCatalogPage::columnsShowWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x900") << QSize(1600, 900);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestCatalogPage::columnsShowWhole()
{
    // Code, target, attribute and lead unit show whole for every indicator ("C…",
    // "区卫…" at 1600 px once); the name column takes the rest.
    QFETCH(QSize, size);
    m_window->resize(size);
    CatalogPage *page = m_window->catalogPage();
    QTreeView *tree = page->tree();
    tree->expandAll();
    QCoreApplication::processEvents();
    const QFontMetrics fm(tree->font());
    QVector<QModelIndex> todo{QModelIndex()};
    int checked = 0;
    while (!todo.isEmpty()) {
        const QModelIndex parent = todo.takeLast();
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex first = tree->model()->index(r, 0, parent);
            todo.append(first);
            if (first.data(CatalogTreeModel::IndicatorCodeRole).toString().isEmpty())
                continue;
            for (int c = CatalogTreeModel::CodeColumn; c < CatalogTreeModel::ColumnCount; ++c) {
                const QModelIndex i = tree->model()->index(r, c, parent);
                const QString text = i.data().toString();
                const int need = fm.horizontalAdvance(text);
                QVERIFY2(tree->columnWidth(c) >= need,
                         qPrintable(QStringLiteral("%1 column %2 \"%3\": %4 px of %5")
                                        .arg(first.data(CatalogTreeModel::IndicatorCodeRole).toString())
                                        .arg(c)
                                        .arg(text)
                                        .arg(tree->columnWidth(c))
                                        .arg(need)));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 89 * (CatalogTreeModel::ColumnCount - 1));
    // The name keeps a useful width.
    QVERIFY2(tree->columnWidth(CatalogTreeModel::NameColumn) >= 200,
             qPrintable(QString::number(tree->columnWidth(CatalogTreeModel::NameColumn))));
    screenshot(m_window.get(), QStringLiteral("catalog-%1x%2").arg(size.width()).arg(size.height()));
}

void TestCatalogPage::keyboardMovesSelection()
{
    CatalogPage *page = m_window->catalogPage();
    QVERIFY(page->selectIndicator(QStringLiteral("W02")));
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Down);
    QCOMPARE(page->tree()->currentIndex().data(CatalogTreeModel::IndicatorCodeRole).toString(), QStringLiteral("W03"));
    QTest::keyClick(page->tree(), Qt::Key_Up);
    QCOMPARE(page->tree()->currentIndex().data(CatalogTreeModel::IndicatorCodeRole).toString(), QStringLiteral("W02"));
}

void TestCatalogPage::onlyAdministratorEditsIndicator()
{
    CatalogPage *page = m_window->catalogPage();
    Database *db = m_window->session()->database();
    Indicator changed = *CatalogRepository(db->connection()).indicator(QStringLiteral("W04"));
    changed.targetText = QStringLiteral("≥95");
    changed.units = {QStringLiteral("区卫健委"), QStringLiteral("区妇联")};
    QString error;
    m_window->session()->setUser(*UserRepository(db->connection()).user(QStringLiteral("fuergw")));
    page->updateForUser();
    QVERIFY(!page->editIndicator(changed, &error)); // a reviewer reads only
    QCOMPARE(CatalogRepository(db->connection()).indicator(QStringLiteral("W04"))->targetText, QStringLiteral("≥94"));

    m_window->session()->setUser(*UserRepository(db->connection()).user(QStringLiteral("admin")));
    page->updateForUser();
    QVERIFY2(page->editIndicator(changed, &error), qPrintable(error));
    const Indicator stored = *CatalogRepository(db->connection()).indicator(QStringLiteral("W04"));
    QCOMPARE(stored.targetText, QStringLiteral("≥95"));
    QCOMPARE(stored.units, changed.units);
    const AuditEntry last = AuditRepository(db->connection()).history(QStringLiteral("W04")).first();
    QCOMPARE(last.action, QStringLiteral("catalog"));
    QCOMPARE(last.user, QStringLiteral("admin"));
    QVERIFY(last.reason.contains(QStringLiteral("≥94")) && last.reason.contains(QStringLiteral("≥95")));

    changed.units.clear();
    QVERIFY(!page->editIndicator(changed, &error));
    QVERIFY(error.contains(QStringLiteral("lead unit")));
}

void TestCatalogPage::dialogEditsEveryIndicator()
{
    // The dialog as the administrator fills it, for every indicator: a new target,
    // the other attribute, the second unit checked or unchecked, a new tolerance
    // and band, and the reference indicator set to "(none)" or to another one.
    // Before the fix, saving failed for the 88 indicators without a reference.
    CatalogPage *page = m_window->catalogPage();
    Database *db = m_window->session()->database();
    m_window->session()->setUser(*UserRepository(db->connection()).user(QStringLiteral("admin")));
    page->updateForUser();
    CatalogRepository catalog(db->connection());
    QStringList codes;
    for (const Indicator &i : catalog.indicators())
        codes.append(i.code);
    QCOMPARE(codes.size(), 89);
    for (const QString &code : codes) {
        const Indicator before = *catalog.indicator(code);
        IndicatorEditDialog dialog(before, catalog.units(), codes, page);
        auto *target = dialog.findChild<QLineEdit *>(QStringLiteral("target"));
        auto *attribute = dialog.findChild<QComboBox *>(QStringLiteral("attribute"));
        auto *units = dialog.findChild<QListWidget *>(QStringLiteral("units"));
        auto *tolerance = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("tolerance"));
        auto *low = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("balanceLow"));
        auto *high = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("balanceHigh"));
        auto *reference = dialog.findChild<QComboBox *>(QStringLiteral("reference"));
        auto *reading = dialog.findChild<QComboBox *>(QStringLiteral("aboutReading"));
        auto *swing = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("swingShare"));
        auto *jump = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("jumpShare"));
        auto *least = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("jumpMinimum"));
        QVERIFY(target && attribute && units && tolerance && low && high && reference);
        QVERIFY(reading && swing && jump && least);
        QCOMPARE(RuleParams::AboutReading(reading->currentData().toInt()), before.params.aboutReading);
        QCOMPARE(swing->value(), before.params.swingShare * 100);
        // The units' label has the list as its buddy: its mnemonic works and no
        // "&" (the Chinese "(&U)") shows as written.
        bool unitsLabelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            unitsLabelled = unitsLabelled || (label->buddy() == units && label->text().contains(QLatin1Char('&')));
        QVERIFY(unitsLabelled);
        target->setText(QStringLiteral("≥88"));
        attribute->setCurrentIndex(1 - attribute->currentIndex());
        QVERIFY(units->count() > 1);
        units->item(1)->setCheckState(units->item(1)->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        tolerance->setValue(before.params.tolerance + 1);
        low->setValue(99);
        high->setValue(111);
        reference->setCurrentIndex(before.params.referenceCode.isEmpty() ? 1 : 0);
        reading->setCurrentIndex((reading->currentIndex() + 1) % reading->count());
        swing->setValue(7.5);
        jump->setValue(30);
        least->setValue(2.5);
        const Indicator changed = dialog.indicator();
        QString error;
        QVERIFY2(page->editIndicator(changed, &error), qPrintable(code + QStringLiteral(": ") + error));
        const Indicator stored = *catalog.indicator(code);
        QCOMPARE(stored.targetText, QStringLiteral("≥88"));
        QCOMPARE(stored.attribute, changed.attribute);
        QVERIFY(stored.attribute != before.attribute);
        QCOMPARE(stored.units, changed.units);
        QVERIFY(stored.units != before.units);
        QCOMPARE(stored.params.tolerance, before.params.tolerance + 1);
        QCOMPARE(stored.params.balanceLow, 99.0);
        QCOMPARE(stored.params.balanceHigh, 111.0);
        QVERIFY(stored.params.aboutReading != before.params.aboutReading);
        QCOMPARE(stored.params.swingShare, 0.075);
        QCOMPARE(stored.params.jumpShare, 0.3);
        QCOMPARE(stored.params.jumpMinimum, 2.5);
        QCOMPARE(stored.params.referenceCode,
                 changed.params.referenceCode.isNull() ? QString() : changed.params.referenceCode);
        QVERIFY(stored.params.referenceCode != before.params.referenceCode);
        const AuditEntry last = AuditRepository(db->connection()).history(code).first();
        QCOMPARE(last.action, QStringLiteral("catalog"));
        QCOMPARE(last.user, QStringLiteral("admin"));
        QVERIFY2(last.reason.contains(before.targetText + QStringLiteral(" → ≥88")), qPrintable(last.reason));
        QVERIFY2(last.reason.contains(QStringLiteral("swing share 0.05 → 0.075")), qPrintable(last.reason));
        QVERIFY2(last.reason.contains(QStringLiteral("least jump 1 → 2.5")), qPrintable(last.reason));
        QVERIFY2(last.reason.contains(QStringLiteral("reading of 左右 ")), qPrintable(last.reason));
    }
}

void TestCatalogPage::editButtonSavesThroughTheDialog_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("W01, no reference indicator") << "W01";
    QTest::newRow("W05a, a sub-indicator") << "W05a";
    QTest::newRow("C01, children's plan") << "C01";
    QTest::newRow("W21, follows W20") << "W21";
}

void TestCatalogPage::editButtonSavesThroughTheDialog()
{
    // The whole path: select, 编辑指标, change the target, 确定. No message box
    // may come up, and the new target is stored.
    QFETCH(QString, code);
    CatalogPage *page = m_window->catalogPage();
    Database *db = m_window->session()->database();
    m_window->session()->setUser(*UserRepository(db->connection()).user(QStringLiteral("admin")));
    page->updateForUser();
    QVERIFY(page->selectIndicator(code));
    const QString newTarget = QStringLiteral("≥77（%1）").arg(code);
    bool filled = false;
    bool warned = false;
    QTimer::singleShot(0, page, [&] {
        auto *dialog = qobject_cast<IndicatorEditDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("target"))->setText(newTarget);
        filled = true;
        // A warning would open on top of the dialog: note it and close both.
        QTimer::singleShot(200, page, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warned = true;
                box->accept();
                QTimer::singleShot(0, page, [] {
                    if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                        d->reject();
                });
            }
        });
        dialog->accept();
    });
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editIndicator"));
    QVERIFY(edit && edit->isVisible());
    edit->click();
    QVERIFY(filled);
    QTest::qWait(300);
    QVERIFY2(!warned, "saving showed a warning");
    QCOMPARE(CatalogRepository(db->connection()).indicator(code)->targetText, newTarget);
}

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
