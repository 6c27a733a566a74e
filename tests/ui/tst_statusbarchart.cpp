// The status chart names every category: at the smallest size the overview page
// allows and at the size the printed report lays it out at, no category label is
// dropped for lack of room (QtCharts hides labels that would overlap). The first
// category given is the top row, with its own bar beside it, whoever calls.

#include "charts/statusbarchart.h"
#include "report/reportchartset.h"
#include "report/reportstyle.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QtTest>

class TestStatusBarChart : public QObject
{
    Q_OBJECT

private slots:
    void everyCategoryIsNamed_data();
    void everyCategoryIsNamed();
    void heightGrowsWithTheCategories();
    void firstCategoryIsOnTop();

private:
    // The fifteen categories of both plans, as in the catalog.
    static QStringList categories();
    static QVector<StatusBarChart::Counts> counts(int n);
    static QStringList visibleLabels(StatusBarChart *chart);
    // The visible category labels from the top of the chart down.
    static QStringList labelsTopDown(StatusBarChart *chart, QMap<QString, qreal> *centres);
};

QStringList TestStatusBarChart::categories()
{
    return {
        QStringLiteral("妇女与健康"),       QStringLiteral("妇女与教育"),     QStringLiteral("妇女与经济"),
        QStringLiteral("妇女参与决策管理"), QStringLiteral("妇女与社会保障"), QStringLiteral("妇女与家庭建设"),
        QStringLiteral("妇女与环境"),       QStringLiteral("妇女与法律"),     QStringLiteral("儿童与健康"),
        QStringLiteral("儿童与安全"),       QStringLiteral("儿童与教育"),     QStringLiteral("儿童与福利"),
        QStringLiteral("儿童与家庭"),       QStringLiteral("儿童与环境"),     QStringLiteral("儿童与法律"),
    };
}

QVector<StatusBarChart::Counts> TestStatusBarChart::counts(int n)
{
    QVector<StatusBarChart::Counts> result;
    for (int i = 0; i < n; ++i)
        result.append({3 + i % 4, i % 3, i % 2, 1});
    return result;
}

QStringList TestStatusBarChart::visibleLabels(StatusBarChart *chart)
{
    const QStringList names = categories();
    QStringList shown;
    const auto items = chart->findChild<QGraphicsView *>()->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && names.contains(text->toPlainText()))
            shown << text->toPlainText();
    }
    return shown;
}

QStringList TestStatusBarChart::labelsTopDown(StatusBarChart *chart, QMap<QString, qreal> *centres)
{
    const QStringList names = categories();
    QMultiMap<qreal, QString> byHeight;
    const auto items = chart->findChild<QGraphicsView *>()->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !names.contains(text->toPlainText()))
            continue;
        const qreal y = text->sceneBoundingRect().center().y();
        byHeight.insert(y, text->toPlainText());
        centres->insert(text->toPlainText(), y);
    }
    return byHeight.values();
}

void TestStatusBarChart::everyCategoryIsNamed_data()
{
    QTest::addColumn<bool>("report");
    QTest::addColumn<QSize>("size");
    // The overview page lets the chart shrink to its minimum height, 360 wide.
    QTest::newRow("overview, smallest") << false << QSize(360, 1);
    QTest::newRow("overview, wide and short") << false << QSize(900, 1);
    // The report lays the chart out at its design width (560) in the image's aspect.
    const int reportHeight = 560 * ReportChartSet::StatusHeight / ReportChartSet::StatusWidth;
    QTest::newRow("report") << true << QSize(560, reportHeight);
}

void TestStatusBarChart::everyCategoryIsNamed()
{
    QFETCH(bool, report);
    QFETCH(QSize, size);
    StatusBarChart chart;
    if (report)
        chart.setChartFont(ReportStyle::font(9));
    const QStringList names = categories();
    chart.setCounts(names, counts(names.size()), QStringLiteral("Indicators by status and category, 2025"));
    chart.resize(size); // never below the minimum size
    qInfo("%d x %d", chart.width(), chart.height());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50); // QtCharts lays out on posted events
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString name =
            QString::fromLatin1(QTest::currentDataTag()).replace(QStringLiteral(", "), QStringLiteral("-"));
        QVERIFY(chart.grab().save(QDir(dir).filePath(QStringLiteral("status-%1.png").arg(name))));
    }
    QStringList shown = visibleLabels(&chart);
    shown.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(shown, expected);
}

void TestStatusBarChart::heightGrowsWithTheCategories()
{
    StatusBarChart chart;
    const QStringList names = categories();
    chart.setCounts(names.mid(0, 3), counts(3), QString());
    const int few = chart.minimumHeight();
    chart.setCounts(names, counts(names.size()), QString());
    const int many = chart.minimumHeight();
    QVERIFY2(many > few, qPrintable(QStringLiteral("%1 vs %2").arg(many).arg(few)));
    // Every category gets at least a line of its label's font.
    const QFontMetrics metrics(chart.chartFont());
    QVERIFY(many - few >= 12 * metrics.height() * 9 / 10);
}

void TestStatusBarChart::firstCategoryIsOnTop()
{
    // As the report passes them: in plan order. The first category has by far the
    // most indicators met, so its bar is the widest of its colour.
    const QStringList names = categories();
    QVector<StatusBarChart::Counts> data = counts(names.size());
    data[0] = {40, 0, 0, 0};
    StatusBarChart chart;
    chart.setCounts(names, data, QStringLiteral("Indicators by status and category, 2025"));
    chart.resize(600, 1);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50); // QtCharts lays out on posted events

    QMap<QString, qreal> centres;
    QCOMPARE(labelsTopDown(&chart, &centres), names);

    // The bar beside the first label is the first category's.
    const QColor met(0x2e, 0x6b, 0x3a);
    QRectF widest;
    const auto items = chart.findChild<QGraphicsView *>()->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *rect = dynamic_cast<QGraphicsRectItem *>(item);
        if (rect && rect->isVisible() && rect->brush().color() == met
            && rect->sceneBoundingRect().width() > widest.width())
            widest = rect->sceneBoundingRect();
    }
    QVERIFY(!widest.isEmpty());
    const qreal row = centres.value(names.at(1)) - centres.value(names.at(0));
    QVERIFY2(
        std::abs(widest.center().y() - centres.value(names.at(0))) < row / 2,
        qPrintable(QStringLiteral("bar at %1, label at %2").arg(widest.center().y()).arg(centres.value(names.at(0)))));
}

QTEST_MAIN(TestStatusBarChart)
#include "tst_statusbarchart.moc"
