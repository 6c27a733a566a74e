// ImportPreviewModel: every row of a file to import with its check result, before
// anything is written. A CSV file with a 2026 row for every indicator 区卫健委
// leads (last year's demo value, its source and a note) and a few broken rows is
// previewed the way the import dialog previews it, and every row is checked
// against the line of the file it came from. QAbstractItemModelTester is attached
// throughout.
#include "demofixture.h"
#include "modeltesting.h"
#include "testdata.h"

#include "import/importpreviewmodel.h"

#include "exchange/numberparser.h"
#include "storage/catalogrepository.h"
#include "workflow/returnservice.h"

#include <QBrush>
#include <QtTest>

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void headers();
    void everyRowOfAUnitsFile();
    void brokenRowsAreMarked();

private:
    struct Line
    {
        QString code;
        QString year;
        QString value;
        QString source;
        QString note;
    };
    static QString writeCsv(const QString &path, const QVector<Line> &lines);
    static ValueFileImport::Preview preview(QSqlDatabase db, const QString &path, const QString &unit);
};

QString TestImportPreviewModel::writeCsv(const QString &path, const QVector<Line> &lines)
{
    QStringList text{QStringLiteral("code,year,value,source,note")};
    for (const Line &l : lines)
        text << QStringList({l.code, l.year, l.value, l.source, l.note}).join(QLatin1Char(','));
    return TestFiles::write(path, TestFiles::csv(text)) ? path : QString();
}

ValueFileImport::Preview TestImportPreviewModel::preview(QSqlDatabase db, const QString &path, const QString &unit)
{
    // As ImportDialog::options() for a liaison of `unit`.
    ValueFileImport::Options o;
    o.values.state = ValueState::Draft;
    o.values.restrictToUnit = unit;
    return ValueFileImport::previewFile(db, path, o);
}

void TestImportPreviewModel::headers()
{
    ImportPreviewModel model;
    const auto tester = attachModelTester(&model);
    QCOMPARE(ModelText::headers(&model), QStringList({"Row", "Code", "Year", "Value", "Data source", "Note", "Check"}));
}

void TestImportPreviewModel::everyRowOfAUnitsFile()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString unit = QStringLiteral("区卫健委");
    QVector<Line> lines;
    for (const Indicator &ind : CatalogRepository(c).indicators()) {
        if (ind.leadUnit() != unit)
            continue;
        const std::optional<ValueRecord> last = TestData::value(c, ind.code, 2025);
        QVERIFY(last);
        lines.append({ind.code, QStringLiteral("2026"), NumberParser::format(last->value),
                      QStringLiteral("卫健统计年报"), QStringLiteral("%1 与上年持平").arg(ind.code)});
    }
    QVERIFY(lines.size() >= 20);
    const QString path = writeCsv(db->filePath(QStringLiteral("return.csv")), lines);
    QVERIFY(!path.isEmpty());
    const ValueFileImport::Preview p = preview(c, path, unit);
    QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));

    ImportPreviewModel model;
    const auto tester = attachModelTester(&model);
    model.setPreview(p);
    QCOMPARE(model.rowCount(), lines.size());
    for (int r = 0; r < lines.size(); ++r) {
        const Line &l = lines.at(r);
        QCOMPARE(model.index(r, ImportPreviewModel::LineColumn).data().toInt(), r + 2); // after the header line
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::CodeColumn), l.code);
        QCOMPARE(model.index(r, ImportPreviewModel::YearColumn).data(), QVariant(2026));
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::ValueColumn), l.value);
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::SourceColumn), l.source);
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::NoteColumn), l.note);
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::ResultColumn), QStringLiteral("OK"));
        QVERIFY(!model.index(r, ImportPreviewModel::CodeColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.flags(model.index(r, 0)), Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    }
    // A second file replaces the first.
    model.setPreview(ValueFileImport::Preview());
    QCOMPARE(model.rowCount(), 0);
}

void TestImportPreviewModel::brokenRowsAreMarked()
{
    const auto db = DemoFixture::open();
    const QSqlDatabase c = db->connection();
    const QString path = writeCsv(db->filePath(QStringLiteral("broken.csv")),
                                  {
                                      {"W04", "2026", "95.1", "年报", ""},     // fine
                                      {"X99", "2026", "12", "", ""},           // no such indicator
                                      {"W07", "2026", "九十八", "", ""},       // not a number
                                      {"W08", "1999", "96", "", ""},           // outside the plan's years
                                      {"C19", "2026", "96", "", "教委的指标"}, // another unit's indicator
                                  });
    const ValueFileImport::Preview p = preview(c, path, QStringLiteral("区卫健委"));
    QVERIFY(!p.ok());
    ImportPreviewModel model;
    const auto tester = attachModelTester(&model);
    model.setPreview(p);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(ModelText::text(&model, 0, ImportPreviewModel::ResultColumn), QStringLiteral("OK"));
    QCOMPARE(ModelText::text(&model, 0, ImportPreviewModel::ValueColumn), QStringLiteral("95.1"));
    QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    const QStringList codes = {"W04", "X99", "W07", "W08", "C19"};
    for (int r = 1; r < 5; ++r) {
        const QString check = ModelText::text(&model, r, ImportPreviewModel::ResultColumn);
        QVERIFY2(check != QLatin1String("OK") && !check.isEmpty(), qPrintable(codes.at(r)));
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::CodeColumn), codes.at(r));
        QCOMPARE(model.index(r, 0).data().toInt(), r + 2);
        // A refused row shows no value, and its problems in full as the tool tip.
        QCOMPARE(ModelText::text(&model, r, ImportPreviewModel::ValueColumn), QString());
        QCOMPARE(model.index(r, ImportPreviewModel::ResultColumn).data(Qt::ToolTipRole).toString(),
                 p.rows.at(r).problems.join(QLatin1Char('\n')));
        QCOMPARE(check, p.rows.at(r).problems.join(QStringLiteral("；")));
        QCOMPARE(model.index(r, 0).data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xfd, 0xec, 0xea));
    }
    QVERIFY(ModelText::text(&model, 4, ImportPreviewModel::ResultColumn).contains(QStringLiteral("区教委")));
    QCOMPARE(ModelText::text(&model, 4, ImportPreviewModel::NoteColumn), QStringLiteral("教委的指标"));
}

QTEST_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
