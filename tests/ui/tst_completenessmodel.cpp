// CompletenessModel: the review workspace's matrix of returns. For every reporting
// year of the demo database, each unit's row is checked against counts made here
// from the catalog (the lead unit of each indicator) and the stored values; then a
// unit's return for 2026 is brought into every state at a fixed time and shown
// again. QAbstractItemModelTester is attached throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"

#include "review/completenessmodel.h"

#include "model/clock.h"
#include "storage/catalogrepository.h"
#include "storage/completenessrepository.h"
#include "storage/valuerepository.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"

#include <QBrush>
#include <QLocale>
#include <QtTest>

class TestCompletenessModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers();
    void reportAndTimeliness();
    void everyYearAgainstTheValues();
    void everyStateOfOneReturn();

private:
    // What the row of `unit` must show for `year`, counted from the values.
    UnitCompleteness expected(QSqlDatabase db, const QString &unit, int year) const;
    void checkRow(const CompletenessModel &model, int row, const UnitCompleteness &want) const;

    std::unique_ptr<TempDatabase> m_db;
};

void TestCompletenessModel::initTestCase()
{
    m_db = DemoFixture::open();
}

UnitCompleteness TestCompletenessModel::expected(QSqlDatabase db, const QString &unit, int year) const
{
    QHash<QString, ValueRecord> byCode;
    for (const ValueRecord &v : ValueRepository(db).values(year)) {
        if (v.area.isEmpty())
            byCode.insert(v.indicatorCode, v);
    }
    UnitCompleteness u;
    u.unit = unit;
    for (const Indicator &ind : CatalogRepository(db).indicators()) {
        if (ind.leadUnit() != unit)
            continue;
        ++u.indicators;
        if (!byCode.contains(ind.code)) {
            ++u.notFilled;
            continue;
        }
        const ValueRecord &v = byCode.value(ind.code);
        switch (v.state) {
        case ValueState::Draft:
            ++u.draft;
            break;
        case ValueState::Submitted:
            ++u.submitted;
            break;
        case ValueState::Returned:
            ++u.returned;
            break;
        case ValueState::Approved:
            ++u.approved;
            break;
        }
        if ((v.state == ValueState::Submitted || v.state == ValueState::Approved)
            && (!u.lastSubmission.isValid() || v.updatedAt > u.lastSubmission))
            u.lastSubmission = v.updatedAt;
    }
    return u;
}

