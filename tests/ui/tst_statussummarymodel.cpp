// StatusSummaryModel: the overview's counts per plan, per category and for both
// plans, with the share met this year and the year before. For every year a user
// can pick, the demo database's assessments fill it as the overview page does, and
// every row is checked against counts made here from the assessments and the
// catalog (read separately). QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"

#include "overview/statussummarymodel.h"

#include "storage/catalogrepository.h"
#include "workflow/assessmentservice.h"

#include <QFont>
#include <QLocale>
#include <QtTest>

#include <array>
#include <cmath>

namespace {
using Counts = std::array<int, 4>;

Counts countsOf(const QVector<IndicatorAssessment> &assessments, const QString &plan, const QString &category)
{
    Counts c{};
    for (const IndicatorAssessment &a : assessments) {
        if ((plan.isEmpty() || a.indicator.planCode == plan)
            && (category.isEmpty() || a.indicator.category == category))
            ++c[size_t(a.assessment.status)];
    }
    return c;
}

QString share(const Counts &c)
{
    const int assessed = c[0] + c[1];
    return assessed ? QLocale().toString(100.0 * c[0] / assessed, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}
} // namespace

class TestStatusSummaryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyYear_data();
    void everyYear();
    void yearWithoutValues();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestStatusSummaryModel::initTestCase()
{
    m_db = DemoFixture::open();
}

void TestStatusSummaryModel::everyYear_data()
{
    QTest::addColumn<int>("year");
    for (int year = 2021; year <= 2026; ++year)
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestStatusSummaryModel::everyYear()
{
    QFETCH(int, year);
    const QSqlDatabase c = m_db->connection();
    const QVector<Plan> plans = CatalogRepository(c).plans();
    const QVector<Indicator> indicators = CatalogRepository(c).indicators();
    const QVector<IndicatorAssessment> now = AssessmentService(c).assessAll(year);
    const QVector<IndicatorAssessment> before = AssessmentService(c).assessAll(year - 1);

    StatusSummaryModel model;
    const auto tester = attachModelTester(&model);
    model.setAssessments(plans, now, before, year);

    QCOMPARE(ModelText::headers(&model),
             QStringList({"Plan / category", Assessment::statusLabel(Assessment::Status::Met),
                          Assessment::statusLabel(Assessment::Status::NotMet),
                          Assessment::statusLabel(Assessment::Status::NeedsJudgement),
                          Assessment::statusLabel(Assessment::Status::NoData), "Total",
                          QStringLiteral("Share met %1").arg(year), QStringLiteral("Share met %1").arg(year - 1),
                          "Change (points)"}));
    QCOMPARE(model.headerData(StatusSummaryModel::ChangeColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Change of the share met in percentage points since %1").arg(year - 1));

    // The rows: each plan, then its categories in catalog order; both plans last.
    struct Want
    {
        QString label;
        QString plan;
        QString category;
    };
    QVector<Want> want;
    for (const Plan &p : plans) {
        want.append({p.name, p.code, QString()});
        QStringList categories;
        for (const Indicator &ind : indicators) {
            if (ind.planCode == p.code && !categories.contains(ind.category))
                categories << ind.category;
        }
        for (const QString &cat : categories)
            want.append({QStringLiteral("    ") + cat, p.code, cat});
    }
    want.append({QStringLiteral("Both plans"), QString(), QString()});
    QCOMPARE(model.rowCount(), want.size());

    for (int r = 0; r < want.size(); ++r) {
        const Want &w = want.at(r);
        const StatusSummaryModel::Row *row = model.rowAt(r);
        QVERIFY(row);
        QCOMPARE(ModelText::text(&model, r, StatusSummaryModel::NameColumn), w.label);
        QCOMPARE(row->planCode, w.plan);
        QCOMPARE(row->category, w.category);
        QCOMPARE(model.rowOf(w.plan, w.category), r);
        const Counts counts = countsOf(now, w.plan, w.category);
        const Counts previous = countsOf(before, w.plan, w.category);
        using S = Assessment::Status;
        int total = 0;
        for (S s : {S::Met, S::NotMet, S::NeedsJudgement, S::NoData}) {
            const int column = int(StatusSummaryModel::MetColumn) + int(s);
            QVERIFY(StatusSummaryModel::statusOfColumn(column) == s);
            QCOMPARE(model.index(r, column).data().toInt(), counts[size_t(s)]);
            QCOMPARE(model.count(r, s), counts[size_t(s)]);
            QCOMPARE(model.index(r, column).data(Qt::ForegroundRole).isValid(), counts[size_t(s)] > 0);
            total += counts[size_t(s)];
        }
        QCOMPARE(model.index(r, StatusSummaryModel::TotalColumn).data().toInt(), total);
        QCOMPARE(ModelText::text(&model, r, StatusSummaryModel::RateColumn), share(counts));
        QCOMPARE(ModelText::text(&model, r, StatusSummaryModel::PreviousRateColumn), share(previous));
        const QString change = ModelText::text(&model, r, StatusSummaryModel::ChangeColumn);
        if (share(counts) == QStringLiteral("—") || share(previous) == QStringLiteral("—")) {
            QCOMPARE(change, QStringLiteral("—"));
        } else {
            const double points = 100.0 * counts[0] / (counts[0] + counts[1])
                - 100.0 * previous[0] / (previous[0] + previous[1]);
            if (std::abs(points) < 0.05)
                QCOMPARE(change, QStringLiteral("±0"));
            else
                QCOMPARE(change,
                         (points > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ "))
                             + QLocale().toString(points, 'f', 1));
        }
        // Plans and the total stand out.
        const bool category = !w.category.isEmpty();
        QCOMPARE(model.index(r, 0).data(Qt::FontRole).isValid(), !category);
        if (!category)
            QVERIFY(model.index(r, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(r, 0).data(Qt::BackgroundRole).isValid(), !category);
        QCOMPARE(model.flags(model.index(r, 0)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    }
    // Both plans count every indicator once.
    QCOMPARE(model.index(model.rowCount() - 1, StatusSummaryModel::TotalColumn).data().toInt(), indicators.size());
    QCOMPARE(model.rowOf(QStringLiteral("X")), -1);
}

void TestStatusSummaryModel::yearWithoutValues()
{
    // The demo has values up to 2025: in 2026 every indicator without a 2026 value is
    // counted as 无数据, not by its 2025 value (the issue: "counts 无数据 0").
    const QSqlDatabase c = m_db->connection();
    const QVector<Plan> plans = CatalogRepository(c).plans();
    const QVector<IndicatorAssessment> y2026 = AssessmentService(c).assessAll(2026);
    const QVector<IndicatorAssessment> y2025 = AssessmentService(c).assessAll(2025);
    int withoutValue = 0;
    for (const IndicatorAssessment &a : y2026) {
        if (!a.series.contains(2026)) {
            ++withoutValue;
            QVERIFY2(a.assessment.status == Assessment::Status::NoData, qPrintable(a.indicator.code));
            if (a.assessment.latestValue)
                QVERIFY2(a.assessment.reason.startsWith(
                             QStringLiteral("No value for 2026, the assessment rests on the %1 value")
                                 .arg(a.assessment.latestYear)),
                         qPrintable(a.assessment.reason));
        }
    }
    QCOMPARE(withoutValue, y2026.size());
    StatusSummaryModel model;
    const auto tester = attachModelTester(&model);
    model.setAssessments(plans, y2026, y2025, 2026);
    const int total = model.rowCount() - 1;
    QCOMPARE(model.count(total, Assessment::Status::NoData), withoutValue);
    QCOMPARE(model.count(total, Assessment::Status::Met), 0);
    QCOMPARE(ModelText::text(&model, total, StatusSummaryModel::RateColumn), QStringLiteral("—"));
    // 2025 itself rests on 2025's values.
    model.setAssessments(plans, y2025, AssessmentService(c).assessAll(2024), 2025);
    QCOMPARE(model.count(total, Assessment::Status::NoData), 0);
}

QTEST_MAIN(TestStatusSummaryModel)
#include "tst_statussummarymodel.moc"
