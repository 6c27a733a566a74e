// The table models' headers and cell alignment, column by column, as they were
// before the models shared ColumnTableModel: the English titles (the translations
// are keyed by them), the header tooltips, which columns are right-aligned, and no
// vertical header.

#include "accounts/usertablemodel.h"
#include "import/importpreviewmodel.h"
#include "overview/statussummarymodel.h"
#include "overview/warningboardmodel.h"
#include "review/completenessmodel.h"
#include "review/reviewvaluemodel.h"
#include "widgets/audittablemodel.h"
#include "widgets/valuetablemodel.h"

#include <QtTest>

#include <memory>

// One column as a view sees it: its header title, header tooltip (empty: none) and
// whether its cells are right-aligned (else the view's default).
struct Expected
{
    Expected() = default;
    Expected(const char *headerTitle, bool rightAligned = false, const char *headerToolTip = "")
        : title(QString::fromUtf8(headerTitle))
        , right(rightAligned)
        , toolTip(QString::fromUtf8(headerToolTip))
    {
    }

    QString title;
    bool right = false;
    QString toolTip;
};
Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(std::shared_ptr<QAbstractItemModel>)

class TestTableHeaders : public QObject
{
    Q_OBJECT

private slots:
    void headers_data();
    void headers();
};

void TestTableHeaders::headers_data()
{
    QTest::addColumn<std::shared_ptr<QAbstractItemModel>>("model");
    QTest::addColumn<int>("columnCount");
    QTest::addColumn<QVector<Expected>>("columns");

    {
        auto m = std::make_shared<WarningBoardModel>();
        m->setAssessments({IndicatorAssessment()});
        QTest::newRow("WarningBoardModel")
            << std::shared_ptr<QAbstractItemModel>(m) << int(WarningBoardModel::ColumnCount)
            << QVector<Expected>{
                   {"Warning"}, {"Code"},    {"Indicator"},   {"Target 2030"}, {"Latest value", true},
                   {"Status"},  {"Outlook"}, {"Fluctuation"}, {"Lead unit"},   {"Attribute"},
                   {"Reason"},
               };
    }
    {
        auto m = std::make_shared<StatusSummaryModel>();
        Plan plan;
        plan.code = QStringLiteral("W");
        plan.name = QStringLiteral("Women");
        m->setAssessments({plan}, {}, {}, 2025);
        QTest::newRow("StatusSummaryModel")
            << std::shared_ptr<QAbstractItemModel>(m) << int(StatusSummaryModel::ColumnCount)
            << QVector<Expected>{
                   {"Plan / category"},
                   {"Met", true},
                   {"Not met", true},
                   {"Needs judgement", true},
                   {"No data", true},
                   {"Total", true},
                   {"Share met 2025", true},
                   {"Share met 2024", true},
                   {"Change (points)", true, "Change of the share met in percentage points since 2024"},
               };
    }
    {
        auto m = std::make_shared<ReviewValueModel>();
        m->setRows({ReviewValueModel::Row()});
        QTest::newRow("ReviewValueModel")
            << std::shared_ptr<QAbstractItemModel>(m) << int(ReviewValueModel::ColumnCount)
            << QVector<Expected>{
                   {"Code"},        {"Indicator"},  {"Target 2030"},    {"Value", true},
                   {"State"},       {"Assessment"}, {"Since approval"}, {"Numerator / denominator", true},
                   {"Data source"}, {"Note"},       {"Review note"},
               };
    }
    {
        auto m = std::make_shared<CompletenessModel>();
        m->setRows({UnitCompleteness()});
        QTest::newRow("CompletenessModel")
            << std::shared_ptr<QAbstractItemModel>(m) << int(CompletenessModel::ColumnCount)
            << QVector<Expected>{
                   {"Unit", false, "The responsible unit: it leads these indicators and reports their values"},
                   {"Delivered", true, "Submitted or approved, of the indicators the unit leads"},
                   {"Empty", true, "Not filled: indicators without a value for the year"},
                   {"Draft", true, "Values saved but not yet submitted"},
                   {"Sent", true, "Submitted values waiting for review"},
                   {"Returned", true, "Values sent back to the unit with a reason"},
                   {"Approved", true, "Values approved by a reviewer (locked)"},
                   {"Last sent", false, "The day of the unit's last submission (the time in the cell's tooltip)"},
                   {"Report", false, "The unit's annual report (年度规划落实情况报告): its state"},
                   {"Due", false, "报送截止日期: the year's, or the unit's extension (marked *)"},
                   {"Timeliness", false, "按时, 逾期 n 天 after the due date, or 未报送 with the days left or past"},
               };
    }
    {
        auto m = std::make_shared<ImportPreviewModel>();
        ValueFileImport::Preview preview;
        preview.rows = {ValueFileImport::PreviewRow()};
        m->setPreview(preview);
        QTest::newRow("ImportPreviewModel")
            << std::shared_ptr<QAbstractItemModel>(m) << int(ImportPreviewModel::ColumnCount)
            << QVector<Expected>{
                   {"Row"}, {"Code"}, {"Year"}, {"Value"}, {"Data source"}, {"Note"}, {"Check"},
               };
    }
    {
        auto m = std::make_shared<UserTableModel>();
        m->setUsers({User()});
        QTest::newRow("UserTableModel") << std::shared_ptr<QAbstractItemModel>(m) << int(UserTableModel::ColumnCount)
                                        << QVector<Expected>{
                                               {"Login name"}, {"Name"}, {"Role"}, {"Unit"}, {"Status"},
                                           };
    }
    {
        auto m = std::make_shared<AuditTableModel>();
        m->setEntries({AuditEntry()});
        QTest::newRow("AuditTableModel") << std::shared_ptr<QAbstractItemModel>(m) << int(AuditTableModel::ColumnCount)
                                         << QVector<Expected>{
                                                {"When"},  {"Who"},   {"Action"}, {"Year"},
                                                {"Value"}, {"State"}, {"Reason"},
                                            };
    }
    {
        auto m = std::make_shared<ValueTableModel>();
        m->setValues({ValueRecord()}, Indicator());
        QTest::newRow("ValueTableModel") << std::shared_ptr<QAbstractItemModel>(m) << int(ValueTableModel::ColumnCount)
                                         << QVector<Expected>{
                                                {"Year", true},  {"Value", true}, {"State"},
                                                {"Data source"}, {"Note"},        {"Last change"},
                                            };
    }
}

