// The trend chart's legend and title for every indicator of the demo data, as the
// review pane shows them and as the exported PNG, SVG and clipboard image draw them:
// a target written with an ASCII "<" (C01 <1.5, C04 <4.5) is shown as written, not
// dropped as an unknown HTML tag ("目标" alone), and no legend label is cut
// ("推算至203…") in the export.
#include "charts/trendchart.h"
#include "demofixture.h"

#include "storage/valuerepository.h"
#include "workflow/assessmentservice.h"
#include "workflow/trendseries.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

class TestChartLegend : public QObject
{
    Q_OBJECT

private slots:
    void everyIndicatorsLegend();

private:
    QTemporaryDir m_dir;
};

void TestChartLegend::everyIndicatorsLegend()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QVector<IndicatorAssessment> all = AssessmentService(c).assessAll(2025);
    QCOMPARE(all.size(), 89);
    int withTarget = 0;
    int ascii = 0;
    for (const IndicatorAssessment &ia : all) {
        const Indicator &ind = ia.indicator;
        const TrendSeries series = TrendSeries::build(ia, ValueRepository(c).valuesOf(ind.code));
        TrendChart chart;
        chart.resize(640, 360);
        const QString title = QStringLiteral("%1 %2").arg(ind.code, ind.name);
        chart.setSeries(series, title);
        QChart *qc = chart.findChild<QChartView *>()->chart();
        // What the legend and title show, read as the rich text QtCharts makes of them.
        QStringList labels;
        const auto markers = qc->legend()->markers();
        for (QLegendMarker *m : markers) {
            if (m->isVisible())
                labels << QTextDocumentFragment::fromHtml(m->label()).toPlainText();
        }
        QCOMPARE(QTextDocumentFragment::fromHtml(qc->title()).toPlainText(),
                 ind.measureUnit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, ind.measureUnit));
        if (series.targetShape == TrendSeries::TargetShape::Line) {
            ++withTarget;
            ascii += ind.targetText.contains(QLatin1Char('<'));
            QVERIFY2(labels.contains(QStringLiteral("Target ") + ind.targetText),
                     qPrintable(QStringLiteral("%1: %2").arg(ind.code, labels.join(QStringLiteral(" | ")))));
        }
        // The export at the PNG's default size draws every label whole. The SVG export
        // takes the same path (ChartWidget::render) and keeps the drawn text readable.
        const QString svgPath = qEnvironmentVariableIsSet("FUER_SCREENSHOT_DIR")
            ? qEnvironmentVariable("FUER_SCREENSHOT_DIR") + QStringLiteral("/chart-%1.svg").arg(ind.code)
            : m_dir.filePath(ind.code + QStringLiteral(".svg"));
        QVERIFY(chart.saveSvg(svgPath, QSize(1280, 720)));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        // The drawn texts, joined: a label may be drawn in pieces, one per font.
        QString drawn;
        static const QRegularExpression textElement(QStringLiteral(">([^<>]+)</text>"));
        QRegularExpressionMatchIterator it = textElement.globalMatch(QString::fromUtf8(svg.readAll()));
        while (it.hasNext())
            drawn += it.next().captured(1);
        QVERIFY2(!drawn.contains(QChar(0x2026)) && !drawn.contains(QLatin1String("...")),
                 qPrintable(QStringLiteral("%1: a text is cut in the export").arg(ind.code)));
        for (const QString &label : labels)
            QVERIFY2(drawn.contains(label.toHtmlEscaped()),
                     qPrintable(QStringLiteral("%1: \"%2\" not drawn whole").arg(ind.code, label)));
        const QImage image = chart.toImage(QSize(1280, 720));
        QVERIFY(!image.isNull());
        if (ind.code == QLatin1String("C01") && qEnvironmentVariableIsSet("FUER_SCREENSHOT_DIR"))
            image.save(qEnvironmentVariable("FUER_SCREENSHOT_DIR") + QStringLiteral("/chart-C01.png"));
    }
    QVERIFY(withTarget > 40);
    QVERIFY(ascii >= 2); // C01 <1.5, C04 <4.5 among them
}

QTEST_MAIN(TestChartLegend)
#include "tst_chartlegend.moc"
