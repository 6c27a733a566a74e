// WarningBoardFilter: narrows the early-warning board by plan, category, lead unit,
// attribute, warning level and status, and sorts red, yellow, green, grey, then in
// catalog order. Over the demo database's assessments for 2025, every choice a
// user can make in each filter is checked against the rows picked out here from
// the assessments, in the expected order. QAbstractItemModelTester is attached to
// the board and to the filter while the filters change.
#include "demofixture.h"
#include "modeltesting.h"

#include "overview/warningboardfilter.h"
#include "overview/warningboardmodel.h"

#include "storage/catalogrepository.h"
#include "workflow/assessmentservice.h"

#include <QtTest>

#include <algorithm>
#include <functional>

class TestWarningBoardFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyPlan();
    void everyCategory();
    void everyLeadUnit();
    void everyAttribute();
    void everyWarningLevel();
    void everyStatus();
    void combinedAndDefault();

private:
    // The codes `accept` lets through, sorted as the board sorts them.
    QStringList expected(const std::function<bool(const IndicatorAssessment &)> &accept) const;
    QStringList shown() const;

    QVector<IndicatorAssessment> m_assessments;
    WarningBoardModel *m_model = nullptr;
    WarningBoardFilter *m_filter = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestWarningBoardFilter::initTestCase()
{
    const auto db = DemoFixture::open();
    m_assessments = AssessmentService(db->connection()).assessAll(2025);
    QVERIFY(m_assessments.size() >= 89);
    // As the overview page sets them up.
    m_model = new WarningBoardModel(this);
    m_filter = new WarningBoardFilter(this);
    m_modelTester = attachModelTester(m_model);
    m_filterTester = attachModelTester(m_filter);
    m_filter->setSourceModel(m_model);
    m_filter->sort(0);
    m_model->setAssessments(m_assessments);
}

void TestWarningBoardFilter::cleanupTestCase()
{
    m_filterTester.reset();
    m_modelTester.reset();
}

void TestWarningBoardFilter::init()
{
    m_filter->setPlan(QString());
    m_filter->setCategory(QString());
    m_filter->setLeadUnit(QString());
    m_filter->setAttribute(std::nullopt);
    m_filter->setWarnings(0);
    m_filter->setStatus(std::nullopt);
    QCOMPARE(m_filter->rowCount(), m_assessments.size());
}

QStringList TestWarningBoardFilter::expected(const std::function<bool(const IndicatorAssessment &)> &accept) const
{
    QVector<int> rows;
    for (int i = 0; i < m_assessments.size(); ++i) {
        if (accept(m_assessments.at(i)))
            rows << i;
    }
    std::stable_sort(rows.begin(), rows.end(), [this](int l, int r) {
        return int(m_assessments.at(l).assessment.warning) < int(m_assessments.at(r).assessment.warning);
    });
    QStringList codes;
    for (int i : rows)
        codes << m_assessments.at(i).indicator.code;
    return codes;
}

QStringList TestWarningBoardFilter::shown() const
{
    QStringList codes;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        codes << m_filter->index(r, WarningBoardModel::CodeColumn).data().toString();
    return codes;
}

void TestWarningBoardFilter::everyPlan()
{
    const auto db = DemoFixture::open();
    int total = 0;
    for (const Plan &plan : CatalogRepository(db->connection()).plans()) {
        m_filter->setPlan(plan.code);
        QCOMPARE(m_filter->plan(), plan.code);
        const QStringList want = expected(
            [&](const IndicatorAssessment &a) { return a.indicator.planCode == plan.code; });
        QVERIFY(!want.isEmpty());
        QCOMPARE(shown(), want);
        for (const QString &code : want)
            QVERIFY(code.startsWith(plan.code));
        total += want.size();
    }
    QCOMPARE(total, m_assessments.size());
}

void TestWarningBoardFilter::everyCategory()
{
    QStringList categories;
    for (const IndicatorAssessment &a : m_assessments) {
        if (!categories.contains(a.indicator.category))
            categories << a.indicator.category;
    }
    QVERIFY(categories.size() >= 10);
    int total = 0;
    for (const QString &category : categories) {
        m_filter->setCategory(category);
        const QStringList want = expected(
            [&](const IndicatorAssessment &a) { return a.indicator.category == category; });
        QCOMPARE(shown(), want);
        total += want.size();
    }
    QCOMPARE(total, m_assessments.size());
}

