// Importing from the window: the preview checks every row first, a liaison's rows
// arrive as drafts of its own unit, and a refused file writes nothing.

#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "import/importdialog.h"
#include "import/importpreviewmodel.h"
#include "modeltesting.h"
#include "session/session.h"
#include "testzip.h"

#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

namespace {
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// The dialog's summary: the label that names the file.
QString summaryOf(const QDialog &dialog, const QString &fileName)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(fileName))
            return label->text();
    }
    return QString();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liaisonImportsDrafts();
    void otherUnitsRowsRefusedWhole();
    void neverOverSubmittedValues();
    void administratorChoosesState();
    void templateWithReportSheet();

private:
    QString writeCsv(const QString &name, const QByteArray &body);
    User user(const QString &login);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestImportDialog::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(path));
    QVERIFY(PlanDatabase::open(m_db, path));
}

QString TestImportDialog::writeCsv(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(body);
    return path;
}

User TestImportDialog::user(const QString &login)
{
    return *UserRepository(m_db.connection()).user(login);
}

void TestImportDialog::liaisonImportsDrafts()
{
    Session session(&m_db);
    session.setUser(user(QStringLiteral("weijian")));
    ImportDialog dialog(&session);
    const auto testers = attachModelTesters<ImportPreviewModel>(&dialog);
    const QString path = writeCsv(QStringLiteral("ok.csv"),
                                  "code,year,value,source\nW04,2026,95.1,卫健统计年报\nW07,2026,98.2,\n");
    QVERIFY(dialog.loadFile(path));
    QCOMPARE(dialog.preview().rows.size(), 2);
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    QString error;
    QVERIFY2(dialog.importNow(&error), qPrintable(error));
    QCOMPARE(spy.count(), 1);
    const auto w04 = ValueRepository(m_db.connection()).value(QStringLiteral("W04"), QString(), 2026);
    QVERIFY(w04);
    QCOMPARE(w04->value, 95.1);
    QCOMPARE(w04->state, ValueState::Draft);
    QCOMPARE(w04->source, QStringLiteral("卫健统计年报"));
    QCOMPARE(w04->updatedBy, QStringLiteral("weijian"));
}

void TestImportDialog::otherUnitsRowsRefusedWhole()
{
    const int before = ValueRepository(m_db.connection()).count();
    Session session(&m_db);
    session.setUser(user(QStringLiteral("weijian")));
    ImportDialog dialog(&session);
    const auto testers = attachModelTesters<ImportPreviewModel>(&dialog);
    // C19 is led by 区教委: the whole file is refused in the preview.
    const QString path = writeCsv(QStringLiteral("mixed.csv"), "code,year,value\nW06,2026,1.2\nC19,2026,96\n");
    QVERIFY(!dialog.loadFile(path));
    QVERIFY(!dialog.preview().problems.isEmpty());
    QVERIFY2(dialog.preview().problems.join(QLatin1Char(' ')).contains(QStringLiteral("C19")),
             qPrintable(dialog.preview().problems.join(QLatin1Char('\n'))));
    QString error;
    QVERIFY(!dialog.importNow(&error));
    QCOMPARE(ValueRepository(m_db.connection()).count(), before);
}

void TestImportDialog::neverOverSubmittedValues()
{
    // 2025's W04 is submitted or approved in the demo: a liaison's import must not
    // replace it, and the other row of the file is not written either.
    const auto before = ValueRepository(m_db.connection()).value(QStringLiteral("W04"), QString(), 2025);
    QVERIFY(before && before->state != ValueState::Draft);
    Session session(&m_db);
    session.setUser(user(QStringLiteral("weijian")));
    ImportDialog dialog(&session);
    const auto testers = attachModelTesters<ImportPreviewModel>(&dialog);
    const QString path = writeCsv(QStringLiteral("over.csv"), "code,year,value\nW08,2026,96\nW04,2025,99\n");
    QVERIFY(dialog.loadFile(path));
    QString error;
    QVERIFY(!dialog.importNow(&error));
    QVERIFY2(error.contains(QStringLiteral("W04")), qPrintable(error));
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("W04"), QString(), 2025)->value, before->value);
    QVERIFY(!ValueRepository(m_db.connection()).value(QStringLiteral("W08"), QString(), 2026));
}

