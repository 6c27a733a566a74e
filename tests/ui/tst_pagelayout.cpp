// The pages at the screen sizes the offices use (1366×768 laptops, 1920×1080
// monitors), as the liaison, the reviewer and the administrator open them: no column
// header of any table is cut, and the short columns people scan (codes, years,
// values, states, warnings) show whole. With FUER_SCREENSHOT_DIR set, every page is
// also saved as a PNG there (return, review, overview, catalog at both sizes).
#include "demofixture.h"
#include "mainwindow.h"

#include "catalog/catalogpage.h"
#include "overview/overviewpage.h"
#include "return/returnpage.h"
#include "review/completenessmodel.h"
#include "review/reviewpage.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <functional>

class TestPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();

private:
    static QStringList cutHeaders(QWidget *page);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPageLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
}

QStringList TestPageLayout::cutHeaders(QWidget *page)
{
    QStringList out;
    const auto views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        QHeaderView *header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
        if (!header || !view->isVisible() || !view->model() || header->isHidden())
            continue;
        const QFontMetrics fm(header->font());
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
            // The text, the sort indicator's room and the section's margins.
            const int need = fm.horizontalAdvance(text) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
            if (header->sectionSize(c) < need)
                out << QStringLiteral("%1 column \"%2\": %3 px of %4")
                           .arg(QString::fromLatin1(view->metaObject()->className()), text)
                           .arg(header->sectionSize(c))
                           .arg(need);
        }
    }
    return out;
}

void TestPageLayout::pages_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        const QByteArray s = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow(("entry " + s).constData()) << "weijian"
                                                  << "return" << size;
        QTest::newRow(("review " + s).constData()) << "fuergw"
                                                   << "review" << size;
        QTest::newRow(("overview " + s).constData()) << "fuergw"
                                                     << "overview" << size;
        QTest::newRow(("catalog " + s).constData()) << "admin"
                                                    << "catalog" << size;
    }
}

void TestPageLayout::pages()
{
    QFETCH(QString, login);
    QFETCH(QString, page);
    QFETCH(QSize, size);
    MainWindow window;
    QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
    window.setUser(*UserRepository(window.session()->database()->connection()).user(login));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *shown = nullptr;
    if (page == QLatin1String("return")) {
        auto *p = window.findChild<ReturnPage *>();
        p->setYear(2025);
        p->selectIndicator(QStringLiteral("W03"));
        shown = p;
    } else if (page == QLatin1String("review")) {
        auto *p = window.findChild<ReviewPage *>();
        p->setYear(2025);
        p->selectUnit(QStringLiteral("区卫健委"));
        p->selectIndicator(QStringLiteral("W03"));
        shown = p;
    } else if (page == QLatin1String("overview")) {
        auto *p = window.findChild<OverviewPage *>();
        p->setYear(2025);
        shown = p;
    } else {
        CatalogPage *p = window.catalogPage();
        p->tree()->expandAll();
        p->selectIndicator(QStringLiteral("C01"));
        shown = p;
    }
    QVERIFY(shown);
    window.tabs()->setCurrentWidget(shown);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("FUER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(
            QDir(dir).filePath(QStringLiteral("%1-%2x%3.png").arg(page).arg(size.width()).arg(size.height())));
    if (qEnvironmentVariableIsSet("FUER_DEBUG_MIN")) {
        std::function<void(QWidget *, int)> dump = [&](QWidget *w, int depth) {
            if (depth > 6)
                return;
            qDebug().noquote() << QString(depth * 2, QLatin1Char(' ')) << w->metaObject()->className()
                               << w->objectName() << w->minimumSizeHint() << w->minimumSize() << w->size();
            for (QObject *o : w->children())
                if (auto *cw = qobject_cast<QWidget *>(o))
                    if (!cw->isWindow() && cw->isVisible())
                        dump(cw, depth + 1);
        };
        dump(shown, 0);
    }
    // The window fits the screen it was made for: no page asks for more.
    QCOMPARE(window.size(), size);
    const QStringList cut = cutHeaders(shown);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
