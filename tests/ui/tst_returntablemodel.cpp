// The return table's model without the page: rows and headings, what may be
// edited, the live check of typed text, and how pasted text is read and placed.

#include "catalog/plandatabase.h"
#include "demofixture.h"
#include "modeltesting.h"
#include "return/returnclipboard.h"
#include "return/returntablemodel.h"
#include "session/session.h"

#include "storage/database.h"
#include "storage/valuerepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

class TestReturnTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void rowsOfTheUnit();
    void candidateCheck_data();
    void candidateCheck();
    void pastePlanSkipsReadOnlyRows();
    void editsSaveAsDrafts();
    void anotherDesksChangeKeepsWhatWasTyped();

private:
    QTemporaryDir m_dir;
    Database m_db;
    User m_user;
    std::unique_ptr<Session> m_session;
};

void TestReturnTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(DemoFixture::copyTo(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    QVERIFY(PlanDatabase::open(m_db, m_dir.filePath(QStringLiteral("demo.sqlite"))));
    const auto s = AuthService(m_db.connection()).signIn(QStringLiteral("weijian"), DemoData::examplePassword());
    QVERIFY2(s.user, qPrintable(s.message));
    m_user = *s.user;
    m_session = std::make_unique<Session>(&m_db);
    m_session->setUser(m_user);
}

void TestReturnTableModel::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("last");
    QTest::newRow("one cell") << "92.6" << 1 << 1 << "92.6";
    QTest::newRow("excel column with final break") << "1\r\n2\r\n3\r\n" << 3 << 1 << "3";
    QTest::newRow("block") << "1\t2\t3\n4\t5\t6" << 2 << 3 << "6";
    QTest::newRow("empty cells kept") << "1\t\t\n" << 1 << 3 << "";
    QTest::newRow("quoted cell") << "\"a \"\"b\"\"\"\t2" << 1 << 2 << "2";
    QTest::newRow("nothing") << "" << 0 << 0 << "";
}

void TestReturnTableModel::parse()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(QString, last);
    const QVector<QStringList> block = ReturnClipboard::parse(text);
    QCOMPARE(block.size(), rows);
    if (rows > 0) {
        QCOMPARE(block.last().size(), columns);
        QCOMPARE(block.last().last(), last);
    }
}

void TestReturnTableModel::rowsOfTheUnit()
{
    ReturnTableModel model(m_session.get());
    const auto tester = attachModelTester(&model);
    model.load(2026);
    QVERIFY(model.rowAt(0)->heading);
    QCOMPARE(model.rowAt(0)->title, QStringLiteral("妇女与健康"));
    int own = 0, cooperating = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ReturnRow *row = model.rowAt(r);
        if (!row->heading)
            (row->leads ? own : cooperating)++;
    }
    QCOMPARE(own, 28);
    QCOMPARE(cooperating, 2); // W10 and C18, listed last
    QVERIFY(!model.rowAt(model.rowCount() - 1)->leads);
    QCOMPARE(model.counts().empty, 28);
}

void TestReturnTableModel::candidateCheck_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("warning");
    QTest::newRow("full-width") << "W04" << int(ReturnTableModel::ValueColumn) << "９４．５" << false << false;
    QTest::newRow("percent sign") << "W04" << int(ReturnTableModel::ValueColumn) << "94.5%" << false << false;
    QTest::newRow("thousands") << "C23" << int(ReturnTableModel::ValueColumn) << " 1,234 " << false << true;
    QTest::newRow("letters") << "W04" << int(ReturnTableModel::ValueColumn) << "abc" << true << false;
    QTest::newRow("above 100%") << "W04" << int(ReturnTableModel::ValueColumn) << "101" << true << false;
    QTest::newRow("numerator alone") << "W04" << int(ReturnTableModel::NumeratorColumn) << "90" << true << false;
    QTest::newRow("binding miss") << "C01" << int(ReturnTableModel::ValueColumn) << "3" << false << true;
}

void TestReturnTableModel::candidateCheck()
{
    QFETCH(QString, code);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(bool, error);
    QFETCH(bool, warning);
    ReturnTableModel model(m_session.get());
    const auto tester = attachModelTester(&model);
    model.load(2026);
    const EntryCheck c = model.checkCandidate(model.index(model.rowOfCode(code), column), text);
    QCOMPARE(c.hasErrors(), error);
    QCOMPARE(!c.warnings.isEmpty(), warning);
}

