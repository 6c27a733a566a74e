#pragma once

class QMainWindow;
class QSettings;
class QWidget;

// What the window remembers between runs (QSettings, the user's own file): the main
// window's geometry and state, the state of every named splitter and the year of
// every named year picker (a QComboBox with the property "fuerYear", which
// YearBox::fill sets). Pages name themselves, their splitters and year pickers; the
// keys are the paths of those names ("reviewPage/reviewPaneColumns"), so a page that
// is built anew (after a sign-in) finds its sizes and year again.
namespace WindowSettings {

void saveWindow(const QMainWindow *window, QSettings &settings);
// Geometry and state; false when nothing was saved yet.
bool restoreWindow(QMainWindow *window, QSettings &settings);
// Splitters and years under `root` (a page, or the whole window).
void savePages(const QWidget *root, QSettings &settings);
void restorePages(QWidget *root, QSettings &settings);

} // namespace WindowSettings
