// The trend chart draws only the series it was given last. A chart that showed one
// indicator and then gets another must look exactly like a new chart that only got
// the second, also when it is grabbed before the event loop runs again (scripted
// screenshots, copy, PNG/SVG export, the printed report), and drawing an export from
// inside a slot must not delete objects that are waiting for deleteLater. The value
// axis labels are plain numbers (no 6e+04) that tell the ticks apart, for counts in
// the tens of thousands as for rates below one.

#include "charts/trendchart.h"

#include <QChart>
#include <QChartView>
#include <QEventLoop>
#include <QGraphicsTextItem>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QValueAxis>
#include <QtTest>

class TestTrendChart : public QObject
{
    Q_OBJECT

private slots:
    void grabShowsOnlyTheNewSeries();
    void imageShowsOnlyTheNewSeries();
    void exportFromASlotLeavesDeferredDeletesAlone();
    void valueLabelsArePlainNumbers_data();
    void valueLabelsArePlainNumbers();

private:
    // Two indicators whose axes share no label: other years, other magnitudes.
    static TrendSeries smallRates();
    static TrendSeries largeCounts();
    static TrendSeries shares(); // 0.1 to 0.9
    static QStringList sceneTexts(TrendChart *chart);
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
        s.points.append({y, 0.2 + 0.05 * (y - 2001), y < 2006});
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
        s.points.append({y, 30000.0 + 4000.0 * (y - 2020), true});
    s.targetShape = TrendSeries::TargetShape::Band;
    s.bandLow = 45000.0;
    s.bandHigh = 52000.0;
    s.hasBaseline = true;
    s.baselineYear = 2020;
    s.baselineValue = 30000.0;
    return s;
}

TrendSeries TestTrendChart::shares()
{
    TrendSeries s;
    s.code = QStringLiteral("C03");
    s.measureUnit = QStringLiteral("%");
    for (int y = 2020; y <= 2028; ++y)
        s.points.append({y, 0.1 * (y - 2019), true});
    return s;
}

QStringList TestTrendChart::sceneTexts(TrendChart *chart)
{
    QStringList texts;
    const auto items = chart->findChild<QChartView *>()->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
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
    for (TrendChart *c : {&reused, &fresh}) {
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

void TestTrendChart::valueLabelsArePlainNumbers_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("persons, 30000 to 52000") << 0;
    QTest::newRow("rate in permille, 0.2 to 0.7") << 1;
    QTest::newRow("share, 0.1 to 0.9") << 2;
}

void TestTrendChart::valueLabelsArePlainNumbers()
{
    QFETCH(int, which);
    const TrendSeries series = which == 0 ? largeCounts() : which == 1 ? smallRates() : shares();
    TrendChart chart;
    chart.setSeries(series, series.code);
    chart.resize(480, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50); // QtCharts lays out on posted events

    const auto axes = chart.findChild<QChartView *>()->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *y = qobject_cast<const QValueAxis *>(axes.first());
    QVERIFY(y);
    // The chart's format is always "%.Nf" (trendchart.cpp's labelFormat()): print with
    // its N through a literal format, as the axis prints its labels.
    const QRegularExpressionMatch format = QRegularExpression(QStringLiteral("^%\\.(\\d)f$")).match(y->labelFormat());
    QVERIFY2(format.hasMatch(), qPrintable(y->labelFormat()));
    const int decimals = format.captured(1).toInt();
    const int ticks = y->tickCount();
    QVERIFY(ticks >= 2);
    const double interval = (y->max() - y->min()) / (ticks - 1);
    const QStringList shown = sceneTexts(&chart);
    const QRegularExpression exponent(QStringLiteral("\\de[+-]?\\d"));
    QStringList labels;
    for (int i = 0; i < ticks; ++i) {
        const double value = y->min() + i * interval;
        const QString label = QString::asprintf("%.*f", decimals, value);
        QVERIFY2(!label.contains(exponent), qPrintable(label));
        // Read back, the label is its tick's value, not a neighbour's.
        bool ok = false;
        QVERIFY2(std::abs(label.toDouble(&ok) - value) < interval / 10 && ok,
                 qPrintable(QStringLiteral("%1 for %2").arg(label).arg(value)));
        QVERIFY2(shown.contains(label), qPrintable(label + QStringLiteral(" not drawn")));
        labels << label;
    }
    qInfo("%s: %s", qPrintable(y->labelFormat()), qPrintable(labels.join(QStringLiteral(" | "))));
    QCOMPARE(labels.removeDuplicates(), 0);
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(chart.grab().save(QDir(dir).filePath(QStringLiteral("trend-labels-%1.png").arg(which))));
    for (const QString &text : shown)
        QVERIFY2(!text.contains(exponent), qPrintable(text));
}

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
