// Fuer Monitor: wiring only. The command line runs without a display; without a
// command the window opens.

#include "commandline.h"
#include "commandrunner.h"
#include "languagesetup.h"

#include "firststartdialog.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <memory>

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool needsGui(const QString &command, int argc, char **argv)
{
    // --help and --version print and leave: they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return false;
    }
    if (!command.isEmpty() && command != QLatin1String("report") && command != QLatin1String("return-pdf"))
        return false;
    // The window without a display: say so (below) instead of letting Qt abort.
    if (command.isEmpty() && !hasDisplay())
        return false;
    // A command line that does not parse (an unknown option, --db without a file) is
    // reported on stderr with exit code 2, display or not.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return CommandLine().parse(arguments);
}
// The icon of the menu entry (resources/desktop/icons), from the executable's resources.
QIcon windowIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/fuer-monitor-%1.png").arg(size), QSize(size, size));
    return icon;
}
} // namespace

int main(int argc, char **argv)
{
    const QString command = CommandLine::peekCommand(argc, argv);
    // Reports draw text and charts; without a display they draw off-screen.
    if ((command == QLatin1String("report") || command == QLatin1String("return-pdf")) && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(command, argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FuerMonitor"));
    QCoreApplication::setApplicationName(QStringLiteral("fuer-monitor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUER_VERSION));

    LanguageSetup::install(CommandLine::peekLanguage(argc, argv));

    CommandLine cli;
    if (!cli.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << cli.errorText() << Qt::endl;
        return 2;
    }
    if (cli.wantsHelp()) {
        QTextStream(stdout) << cli.helpText();
        return 0;
    }
    if (cli.wantsVersion()) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return 0;
    }
    if (!command.isEmpty())
        return CommandRunner(cli).run();
    if (!qobject_cast<QApplication *>(app.get())) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main",
            "No display: the window cannot open (DISPLAY and WAYLAND_DISPLAY are not "
            "set). The commands work without one, e.g. fuer-monitor report --year 2025 "
            "--out summary.pdf; see fuer-monitor --help.")
                            << Qt::endl;
        return 1;
    }

    QGuiApplication::setWindowIcon(windowIcon());
    // Wayland's app id and X11's class tie the window to fuer-monitor.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("fuer-monitor"));
    QString path = cli.option(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        // The first start: say where the database is kept and offer the demo.
        if (!QFileInfo::exists(path)) {
            FirstStartDialog first(path, FirstStartDialog::demoPathFor(path));
            if (first.exec() != QDialog::Accepted)
                return 0;
            path = first.chosenPath();
        }
    }
    MainWindow window;
    if (!window.openDatabase(path)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fuer Monitor"), window.lastError());
        return 1;
    }
    window.show();
    if (!window.signInInteractively())
        return 0;
    return app->exec();
}
