#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// For widget tests: runs `act` on the modal dialog of type T once `open` has
// opened it; `open` returns when the dialog is closed. False when no such dialog
// came (any other modal widget is closed, so the test does not hang).
template <typename T> bool onDialog(const std::function<void()> &open, const std::function<void(T *)> &act)
{
    bool seen = false;
    QTimer::singleShot(0, qApp, [&] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
            return;
        }
        seen = true;
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    return seen;
}