void TestImportDialog::administratorChoosesState()
{
    Session session(&m_db);
    session.setUser(user(QStringLiteral("admin")));
    ImportDialog dialog(&session);
    const auto testers = attachModelTesters<ImportPreviewModel>(&dialog);
    const QString path = writeCsv(QStringLiteral("admin.csv"), "code,year,value\nC19,2026,97.5\n");
    QVERIFY(dialog.loadFile(path));
    QString error;
    QVERIFY2(dialog.importNow(&error), qPrintable(error));
    // The administrator's default is 已提交 (submitted).
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("C19"), QString(), 2026)->state,
             ValueState::Submitted);
}

// A filled return template with its report sheet: the preview says the report comes
// too, Import stores both; a bad section refuses the whole file in the preview.
void TestImportDialog::templateWithReportSheet()
{
    Session session(&m_db);
    session.setUser(user(QStringLiteral("weijian")));
    const QString blank = m_dir.filePath(QStringLiteral("template-2026.xlsx"));
    QString error;
    QVERIFY2(session.writeTemplate(QStringLiteral("区卫健委"), 2026, blank, &error), qPrintable(error));
    QMap<QString, QByteArray> parts = TestZip::readAll(blank, &error);
    QByteArray values = parts.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray report = parts.value(QStringLiteral("xl/worksheets/sheet2.xml"));
    QByteArray shared = parts.value(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(TestZip::fillCell(&values, &shared, QStringLiteral("H5"), QStringLiteral("97.5"), true));
    QByteArray bad = report;
    QByteArray badShared = shared;
    const QString text = QStringLiteral("第一段。\n第二段。");
    QVERIFY(TestZip::fillCell(&report, &shared, QStringLiteral("B5"), text, false));
    QVERIFY(TestZip::fillCell(&bad, &badShared, QStringLiteral("B5"), QStringLiteral("坏_x0008_字"), false));
    const QString good = m_dir.filePath(QStringLiteral("filled-2026.xlsx"));
    const QString refused = m_dir.filePath(QStringLiteral("bad-2026.xlsx"));
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), values);
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"), bad);
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), badShared);
    QFile badFile(refused);
    QVERIFY(badFile.open(QIODevice::WriteOnly) && badFile.write(TestZip::pack(parts)) > 0);
    badFile.close();
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"), report);
    parts.insert(QStringLiteral("xl/sharedStrings.xml"), shared);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly) && goodFile.write(TestZip::pack(parts)) > 0);
    goodFile.close();
    const int before = ValueRepository(m_db.connection()).count();

    {
        ImportDialog dialog(&session);
        QVERIFY(!dialog.loadFile(refused));
        const QString summary = summaryOf(dialog, QStringLiteral("bad-2026.xlsx"));
        QVERIFY2(summary.contains(QStringLiteral("年度报告")) && summary.contains(QStringLiteral("U+0008")),
                 qPrintable(summary));
        QVERIFY(!dialog.importNow(&error));
        QCOMPARE(ValueRepository(m_db.connection()).count(), before);
    }

    ImportDialog dialog(&session);
    const auto testers = attachModelTesters<ImportPreviewModel>(&dialog);
    QVERIFY(dialog.loadFile(good));
    QCOMPARE(dialog.preview().report.outcome, ReportSheet::Outcome::Save);
    const QString summary = summaryOf(dialog, QStringLiteral("filled-2026.xlsx"));
    QVERIFY2(summary.contains(QStringLiteral("年度报告")), qPrintable(summary));
    dialog.show();
    screenshot(&dialog, QStringLiteral("import-template-with-report"));
    QVERIFY2(dialog.importNow(&error), qPrintable(error));
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("W01"), QString(), 2026)->value, 97.5);
    const std::optional<UnitReport> stored = session.reports().report(user(QStringLiteral("weijian")),
                                                                      QStringLiteral("区卫健委"), 2026, &error);
    QVERIFY2(stored && stored->isStored(), qPrintable(error));
    QCOMPARE(stored->state, ValueState::Draft);
    QCOMPARE(stored->progress.value(stored->categories.value(0)), text);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
