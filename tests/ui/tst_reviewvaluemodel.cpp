// ReviewValueModel: one unit's return as the reviewer reads it. For every unit
// that leads indicators, the rows are built the way the review page builds them
// (the year's assessments of the unit's indicators with their stored values) and
// every cell is checked against the catalog, the stored value and the assessment;
// then a value that was approved, reopened and changed shows what changed.
// QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"

#include "review/reviewvaluemodel.h"

#include "exchange/numberparser.h"
#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"
#include "target/targetformat.h"
#include "widgets/assessmentformatter.h"
#include "workflow/assessmentservice.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QBrush>
#include <QtTest>

class TestReviewValueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void everyUnitsReturn_data();
    void everyUnitsReturn();
    void changedSinceApproval();

private:
    // As ReviewPage::showUnit fills the model.
    static QVector<ReviewValueModel::Row> rowsOf(QSqlDatabase db, const QString &unit, int year);
    static void checkRow(const ReviewValueModel &model, int r);

    std::unique_ptr<TempDatabase> m_db; // read only: one copy for every unit
};

void TestReviewValueModel::initTestCase()
{
    m_db = DemoFixture::open();
}

QVector<ReviewValueModel::Row> TestReviewValueModel::rowsOf(QSqlDatabase db, const QString &unit, int year)
{
    QHash<QString, ValueRecord> byCode;
    for (const ValueRecord &v : ValueRepository(db).values(year)) {
        if (v.area.isEmpty())
            byCode.insert(v.indicatorCode, v);
    }
    QVector<ReviewValueModel::Row> rows;
    for (const IndicatorAssessment &a : AssessmentService(db).assessAll(year)) {
        if (a.indicator.leadUnit() != unit)
            continue;
        ReviewValueModel::Row row;
        row.assessment = a;
        if (byCode.contains(a.indicator.code))
            row.value = byCode.value(a.indicator.code);
        rows.append(row);
    }
    return rows;
}

void TestReviewValueModel::checkRow(const ReviewValueModel &model, int r)
{
    const ReviewValueModel::Row *row = model.rowAt(r);
    QVERIFY(row);
    const Indicator &ind = row->indicator();
    const std::optional<ValueRecord> &v = row->value;
    const Assessment &a = row->assessment.assessment;
    QCOMPARE(model.rowOfCode(ind.code), r);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::CodeColumn), ind.code);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::NameColumn), ind.name);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::TargetColumn), ind.targetText);
    QCOMPARE(model.index(r, ReviewValueModel::TargetColumn).data(Qt::ToolTipRole).toString(), ind.targetText);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ValueColumn),
             v ? TargetFormat::value(v->value, ind) : QStringLiteral("—"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::StateColumn),
             v ? ValueStates::label(v->state) : QStringLiteral("Not filled"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::FractionColumn),
             v && v->numerator && v->denominator
                 ? NumberParser::format(*v->numerator) + QStringLiteral(" / ") + NumberParser::format(*v->denominator)
                 : QString());
    // The words lead with the status of the year (or that the year has no value and
    // what the latest value says), then name the warning the dot stands for.
    const QString status = a.restsOnEarlierYear() ? QStringLiteral("No value for %1 (%2: %3)")
                                                        .arg(a.year)
                                                        .arg(a.latestYear)
                                                        .arg(Assessment::statusLabel(a.valueStatus))
                                                  : Assessment::statusLabel(a.status);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::AssessmentColumn),
             QStringLiteral("%1 · ● %2 warning").arg(status, Assessment::warningLabel(a.warning)));
    if (!v)
        QVERIFY2(a.status == Assessment::Status::NoData || row->isJudged(), qPrintable(ind.code));
    QCOMPARE(model.index(r, ReviewValueModel::AssessmentColumn).data(Qt::ToolTipRole).toString(),
             a.reason + QLatin1Char('\n') + AssessmentFormatter::legend(a.year));
    QVERIFY(AssessmentFormatter::legend(a.year).startsWith(
        QStringLiteral("The words are the status in %1; the dot ● is the early warning towards 2030").arg(a.year)));
    QCOMPARE(model.index(r, ReviewValueModel::AssessmentColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             AssessmentFormatter::statusColor(a.status));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::SourceColumn), v ? v->source : QString());
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::NoteColumn), v ? v->note : QString());
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ReviewNoteColumn), v ? v->reviewNote : QString());
    QCOMPARE(model.index(r, ReviewValueModel::StateColumn).data(Qt::ForegroundRole).isValid(), bool(v));
    QCOMPARE(row->isJudged(),
             ind.targetText == QStringLiteral("保持合理比例")
                 || row->assessment.rule.family == TargetRule::Family::Unparsed);
    // Read-only: the reviewer acts through the buttons.
    QCOMPARE(model.flags(model.index(r, ReviewValueModel::ValueColumn)),
             Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
}