void TestCompletenessModel::checkRow(const CompletenessModel &model, int r, const UnitCompleteness &want) const
{
    const QString where = QStringLiteral("%1 row %2").arg(want.unit).arg(r);
    QVERIFY2(r >= 0 && r < model.rowCount(), qPrintable(where));
    const int delivered = want.submitted + want.approved;
    const bool complete = want.indicators > 0 && delivered == want.indicators;
    QCOMPARE(ModelText::text(&model, r, CompletenessModel::UnitColumn), want.unit);
    QCOMPARE(
        ModelText::text(&model, r, CompletenessModel::DeliveredColumn),
        QStringLiteral("%1%2/%3").arg(complete ? QStringLiteral("✓ ") : QString()).arg(delivered).arg(want.indicators));
    QCOMPARE(model.index(r, CompletenessModel::NotFilledColumn).data().toInt(), want.notFilled);
    QCOMPARE(model.index(r, CompletenessModel::DraftColumn).data().toInt(), want.draft);
    QCOMPARE(model.index(r, CompletenessModel::SubmittedColumn).data().toInt(), want.submitted);
    QCOMPARE(model.index(r, CompletenessModel::ReturnedColumn).data().toInt(), want.returned);
    QCOMPARE(model.index(r, CompletenessModel::ApprovedColumn).data().toInt(), want.approved);
    // The day in the cell, the day and time in its tooltip.
    QCOMPARE(ModelText::text(&model, r, CompletenessModel::LastSubmissionColumn),
             want.lastSubmission.isValid() ? want.lastSubmission.toLocalTime().date().toString(Qt::ISODate)
                                           : QStringLiteral("—"));
    QCOMPARE(model.index(r, CompletenessModel::LastSubmissionColumn).data(Qt::ToolTipRole).toString(),
             want.lastSubmission.isValid()
                 ? QLocale().toString(want.lastSubmission.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                 : QString());
    // Complete rows are green, and say so in words too.
    QCOMPARE(model.index(r, CompletenessModel::UnitColumn).data(Qt::BackgroundRole).isValid(), complete);
    QCOMPARE(model.index(r, CompletenessModel::UnitColumn).data(Qt::ToolTipRole).toString(),
             complete
                 ? QStringLiteral("Every indicator of %1 is submitted or approved.").arg(want.unit)
                 : QStringLiteral("%1 of %2 indicators submitted or approved.").arg(delivered).arg(want.indicators));
    QCOMPARE(model.index(r, CompletenessModel::ReturnedColumn).data(Qt::ForegroundRole).isValid(), want.returned > 0);
    // The raw numbers behind the sorting.
    QCOMPARE(model.index(r, CompletenessModel::UnitColumn).data(Qt::UserRole).toInt(), r);
    QCOMPARE(model.index(r, CompletenessModel::DeliveredColumn).data(Qt::UserRole).toDouble(),
             want.indicators ? double(delivered) / want.indicators : 0.0);
    QCOMPARE(model.index(r, CompletenessModel::DraftColumn).data(Qt::UserRole).toInt(), want.draft);
    QCOMPARE(model.index(r, CompletenessModel::ApprovedColumn).data(Qt::UserRole).toInt(), want.approved);
    QCOMPARE(model.flags(model.index(r, 0)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
}

void TestCompletenessModel::headers()
{
    CompletenessModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model),
             QStringList({"Unit", "Delivered", "Empty", "Draft", "Sent", "Returned", "Approved", "Last sent", "Report",
                          "Due", "Timeliness"}));
    QCOMPARE(model.headerData(CompletenessModel::DeliveredColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Submitted or approved, of the indicators the unit leads"));
}

void TestCompletenessModel::reportAndTimeliness()
{
    UnitCompleteness u;
    u.unit = QStringLiteral("区卫健委");
    u.indicators = 2;
    u.approved = 2;
    u.dueDate = QDate(2025, 3, 31);
    const QDate today(2025, 4, 3);
    QCOMPARE(CompletenessModel::timelinessText(u, today), QStringLiteral("未报送(逾期3天)"));
    QCOMPARE(CompletenessModel::timelinessText(u, QDate(2025, 3, 30)), QStringLiteral("未报送(剩1天)"));
    u.reportState = QStringLiteral("submitted");
    u.lastValueSubmittedAt = QDateTime(QDate(2025, 3, 1), QTime(10, 0));
    u.reportSubmittedAt = QDateTime(QDate(2025, 3, 30), QTime(10, 0));
    QCOMPARE(CompletenessModel::timelinessText(u, today), QStringLiteral("按时"));
    u.reportSubmittedAt = QDateTime(QDate(2025, 4, 2), QTime(10, 0));
    QCOMPARE(CompletenessModel::timelinessText(u, today), QStringLiteral("逾期 2 天"));
    u.extended = true;
    u.extensionReason = QStringLiteral("补充调查");
    u.dueDate = QDate(2025, 4, 15);
    QCOMPARE(CompletenessModel::timelinessText(u, today), QStringLiteral("按时"));
    CompletenessModel model;
    model.setRows({u});
    QCOMPARE(ModelText::text(&model, 0, CompletenessModel::ReportColumn), QStringLiteral("Submitted"));
    QCOMPARE(ModelText::text(&model, 0, CompletenessModel::DueColumn), QStringLiteral("2025-04-15 *"));
    QCOMPARE(model.index(0, CompletenessModel::DueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Extended: 补充调查"));
    QCOMPARE(ModelText::text(&model, 0, CompletenessModel::TimelinessColumn), QStringLiteral("按时"));
    for (const char *state : {"", "draft", "returned", "approved"})
        QVERIFY(!CompletenessModel::reportStateText(QString::fromLatin1(state)).isEmpty());
    QCOMPARE(CompletenessModel::reportStateText(QString()), QStringLiteral("None"));
}

void TestCompletenessModel::everyYearAgainstTheValues()
{
    const QSqlDatabase c = m_db->connection();
    // Every unit that leads an indicator, in the catalog's unit order.
    QStringList leading;
    for (const ResponsibleUnit &u : CatalogRepository(c).units()) {
        for (const Indicator &ind : CatalogRepository(c).indicators()) {
            if (ind.leadUnit() == u.name) {
                leading << u.name;
                break;
            }
        }
    }
    QVERIFY(leading.size() >= 15);

    CompletenessModel model;
    const auto tester = attachModelTester(&model);
    const QVector<int> years = CatalogRepository(c).reportingYears();
    QVERIFY(years.contains(2020) && years.contains(2030));
    for (int year : years) {
        model.setRows(CompletenessRepository(c).byUnit(year));
        QCOMPARE(model.rowCount(), leading.size());
        for (int r = 0; r < leading.size(); ++r) {
            QCOMPARE(model.rowOfUnit(leading.at(r)), r);
            checkRow(model, r, expected(c, leading.at(r), year));
        }
    }
    // DemoData's past years are approved throughout: every unit complete.
    model.setRows(CompletenessRepository(c).byUnit(2024));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(ModelText::text(&model, r, CompletenessModel::DeliveredColumn).startsWith(QStringLiteral("✓ ")));
    // And nothing yet for 2026.
    model.setRows(CompletenessRepository(c).byUnit(2026));
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(model.rowAt(r)->notFilled, model.rowAt(r)->indicators);
        QCOMPARE(ModelText::text(&model, r, CompletenessModel::LastSubmissionColumn), QStringLiteral("—"));
    }
    QCOMPARE(model.rowOfUnit(QStringLiteral("no such unit")), -1);
}

void TestCompletenessModel::everyStateOfOneReturn()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString unit = QStringLiteral("区卫健委");
    const int year = 2026;
    const User liaison = TestData::user(c, QStringLiteral("weijian"));
    const User reviewer = TestData::user(c, QStringLiteral("fuergw"));
    QStringList codes;
    for (const Indicator &ind : ReturnService(c).indicatorsFor(liaison)) {
        if (ind.leadUnit() == unit && TestData::value(c, ind.code, year - 1))
            codes << ind.code;
    }
    QVERIFY(codes.size() >= 5);

    CompletenessModel model;
    const auto tester = attachModelTester(&model);
    const QDateTime at(QDate(2027, 3, 4), QTime(5, 6), Qt::UTC);
    QString error;
    {
        const Clock::Override clock(at);
        // codes[0] stays a draft, [1] submitted, [2] returned, [3] and [4] approved.
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(ReturnService(c).saveDraft(
                         liaison, TestData::indicator(c, codes.at(i)), year,
                         TestData::entry(TestData::calm(c, codes.at(i), year), QStringLiteral("按年报口径，已核实")),
                         QStringLiteral("年报"), &error),
                     qPrintable(error));
        }
        QVERIFY2(ReturnService(c).submit(liaison, codes.mid(1, 4), year, &error), qPrintable(error));
        QVERIFY2(ReviewService(c).sendBack(reviewer, {ValueKey{codes.at(2), QString(), year}}, QStringLiteral("请核实"),
                                           &error),
                 qPrintable(error));
    }
    {
        const Clock::Override clock(at.addSecs(3600));
        QVERIFY2(
            ReviewService(c).approve(
                reviewer, {ValueKey{codes.at(3), QString(), year}, ValueKey{codes.at(4), QString(), year}}, &error),
            qPrintable(error));
    }
    model.setRows(CompletenessRepository(c).byUnit(year));
    const int r = model.rowOfUnit(unit);
    const UnitCompleteness want = expected(c, unit, year);
    QCOMPARE(want.draft, 1);
    QCOMPARE(want.submitted, 1);
    QCOMPARE(want.returned, 1);
    QCOMPARE(want.approved, 2);
    QCOMPARE(want.lastSubmission, at.addSecs(3600));
    checkRow(model, r, want);
    QCOMPARE(model.index(r, CompletenessModel::LastSubmissionColumn).data(Qt::ToolTipRole).toString(),
             QLocale().toString(at.addSecs(3600).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(r, CompletenessModel::ReturnedColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xc6, 0x28, 0x28));
}

QTEST_MAIN(TestCompletenessModel)
#include "tst_completenessmodel.moc"
