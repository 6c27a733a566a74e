#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Runs long work (backup, restore, import, report) in a worker thread while the
// window stays responsive and shows a progress dialog. The work must not touch
// widgets or the UI thread's database connection; it opens its own.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    using Work =
        std::function<bool(QString *error, const std::function<void(int percent, const QString &step)> &progress)>;

    // Returns the work's result; `error` gets its message.
    static bool run(QWidget *parent, const QString &title, const Work &work, QString *error);
};
