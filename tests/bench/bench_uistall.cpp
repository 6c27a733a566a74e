// How long the window's UI thread is kept from the user (issue #18, target 5: no
// stall over 50 ms) when opening every page, changing the year on it, typing a value,
// pasting a block of the return, typing in the annual report and saving, on the demo
// database and on one with 1,000 areas (the demo plus 999 areas × 89 indicators ×
// 11 years, 979,000 values more). Built, not run by ctest:
//   bench_uistall [--areas N] [--runs N]
// Every event the application dispatches is timed (QApplication::notify at depth 0),
// and so is the call that starts each act; a scenario's stall is the longest of them.
// Printed per scenario: the median over --runs (3) of the longest stall, and its ratio
// to the 50 ms budget.
#include "catalog/plandatabase.h"
#include "mainwindow.h"
#include "return/returnpage.h"
#include "return/returntablemodel.h"
#include "return/returntableview.h"
#include "session/session.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "unitreport/unitreportpage.h"
#include "workflow/demodata.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr double kBudgetMs = 50.0;

class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        const double ms = t.nsecsElapsed() / 1e6;
        --m_depth;
        if (ms > m_longest) {
            m_longest = ms;
            m_what = QStringLiteral("%1 to %2")
                         .arg(int(event->type()))
                         .arg(QString::fromLatin1(receiver->metaObject()->className()));
        }
        return r;
    }
    void reset()
    {
        m_longest = 0;
        m_what.clear();
    }
    double longest() const { return m_longest; }
    QString what() const { return m_what; }

private:
    int m_depth = 0;
    double m_longest = 0;
    QString m_what;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

// Runs `act` and the events it causes for `settleMs`; the longest stall in ms.
double stall(const std::function<void()> &act, int settleMs = 400, QString *what = nullptr)
{
    QTest::qWait(50); // what came before is done
    timedApp()->reset();
    QElapsedTimer t;
    t.start();
    act();
    const double direct = t.nsecsElapsed() / 1e6;
    QTest::qWait(settleMs);
    if (what)
        *what = direct >= timedApp()->longest() ? QStringLiteral("the call") : timedApp()->what();
    return std::max(direct, timedApp()->longest());
}

bool buildDatabase(const QString &path, int areas, QTextStream &out)
{
    Database db;
    QString error;
    if (!PlanDatabase::open(db, path) || !DemoData::populate(db.connection(), &error)) {
        out << "demo database failed: " << db.errorString() << error << Qt::endl;
        return false;
    }
    if (areas <= 1)
        return true;
    const QVector<ValueRecord> demo = DemoData::generate(CatalogRepository(db.connection()).indicators(), {});
    QVector<ValueRecord> all;
    for (int a = 1; a < areas; ++a) {
        const QString area = QStringLiteral("区域%1").arg(a, 4, 10, QLatin1Char('0'));
        for (const ValueRecord &r : demo) {
            for (int extra = 0; extra < (r.year == 2025 ? 6 : 1); ++extra) {
                ValueRecord v = r;
                v.area = area;
                v.year = r.year + extra;
                v.value = std::max(0.0, r.value * (1.0 + ((a * 7 + extra) % 11 - 5) / 100.0));
                v.state = ValueState::Approved;
                if (v.year <= 2030)
                    all.append(v);
            }
        }
    }
    if (!ValueRepository(db.connection()).store(all, QStringLiteral("bench"), QStringLiteral("bench"), true, &error)) {
        out << error << Qt::endl;
        return false;
    }
    return true;
}

template <typename T> T *pageOf(QTabWidget *tabs)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (auto *p = qobject_cast<T *>(tabs->widget(i))) {
            tabs->setCurrentIndex(i);
            return p;
        }
    }
    return nullptr;
}

