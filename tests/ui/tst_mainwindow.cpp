// The main window as a person meets it again and again: every menu's mnemonics are
// unique (打开数据库 and 退出登录 both took O once), in English and with the shipped
// Chinese translation, for every role's menus; and the window's size, its
// splitters and the chosen years are remembered between runs (QSettings in a
// temporary folder, never the tester's own).
#include "demofixture.h"
#include "mainwindow.h"

#include "session/session.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void settingsAreRemembered();

private:
    // The mnemonic letter of a menu text ("Sign o&ut" → U, "退出登录(&U)" → U), or 0.
    static QChar mnemonic(const QString &text);
    static QStringList clashes(const QString &where, const QList<QAction *> &actions);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("FuerMonitorTest"));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoFixture::copyTo(m_path));
}

QChar TestMainWindow::mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

QStringList TestMainWindow::clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList out;
    QHash<QChar, QString> seen;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (m.isNull())
            continue;
        if (seen.contains(m))
            out << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, seen.value(m), a->text(), m);
        seen.insert(m, a->text());
    }
    return out;
}

void TestMainWindow::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("login");
    for (const char *language : {"en", "zh_CN"}) {
        for (const char *login : {"admin", "fuergw", "weijian"})
            QTest::addRow("%s %s", language, login) << QString::fromLatin1(language) << QString::fromLatin1(login);
    }
}

void TestMainWindow::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    QFETCH(QString, login);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/fuer_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    {
        MainWindow window;
        QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
        const std::optional<User> user = UserRepository(window.session()->database()->connection()).user(login);
        QVERIFY(user);
        window.setUser(*user);
        QStringList problems = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        int menus = 0;
        const auto all = window.findChildren<QMenu *>();
        for (QMenu *menu : all) {
            problems += clashes(menu->title().isEmpty() ? menu->objectName() : menu->title(), menu->actions());
            ++menus;
        }
        // The pages' own menus (the chart's right-click menu) are action lists.
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->contextMenuPolicy() == Qt::ActionsContextMenu && !w->actions().isEmpty())
                problems += clashes(QString::fromLatin1(w->metaObject()->className()), w->actions());
        }
        QVERIFY(menus >= 3);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestMainWindow::settingsAreRemembered()
{
    QSettings().clear();
    const QSize size(1201, 677);
    QList<int> rowSizes;
    QList<int> paneSizes;
    {
        MainWindow window;
        QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
        window.setUser(*UserRepository(window.session()->database()->connection()).user(QStringLiteral("fuergw")));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *rows = window.findChild<QSplitter *>(QStringLiteral("reviewRows"));
        auto *pane = window.findChild<QSplitter *>(QStringLiteral("overviewLower"));
        auto *year = window.findChild<QComboBox *>(QStringLiteral("reviewYear"));
        auto *overviewYear = window.findChild<QComboBox *>(QStringLiteral("overviewYear"));
        QVERIFY(rows && pane && year && overviewYear);
        rows->setSizes({150, 450});
        pane->setSizes({300, 700});
        rowSizes = rows->sizes();
        paneSizes = pane->sizes();
        year->setCurrentIndex(year->findData(2022));
        overviewYear->setCurrentIndex(overviewYear->findData(2023));
        QCOMPARE(year->currentData().toInt(), 2022);
        window.close(); // closeEvent writes the settings
    }
    QVERIFY(QFileInfo::exists(QSettings().fileName()));
    {
        MainWindow window;
        QVERIFY2(window.openDatabase(m_path), qPrintable(window.lastError()));
        window.setUser(*UserRepository(window.session()->database()->connection()).user(QStringLiteral("fuergw")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("reviewRows"))->sizes(), rowSizes);
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("overviewLower"))->sizes(), paneSizes);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("reviewYear"))->currentData().toInt(), 2022);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("overviewYear"))->currentData().toInt(), 2023);
        window.close();
    }
    // Without saved settings the window opens at its default size and years.
    QSettings().clear();
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_path));
        QCOMPARE(window.size(), QSize(1280, 800));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
