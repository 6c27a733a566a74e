#include "widgets/backgroundtask.h"

#include <QEventLoop>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

bool BackgroundTask::run(QWidget *parent, const QString &title, const Work &work, QString *error)
{
    QProgressDialog dialog(title, QString(), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);
    QPointer<QProgressDialog> guard(&dialog);

    bool ok = false;
    QString message;
    QThread *thread = QThread::create([&] {
        ok = work(&message, [guard](int percent, const QString &step) {
            // Progress arrives from the worker; widgets are updated in their thread.
            QMetaObject::invokeMethod(
                qApp,
                [guard, percent, step] {
                    if (!guard)
                        return;
                    guard->setValue(percent);
                    if (!step.isEmpty())
                        guard->setLabelText(step);
                },
                Qt::QueuedConnection);
        });
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    dialog.setValue(100);
    if (error)
        *error = message;
    return ok;
}