void TestWarningBoardFilter::everyLeadUnit()
{
    QStringList units;
    for (const IndicatorAssessment &a : m_assessments) {
        if (!units.contains(a.indicator.leadUnit()))
            units << a.indicator.leadUnit();
    }
    int total = 0;
    for (const QString &unit : units) {
        m_filter->setLeadUnit(unit);
        QCOMPARE(m_filter->leadUnit(), unit);
        const QStringList want = expected([&](const IndicatorAssessment &a) { return a.indicator.leadUnit() == unit; });
        QCOMPARE(shown(), want);
        total += want.size();
    }
    QCOMPARE(total, m_assessments.size());
    m_filter->setLeadUnit(QStringLiteral("no such unit"));
    QCOMPARE(m_filter->rowCount(), 0);
}

void TestWarningBoardFilter::everyAttribute()
{
    for (Indicator::Attribute attribute : {Indicator::Attribute::Binding, Indicator::Attribute::Expected}) {
        m_filter->setAttribute(int(attribute));
        const QStringList want = expected(
            [&](const IndicatorAssessment &a) { return a.indicator.attribute == attribute; });
        QVERIFY(!want.isEmpty());
        QCOMPARE(shown(), want);
    }
}

void TestWarningBoardFilter::everyWarningLevel()
{
    using W = Assessment::Warning;
    int total = 0;
    for (W w : {W::Red, W::Yellow, W::Green, W::Grey}) {
        m_filter->setWarnings(WarningBoardFilter::maskOf({w}));
        QCOMPARE(m_filter->warnings(), 1 << int(w));
        const QStringList want = expected([&](const IndicatorAssessment &a) { return a.assessment.warning == w; });
        QCOMPARE(shown(), want);
        total += want.size();
    }
    QCOMPARE(total, m_assessments.size());
}

void TestWarningBoardFilter::everyStatus()
{
    using S = Assessment::Status;
    int total = 0;
    for (S s : {S::Met, S::NotMet, S::NeedsJudgement, S::NoData}) {
        m_filter->setStatus(s);
        QCOMPARE(*m_filter->status(), s);
        const QStringList want = expected([&](const IndicatorAssessment &a) { return a.assessment.status == s; });
        QCOMPARE(shown(), want);
        total += want.size();
    }
    QCOMPARE(total, m_assessments.size());
}

void TestWarningBoardFilter::combinedAndDefault()
{
    using W = Assessment::Warning;
    // The board's default: red and yellow, red first.
    m_filter->setWarnings(WarningBoardFilter::maskOf({W::Red, W::Yellow}));
    const QStringList attention = expected([](const IndicatorAssessment &a) {
        return a.assessment.warning == W::Red || a.assessment.warning == W::Yellow;
    });
    QVERIFY(!attention.isEmpty());
    QCOMPARE(shown(), attention);
    // Every filter at once.
    const IndicatorAssessment &first = m_assessments.first();
    m_filter->setPlan(first.indicator.planCode);
    m_filter->setCategory(first.indicator.category);
    m_filter->setLeadUnit(first.indicator.leadUnit());
    m_filter->setAttribute(int(first.indicator.attribute));
    m_filter->setWarnings(WarningBoardFilter::maskOf({first.assessment.warning}));
    m_filter->setStatus(first.assessment.status);
    const QStringList want = expected([&](const IndicatorAssessment &a) {
        return a.indicator.planCode == first.indicator.planCode && a.indicator.category == first.indicator.category
            && a.indicator.leadUnit() == first.indicator.leadUnit()
            && a.indicator.attribute == first.indicator.attribute && a.assessment.warning == first.assessment.warning
            && a.assessment.status == first.assessment.status;
    });
    QVERIFY(want.contains(first.indicator.code));
    QCOMPARE(shown(), want);
    // A reload under a filter keeps it.
    m_model->setAssessments(m_assessments);
    QCOMPARE(shown(), want);
}

QTEST_MAIN(TestWarningBoardFilter)
#include "tst_warningboardfilter.moc"
