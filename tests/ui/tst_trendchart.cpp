// The trend chart draws only the series it was given last. A chart that showed one
// indicator and then gets another must look exactly like a new chart that only got
// the second, also when it is grabbed before the event loop runs again (scripted
// screenshots, copy, PNG/SVG export, the printed report), and drawing an export from
// inside a slot must not delete objects that are waiting for deleteLater.

#include "charts/trendchart.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QtTest>

class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void grabShowsOnlyTheNewSeries();
    void imageShowsOnlyTheNewSeries();
    void exportFromASlotLeavesDeferredDeletesAlone();

private:
    // Two indicators whose axes share no label: other years, other magnitudes.
    static TrendSeries smallRates();
    static TrendSeries largeCounts();
    static int differingPixels(const QImage &a, const QImage &b);
};

TrendSeries TestTrendChart::smallRates()
{
    TrendSeries s;
    s.code = QStringLiteral("A01");
    s.measureUnit = QStringLiteral("‰");
    s.firstYear = 2001;
    s.lastYear = 2009;
    for (int y = 2001; y <= 2007; ++y)
        s.points.append({ y, 0.2 + 0.05 * (y - 2001), y < 2006 });
    s.targetShape = TrendSeries::TargetShape::Line;
    s.targetValue = 0.7;
    s.targetText = QStringLiteral("≥0.7");
    return s;
}

TrendSeries TestTrendChart::largeCounts()
{
    TrendSeries s;
    s.code = QStringLiteral("B02");
    s.measureUnit = QStringLiteral("人");
    s.firstYear = 2020;
    s.lastYear = 2030;
    for (int y = 2020; y <= 2025; ++y)
        s.points.append({ y, 30000.0 + 4000.0 * (y - 2020), true });
    s.targetShape = TrendSeries::TargetShape::Band;
    s.bandLow = 45000.0;
    s.bandHigh = 52000.0;
    s.hasBaseline = true;
    s.baselineYear = 2020;
    s.baselineValue = 30000.0;
    return s;
}

int TestTrendChart::differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            n += p[col] != q[col];
    }
    return n;
}

void TestTrendChart::grabShowsOnlyTheNewSeries()
{
    TrendChart reused;
    TrendChart fresh;
    for (TrendChart *c : { &reused, &fresh }) {
        c->resize(480, 320);
        c->show();
        QVERIFY(QTest::qWaitForWindowExposed(c));
    }
    reused.setSeries(smallRates(), QStringLiteral("A01"));
    QCoreApplication::processEvents(); // laid out and drawn as on screen
    QVERIFY(!reused.grab().isNull());

    // From here on no event loop: processEvents lays the charts out but, at this
    // level, leaves deleteLater alone, as a grab straight after a selection would.
    reused.setSeries(largeCounts(), QStringLiteral("B02"));
    fresh.setSeries(largeCounts(), QStringLiteral("B02"));
    QCoreApplication::processEvents();
    const QImage seen = reused.grab().toImage();
    const QImage expected = fresh.grab().toImage();
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(seen.save(QDir(dir).filePath(QStringLiteral("trend-reused.png"))));
        QVERIFY(expected.save(QDir(dir).filePath(QStringLiteral("trend-fresh.png"))));
    }
    QCOMPARE(differingPixels(seen, expected), 0);
}

void TestTrendChart::imageShowsOnlyTheNewSeries()
{
    TrendChart reused;
    TrendChart fresh;
    reused.setSeries(smallRates(), QStringLiteral("A01"));
    QVERIFY(!reused.toImage(QSize(340, 230)).isNull());
    reused.setSeries(largeCounts(), QStringLiteral("B02"));
    fresh.setSeries(largeCounts(), QStringLiteral("B02"));
    QCOMPARE(differingPixels(reused.toImage(QSize(340, 230)), fresh.toImage(QSize(340, 230))), 0);
}

void TestTrendChart::exportFromASlotLeavesDeferredDeletesAlone()
{
    TrendChart chart;
    chart.setSeries(smallRates(), QStringLiteral("A01"));
    chart.setSeries(largeCounts(), QStringLiteral("B02"));
    // As when "Copy chart" is clicked: the export runs inside a slot, and an object
    // handed to deleteLater in that slot must live until the slot has returned.
    bool aliveAfterExport = false;
    bool drawn = false;
    QPointer<QObject> pending;
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        pending = new QObject;
        pending->deleteLater();
        drawn = !chart.toImage(QSize(340, 230)).isNull();
        aliveAfterExport = !pending.isNull();
        loop.quit();
    });
    loop.exec();
    QVERIFY(drawn);
    QVERIFY(aliveAfterExport);
    QTRY_VERIFY(pending.isNull()); // and it goes once the event loop has it
}

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