void TestTableHeaders::headers()
{
    QFETCH(std::shared_ptr<QAbstractItemModel>, model);
    QFETCH(int, columnCount);
    QFETCH(QVector<Expected>, columns);

    QCOMPARE(columns.size(), columnCount);
    QCOMPARE(model->columnCount(), columnCount);
    QVERIFY(model->rowCount() >= 1);                     // a row for the alignment checks
    QCOMPARE(model->columnCount(model->index(0, 0)), 0); // a flat table
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);

    for (int c = 0; c < columnCount; ++c) {
        const Expected &e = columns.at(c);
        const QByteArray where = QByteArray("column ") + QByteArray::number(c);
        QVERIFY2(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == e.title,
                 (where + ": " + model->headerData(c, Qt::Horizontal).toString().toUtf8()).constData());
        const QVariant tip = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole);
        if (e.toolTip.isEmpty())
            QVERIFY2(!tip.isValid(), where.constData());
        else
            QCOMPARE(tip.toString(), e.toolTip);
        QVERIFY2(!model->headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).isValid(), where.constData());

        const QVariant align = model->index(0, c).data(Qt::TextAlignmentRole);
        if (e.right)
            QCOMPARE(align.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        else
            QVERIFY2(!align.isValid(), where.constData());
    }
    // Nothing beyond the last column, and no vertical header texts.
    QVERIFY(!model->headerData(columnCount, Qt::Horizontal).isValid());
    QVERIFY(!model->headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!model->headerData(0, Qt::Vertical).isValid());
}

QTEST_MAIN(TestTableHeaders)
#include "tst_tableheaders.moc"