// Scenario name -> the longest stall of one run, in ms.
QMap<QString, double> runOnce(const QString &path, QStringList *order, QMap<QString, QString> *causes)
{
    QMap<QString, double> result;
    const auto note = [&](const QString &name, double ms, const QString &what) {
        if (!order->contains(name))
            order->append(name);
        result.insert(name, ms);
        causes->insert(name, what);
    };
    MainWindow window;
    window.resize(1366, 768);
    if (!window.openDatabase(path))
        return result;
    window.show();
    QTest::qWait(200);
    QString what;
    for (const QString &login : {QStringLiteral("fuergw"), QStringLiteral("weijian")}) {
        const std::optional<User> user = UserRepository(window.session()->database()->connection()).user(login);
        if (!user)
            return result;
        double ms = stall([&] { window.setUser(*user); }, 400, &what);
        note(QStringLiteral("%1: sign in").arg(login), ms, what);
        QTabWidget *tabs = window.tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            ms = stall([&] { tabs->setCurrentIndex(i); }, 400, &what);
            note(QStringLiteral("%1: open %2").arg(login, tabs->tabText(i).remove(QLatin1Char('&'))), ms, what);
            // Every year box of the page: to another year and back.
            const auto boxes = tabs->widget(i)->findChildren<QComboBox *>();
            for (QComboBox *box : boxes) {
                if (box->count() < 2 || !box->isVisibleTo(tabs->widget(i)) || box->itemData(0).toInt() < 2000)
                    continue;
                const int at = box->currentIndex();
                ms = stall([&] { box->setCurrentIndex(at > 0 ? at - 1 : at + 1); }, 400, &what);
                ms = std::max(ms, stall([&] { box->setCurrentIndex(at); }, 400, &what));
                note(QStringLiteral("%1: change the year on %2").arg(login, tabs->tabText(i).remove(QLatin1Char('&'))),
                     ms, what);
                break;
            }
        }
        if (login != QLatin1String("weijian"))
            continue;
        if (ReturnPage *page = pageOf<ReturnPage>(tabs)) {
            QTest::qWait(300);
            ReturnTableModel *model = page->model();
            ReturnTableView *table = page->table();
            double typing = 0;
            tabs->setCurrentWidget(page);
            window.activateWindow();
            page->setYear(2026); // the demo has no values of 2026: every row takes a value
            QTest::qWait(300);
            for (int row = 0; row < std::min(5, model->rowCount()); ++row) {
                const QModelIndex index = model->index(row, ReturnTableModel::ValueColumn);
                if (!(model->flags(index) & Qt::ItemIsEditable))
                    continue;
                table->setCurrentIndex(index);
                table->edit(index);
                QTest::qWait(20);
                QWidget *editor = QApplication::focusWidget();
                if (!editor || !table->viewport()->isAncestorOf(editor)) {
                    editor = nullptr;
                    for (QLineEdit *line : table->viewport()->findChildren<QLineEdit *>())
                        if (line->isVisible())
                            editor = line;
                }
                if (!editor)
                    continue;
                for (const char c : QByteArray("12.3")) {
                    typing = std::max(typing, stall([&] { QTest::keyClick(editor, c); }, 30, &what));
                }
                typing = std::max(typing, stall([&] { QTest::keyClick(editor, Qt::Key_Return); }, 100, &what));
            }
            note(QStringLiteral("weijian: type values in the return"), typing, what);
            // A block of every row of the return: value, numerator, denominator, source, note.
            QStringList lines;
            for (int row = 0; row < model->rowCount(); ++row)
                lines << QStringLiteral("%1\t\t\t统计年报\t已核实").arg(40 + row % 50);
            table->setCurrentIndex(model->index(0, ReturnTableModel::ValueColumn));
            ms = stall([&] { page->paste(lines.join(QLatin1Char('\n'))); }, 400, &what);
            note(QStringLiteral("weijian: paste %1 rows into the return").arg(lines.size()), ms, what);
            ms = stall([&] { page->saveNow(); }, 400, &what);
            note(QStringLiteral("weijian: save the return"), ms, what);
        }
        if (UnitReportPage *report = pageOf<UnitReportPage>(tabs)) {
            QTest::qWait(300);
            QPlainTextEdit *edit = report->problemsEdit();
            edit->setFocus();
            double typing = 0;
            for (const QChar c : QStringLiteral("基层人手不足 staff")) {
                // Chinese arrives from the input method as a committed string.
                typing = std::max(typing,
                                  stall(
                                      [&] {
                                          if (c.unicode() < 128) {
                                              QTest::keyClicks(edit, QString(c));
                                          } else {
                                              QInputMethodEvent ime;
                                              ime.setCommitString(QString(c));
                                              QCoreApplication::sendEvent(edit->viewport(), &ime);
                                          }
                                      },
                                      20, &what));
            }
            note(QStringLiteral("weijian: type in the annual report"), typing, what);
            // The autosave after typing stops.
            ms = stall([] {}, UnitReportPage::AutosaveDelayMs + 500, &what);
            note(QStringLiteral("weijian: the report's autosave"), ms, what);
        }
    }
    window.saveSettings();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int areas = option(QStringLiteral("--areas"), 1000);
    const int runs = std::max(1, option(QStringLiteral("--runs"), 3));
    QTemporaryDir dir;
    // The window keeps its settings in QSettings: a folder of its own.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("fuer-bench"));

    struct Set
    {
        QString name;
        QString path;
    };
    QVector<Set> sets{{QStringLiteral("demo"), dir.filePath(QStringLiteral("demo.sqlite"))},
                      {QStringLiteral("%1 areas").arg(areas), dir.filePath(QStringLiteral("areas.sqlite"))}};
    QElapsedTimer t;
    t.start();
    if (!buildDatabase(sets[0].path, 1, out) || !buildDatabase(sets[1].path, areas, out))
        return 1;
    out << "databases built in " << t.elapsed() / 1000.0 << " s" << Qt::endl;

    QStringList order;
    QMap<QString, QString> causes;
    QVector<QMap<QString, QVector<double>>> samples(sets.size());
    for (int run = 0; run < runs; ++run) {
        for (int s = 0; s < sets.size(); ++s) {
            const QMap<QString, double> one = runOnce(sets.at(s).path, &order, &causes);
            for (auto it = one.cbegin(); it != one.cend(); ++it)
                samples[s][it.key()].append(it.value());
        }
    }
    const auto median = [](QVector<double> v) {
        if (v.isEmpty())
            return -1.0;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out << "longest UI-thread stall per act, median of " << runs << " runs, in ms (ratio to the 50 ms budget)"
        << Qt::endl;
    out << QStringLiteral("%1 %2 %3").arg(QStringLiteral("act"), -52).arg(sets[0].name, 16).arg(sets[1].name, 16)
        << Qt::endl;
    int over = 0;
    for (const QString &name : order) {
        QString line = QStringLiteral("%1").arg(name, -52);
        for (int s = 0; s < sets.size(); ++s) {
            const double m = median(samples[s].value(name));
            over += m > kBudgetMs ? 1 : 0;
            line += m < 0 ? QStringLiteral("%1").arg(QStringLiteral("–"), 17)
                          : QStringLiteral("%1 (%2×)").arg(m, 8, 'f', 1).arg(m / kBudgetMs, 5, 'f', 2);
        }
        if (median(samples[1].value(name)) > kBudgetMs || median(samples[0].value(name)) > kBudgetMs)
            line += QStringLiteral("  longest: ") + causes.value(name);
        out << line << Qt::endl;
    }
    out << over << " of " << order.size() * sets.size() << " over the budget" << Qt::endl;
    return 0;
}