void TestReturnTableModel::pastePlanSkipsReadOnlyRows()
{
    ReturnTableModel model(m_session.get());
    const auto tester = attachModelTester(&model);
    model.load(2026);
    const auto all = [](int) { return true; };
    // Lines go to the unit's rows in order across the category heading.
    const int start = model.rowOfCode(QStringLiteral("W19"));
    const ReturnClipboard::Plan p = ReturnClipboard::plan(model, start, ReturnTableModel::ValueColumn,
                                                          ReturnClipboard::parse(QStringLiteral("1\n2\n3\n")), all);
    QCOMPARE(p.rows, 3);
    QCOMPARE(p.edits.size(), 3);
    QCOMPARE(p.edits.at(1).code, QStringLiteral("W39"));
    // Past the last row: counted, not applied.
    const int last = model.rowOfCode(QStringLiteral("C24"));
    const ReturnClipboard::Plan tail = ReturnClipboard::plan(
        model, last, ReturnTableModel::ValueColumn, ReturnClipboard::parse(QStringLiteral("1\t\t\tx\ty\tz\n2\n")), all);
    QCOMPARE(tail.rows, 1);
    QCOMPARE(tail.unplacedLines, 1);
    QVERIFY(tail.skippedCells >= 1); // the assessment column is not editable
}

void TestReturnTableModel::editsSaveAsDrafts()
{
    ReturnTableModel model(m_session.get());
    const auto tester = attachModelTester(&model);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.load(2028);
    QSignalSpy edited(&model, &ReturnTableModel::edited);
    QVERIFY(model.setData(model.index(model.rowOfCode(QStringLiteral("W02")), ReturnTableModel::ValueColumn),
                          QStringLiteral("83.1")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(model.pendingCount(), 1);
    QVERIFY(!model.saveSome(1000));
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("W02"), QString(), 2028)->value, 83.1);
    stack.undo(); // back to empty: the draft goes
    model.saveAll();
    QVERIFY(!ValueRepository(m_db.connection()).value(QStringLiteral("W02"), QString(), 2028));
}

void TestReturnTableModel::anotherDesksChangeKeepsWhatWasTyped()
{
    // This desk types W03 for 2029 while another desk (the same unit, another
    // window) saves W03 first: this desk's save is refused with both versions named,
    // its text stays through a reload, and typing again saves over the other.
    ReturnTableModel model(m_session.get());
    model.load(2029);
    const int row = model.rowOfCode(QStringLiteral("W03"));
    QVERIFY(row >= 0);
    QVERIFY(model.setData(model.index(row, ReturnTableModel::ValueColumn), QStringLiteral("4.2")));
    QString error;
    Session other(&m_db);
    other.setUser(m_user);
    QVERIFY2(other.returns().saveDraft(m_user, *other.indicator(QStringLiteral("W03")), 2029,
                                       {QStringLiteral("3.9"), QString(), QString(), QString(), QString()},
                                       QStringLiteral("卫生统计年报"), &error, 0),
             qPrintable(error));

    model.saveSome(1000);
    const ReturnRow *r = model.rowAt(row);
    QCOMPARE(r->save, ReturnRow::Save::Blocked);
    QVERIFY2(r->saveError.contains(QStringLiteral("it is now 3.9"))
                 && r->saveError.contains(QStringLiteral("no value")),
             qPrintable(r->saveError));
    QCOMPARE(r->value, QStringLiteral("4.2"));
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("W03"), QString(), 2029)->value, 3.9);

    model.load(2029); // what the page does when it hears of the other's change
    r = model.rowAt(model.rowOfCode(QStringLiteral("W03")));
    QCOMPARE(r->value, QStringLiteral("4.2"));
    QCOMPARE(r->save, ReturnRow::Save::Blocked);
    QVERIFY(r->stored && r->stored->value == 3.9);
    // Another year and back: still there, and counted as not stored meanwhile.
    model.load(2028);
    QCOMPARE(model.unsavedCount(), 1);
    model.load(2029);
    r = model.rowAt(model.rowOfCode(QStringLiteral("W03")));
    QCOMPARE(r->value, QStringLiteral("4.2"));
    QCOMPARE(r->save, ReturnRow::Save::Blocked);
    QCOMPARE(model.unsavedCount(), 1);

    QVERIFY(model.setData(model.index(model.rowOfCode(QStringLiteral("W03")), ReturnTableModel::ValueColumn),
                          QStringLiteral("4.3")));
    QVERIFY(!model.saveSome(1000));
    QCOMPARE(model.rowAt(model.rowOfCode(QStringLiteral("W03")))->save, ReturnRow::Save::Clean);
    QCOMPARE(ValueRepository(m_db.connection()).value(QStringLiteral("W03"), QString(), 2029)->value, 4.3);
}

QTEST_MAIN(TestReturnTableModel)
#include "tst_returntablemodel.moc"
