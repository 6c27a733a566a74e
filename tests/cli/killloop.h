#pragma once

// Kills a fuer-monitor command with SIGKILL at moments spread over its run and
// checks after each kill that the target is whole: either exactly the previous
// complete file or a complete new one (never a truncated file under the final
// name, never a missing one where there was one).

#include "clirunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace Kill {

// Whether the file at `path` is complete; `why` says what is wrong when not.
using Check = std::function<bool(const QString &path, QString *why)>;

struct Outcome
{
    int kills = 0;
    int keptPrevious = 0; // the kill came before the new file was in place
    int replaced = 0;     // it came after: the new, complete file
    int failures = 0;
    QString firstFailure;
    qint64 runMs = 0; // one full run
};

inline void startCli(QProcess *p, const QString &home, const QStringList &arguments)
{
    p->setProgram(QStringLiteral(FUER_MONITOR_BIN));
    p->setArguments(arguments);
    p->setWorkingDirectory(home);
    p->setProcessEnvironment(Cli::environment(home));
    p->setStandardOutputFile(QProcess::nullDevice());
    p->setStandardErrorFile(QProcess::nullDevice());
    p->start();
    p->waitForStarted(10000);
}

// Runs `arguments` once to completion (the previous complete file), then `kills`
// times, each killed after a delay spread evenly over 0..1.4 x the measured run
// time. `target` must be complete after every kill.
inline Outcome loop(const QString &home, const QStringList &arguments, const QString &target, const Check &check,
                    int kills)
{
    Outcome o;
    QElapsedTimer timer;
    timer.start();
    const Cli::Result first = Cli::run(home, arguments, 120000);
    o.runMs = timer.elapsed();
    QString why;
    if (first.exitCode != 0 || !check(target, &why)) {
        o.failures = 1;
        o.firstFailure = QStringLiteral("the full run failed: %1 %2").arg(QString::fromUtf8(first.describe()), why);
        return o;
    }
    for (int i = 0; i < kills; ++i) {
        const QByteArray before = Cli::sha256(target);
        QProcess p;
        startCli(&p, home, arguments);
        const qint64 delay = qint64(double(o.runMs) * 1.4 * (i + 0.5) / kills);
        QThread::msleep(quint64(delay));
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        ++o.kills;
        const bool same = QFileInfo::exists(target) && Cli::sha256(target) == before;
        if (!check(target, &why)) {
            ++o.failures;
            if (o.firstFailure.isEmpty())
                o.firstFailure = QStringLiteral("killed after %1 ms: %2").arg(delay).arg(why);
        } else if (same) {
            ++o.keptPrevious;
        } else {
            ++o.replaced;
        }
    }
    return o;
}

inline QString describe(const Outcome &o)
{
    return QStringLiteral("%1 kills over a %2 ms run: %3 left the previous file, %4 the new one, %5 failures%6")
        .arg(o.kills)
        .arg(o.runMs)
        .arg(o.keptPrevious)
        .arg(o.replaced)
        .arg(o.failures)
        .arg(o.firstFailure.isEmpty() ? QString() : QStringLiteral("; first: ") + o.firstFailure);
}

inline bool isCharDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// A character device to give as --out. As root, a null device node of our own in
// `dir` (mknod c 1 3), so that a program that wrongly replaces its target destroys
// only that node and not the machine's /dev/null (which an earlier build did);
// as any other user /dev/null itself, which such a user cannot replace.
inline QString nullDevice(const QString &dir)
{
    if (::geteuid() != 0)
        return QStringLiteral("/dev/null");
    static int count = 0;
    const QString node = QDir(dir).filePath(QStringLiteral("null-device-%1").arg(++count));
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
        return node;
    return QString();
}

inline bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// Runs `arguments` (whose --out is the FIFO `fifo`) and reads what arrives through
// it until the program has ended. The FIFO is opened without blocking, so that a
// program that replaces it instead of writing into it fails the test, not hangs it.
inline QByteArray throughFifo(const QString &home, const QStringList &arguments, const QString &fifo, int *exitCode)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    QProcess p;
    startCli(&p, home, arguments);
    QByteArray bytes;
    QElapsedTimer timer;
    timer.start();
    bool ended = false;
    while (fd >= 0 && timer.elapsed() < 120000) {
        char buffer[65536];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            bytes.append(buffer, int(n));
            continue;
        }
        if (ended)
            break; // the program is gone and everything it wrote is read
        ended = p.waitForFinished(10);
    }
    if (fd >= 0)
        ::close(fd);
    p.waitForFinished(10000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return bytes;
}

} // namespace Kill