void TestReviewValueModel::headers()
{
    ReviewValueModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model),
             QStringList({"Code", "Indicator", "Target 2030", "Value", "State", "Assessment", "Since approval",
                          "Numerator / denominator", "Data source", "Note", "Review note"}));
}

void TestReviewValueModel::everyUnitsReturn_data()
{
    QTest::addColumn<QString>("unit");
    QStringList units;
    for (const Indicator &ind : CatalogRepository(m_db->connection()).indicators()) {
        if (!units.contains(ind.leadUnit()))
            units << ind.leadUnit();
    }
    for (const QString &u : units)
        QTest::newRow(qPrintable(u)) << u;
}

void TestReviewValueModel::everyUnitsReturn()
{
    QFETCH(QString, unit);
    const QSqlDatabase c = m_db->connection();
    ReviewValueModel model;
    const auto tester = attachModelTester(&model);
    for (int year : {2025, 2026}) {
        const QVector<ReviewValueModel::Row> rows = rowsOf(c, unit, year);
        QVERIFY(!rows.isEmpty());
        model.setRows(rows);
        QCOMPARE(model.rowCount(), rows.size());
        int filled = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            checkRow(model, r);
            const std::optional<ValueRecord> stored = TestData::value(c, model.rowAt(r)->indicator().code, year);
            QCOMPARE(bool(model.rowAt(r)->value), bool(stored));
            if (stored) {
                ++filled;
                QCOMPARE(model.rowAt(r)->value->value, stored->value);
            }
        }
        // DemoData reported every indicator up to 2025, none for 2026.
        QCOMPARE(filled, year == 2025 ? rows.size() : 0);
    }
}

void TestReviewValueModel::changedSinceApproval()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString code = QStringLiteral("W04");
    const int year = 2026;
    const User liaison = TestData::user(c, QStringLiteral("weijian"));
    const User reviewer = TestData::user(c, QStringLiteral("fuergw"));
    const QVector<ValueKey> key{ValueKey{code, QString(), year}};
    QString error;
    const QString note = QStringLiteral("按年报口径，已核实");
    QVERIFY2(ReturnService(c).saveDraft(liaison, TestData::indicator(c, code), year,
                                        TestData::entry("95.1", note, "951", "1000"), QStringLiteral("年报"), &error),
             qPrintable(error));
    QVERIFY2(ReturnService(c).submit(liaison, {code}, year, &error), qPrintable(error));

    ReviewValueModel model;
    const auto tester = attachModelTester(&model);
    model.setRows(rowsOf(c, QStringLiteral("区卫健委"), year));
    int r = model.rowOfCode(code);
    checkRow(model, r);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ValueColumn), QStringLiteral("95.1%"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::FractionColumn), QStringLiteral("951 / 1000"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::StateColumn), QStringLiteral("Submitted"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::SourceColumn), QStringLiteral("年报"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::NoteColumn), note);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ChangedColumn), QString());

    QVERIFY2(ReviewService(c).approve(reviewer, key, &error), qPrintable(error));
    QVERIFY2(ReviewService(c).reopen(reviewer, key, QStringLiteral("复核分母"), &error), qPrintable(error));
    QVERIFY2(ReturnService(c).saveDraft(liaison, TestData::indicator(c, code), year,
                                        TestData::entry("95.3", note, "953", "1000"), QStringLiteral("年报"), &error),
             qPrintable(error));
    model.setRows(rowsOf(c, QStringLiteral("区卫健委"), year));
    r = model.rowOfCode(code);
    checkRow(model, r);
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ValueColumn), QStringLiteral("95.3%"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::StateColumn), QStringLiteral("Draft"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ChangedColumn), QStringLiteral("Changed (approved 95.1%)"));
    QCOMPARE(ModelText::text(&model, r, ReviewValueModel::ReviewNoteColumn), QStringLiteral("复核分母"));
    QVERIFY(model.index(r, ReviewValueModel::ChangedColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.rowOfCode(QStringLiteral("no such code")), -1);
}

QTEST_MAIN(TestReviewValueModel)
#include "tst_reviewvaluemodel.moc"
