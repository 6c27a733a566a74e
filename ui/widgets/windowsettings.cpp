#include "widgets/windowsettings.h"

#include "widgets/yearbox.h"

#include <QComboBox>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace WindowSettings {

namespace {
const QLatin1String kGeometry("window/geometry");
const QLatin1String kState("window/state");

// The names of the widget and its named ancestors, "overviewPage/reviewPaneColumns":
// one pane class used on two pages gets a key per page. Qt's own names (qt_…) are
// not ours to rely on.
QString pathOf(const QWidget *w)
{
    QStringList names;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            names.prepend(name);
    }
    return names.join(QLatin1Char('/'));
}

QString splitterKey(const QSplitter *s)
{
    return QStringLiteral("splitters/") + pathOf(s);
}

QString yearKey(const QComboBox *box)
{
    return QStringLiteral("years/") + pathOf(box);
}

bool isYearBox(const QComboBox *box)
{
    return !box->objectName().isEmpty() && box->property("fuerYear").toBool();
}
} // namespace

void saveWindow(const QMainWindow *window, QSettings &settings)
{
    settings.setValue(kGeometry, window->saveGeometry());
    settings.setValue(kState, window->saveState());
}

bool restoreWindow(QMainWindow *window, QSettings &settings)
{
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry))
        return false;
    window->restoreState(settings.value(kState).toByteArray());
    return true;
}

void savePages(const QWidget *root, QSettings &settings)
{
    const auto splitters = root->findChildren<QSplitter *>();
    for (const QSplitter *s : splitters) {
        if (!s->objectName().isEmpty())
            settings.setValue(splitterKey(s), s->saveState());
    }
    const auto boxes = root->findChildren<QComboBox *>();
    for (const QComboBox *box : boxes) {
        if (isYearBox(box) && box->currentIndex() >= 0)
            settings.setValue(yearKey(box), box->currentData().toInt());
    }
}

void restorePages(QWidget *root, QSettings &settings)
{
    const auto splitters = root->findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (s->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(splitterKey(s)).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
    const auto boxes = root->findChildren<QComboBox *>();
    for (QComboBox *box : boxes) {
        if (!isYearBox(box))
            continue;
        bool ok = false;
        const int year = settings.value(yearKey(box)).toInt(&ok);
        if (ok && year > 0)
            YearBox::select(box, year); // the nearest offered year if the plan changed
    }
}

} // namespace WindowSettings
