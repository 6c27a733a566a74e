// Every value the pages' tables show for every indicator of the demo data, as each
// role meets them: the review page's return of every unit, the overview's warning
// board, every liaison's return (the past years beside the field). No cell may read
// a rate per 100 000 as "51/10万", "5 1/10万" or "01/10万", and a value has its unit's
// decimals wherever it is shown (docs/DESIGN.md, Numbers and dates): one indicator
// never reads "93%" on one page and "93.4%" on the next.
#include "demofixture.h"
#include "mainwindow.h"
#include "valuetextcheck.h"

#include "overview/overviewpage.h"
#include "overview/warningboardmodel.h"
#include "return/returnpage.h"
#include "return/returntablemodel.h"
#include "review/completenessmodel.h"
#include "review/reviewpage.h"
#include "review/reviewvaluemodel.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "target/targetformat.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestValueText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reviewAndOverview();
    void everyLiaisonsReturn();

private:
    // Every cell (display and tooltip) of `model`: no broken per-100 000 form.
    static QStringList brokenForms(const QAbstractItemModel *model);
    const Indicator *indicator(const QString &code) const;

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, Indicator> m_indicators;
};

void TestValueText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
}

const Indicator *TestValueText::indicator(const QString &code) const
{
    const auto it = m_indicators.constFind(code);
    return it == m_indicators.constEnd() ? nullptr : &*it;
}

QStringList TestValueText::brokenForms(const QAbstractItemModel *model)
{
    // A digit right before "1/10万", or a digit, a space and "1/10万".
    static const QRegularExpression broken(QStringLiteral("\\d\\s?1/10万"));
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = model->index(r, c).data(role).toString();
                if (broken.match(text).hasMatch())
                    out << QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(text);
            }
        }
    }
    return out;
}

void TestValueText::reviewAndOverview()
{
    MainWindow window;
    QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
    for (const Indicator &ind : window.session()->indicators())
        m_indicators.insert(ind.code, ind);
    QCOMPARE(m_indicators.size(), 89);
    window.setUser(*UserRepository(window.session()->database()->connection()).user(QStringLiteral("fuergw")));
    auto *review = window.findChild<ReviewPage *>();
    auto *overview = window.findChild<OverviewPage *>();
    QVERIFY(review && overview);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSet<QString> seen;
    int cells = 0;
    for (const int year : {2024, 2025}) {
        window.tabs()->setCurrentWidget(review); // a hidden page loads when shown
        review->setYear(year);
        const CompletenessModel *units = review->completeness();
        for (int u = 0; u < units->rowCount(); ++u) {
            const QString unit = units->index(u, CompletenessModel::UnitColumn).data().toString();
            if (!review->selectUnit(unit))
                continue;
            const ReviewValueModel *values = review->values();
            const QStringList broken = brokenForms(values);
            QVERIFY2(broken.isEmpty(), qPrintable(unit + QLatin1Char('\n') + broken.join(QLatin1Char('\n'))));
            for (int r = 0; r < values->rowCount(); ++r) {
                const QString code = values->index(r, ReviewValueModel::CodeColumn).data().toString();
                const Indicator *ind = indicator(code);
                QVERIFY2(ind, qPrintable(code));
                const QString text = values->index(r, ReviewValueModel::ValueColumn).data().toString();
                QVERIFY2(ValueTextCheck::problems(text, *ind).isEmpty(),
                         qPrintable(ValueTextCheck::problems(text, *ind).join(QLatin1Char('\n'))));
                seen.insert(code);
                ++cells;
            }
        }
        window.tabs()->setCurrentWidget(overview);
        overview->setYear(year);
        const WarningBoardModel *board = overview->board();
        QCOMPARE(board->rowCount(), 89);
        const QStringList broken = brokenForms(board);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        for (int r = 0; r < board->rowCount(); ++r) {
            const Indicator *ind = indicator(board->index(r, WarningBoardModel::CodeColumn).data().toString());
            QVERIFY(ind);
            const QString text = board->index(r, WarningBoardModel::LatestColumn).data().toString();
            QVERIFY2(ValueTextCheck::problems(text, *ind).isEmpty(),
                     qPrintable(ValueTextCheck::problems(text, *ind).join(QLatin1Char('\n'))));
            ++cells;
        }
    }
    QCOMPARE(seen.size(), 89); // every indicator through some unit's return
    QVERIFY(cells > 300);
}

void TestValueText::everyLiaisonsReturn()
{
    MainWindow window;
    QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
    const QSqlDatabase c = window.session()->database()->connection();
    for (const Indicator &ind : window.session()->indicators())
        m_indicators.insert(ind.code, ind);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSet<QString> seen;
    static const QRegularExpression digits(QStringLiteral("^-?\\d+(\\.(\\d+))?$"));
    for (const User &u : UserRepository(c).users()) {
        if (u.role != User::Role::Liaison)
            continue;
        window.setUser(u);
        auto *page = window.findChild<ReturnPage *>();
        QVERIFY(page);
        window.tabs()->setCurrentWidget(page);
        page->setYear(2026); // the past columns are 2023–2025, the demo's years
        const ReturnTableModel *model = page->model();
        const QStringList broken = brokenForms(model);
        QVERIFY2(broken.isEmpty(), qPrintable(u.login + QLatin1Char('\n') + broken.join(QLatin1Char('\n'))));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString code = model->index(r, ReturnTableModel::CodeColumn).data().toString();
            const Indicator *ind = indicator(code);
            if (!ind)
                continue; // a category's heading row

            seen.insert(ind->code);
            for (const int col :
                 {ReturnTableModel::PastColumn1, ReturnTableModel::PastColumn2, ReturnTableModel::PastColumn3}) {
                const QString text = model->index(r, col).data().toString();
                if (text.isEmpty())
                    continue;
                // The unit is in the name column; the number has the unit's decimals.
                const QRegularExpressionMatch m = digits.match(text);
                QVERIFY2(m.hasMatch(), qPrintable(text));
                const double v = text.toDouble();
                if (std::abs(v) >= 1.0) {
                    const QString expected = ValueTextCheck::expected(v, *ind);
                    QVERIFY2(
                        expected.startsWith(text) || expected.startsWith(QStringLiteral("1:") + text),
                        qPrintable(QStringLiteral("%1 %2: %3, expected %4").arg(u.login, ind->code, text, expected)));
                }
                const QString tip = model->index(r, col).data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.contains(TargetFormat::value(v, *ind)), qPrintable(tip));
            }
        }
    }
    QVERIFY2(seen.size() >= 80, qPrintable(QString::number(seen.size())));
}

QTEST_MAIN(TestValueText)
#include "tst_valuetext.moc"
