#pragma once
// A child process measured as a user runs it, for the benchmarks' `process`
// parts: wall time, CPU time and its own peak resident memory (wait4).
#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

struct Usage
{
    double wall = -1;
    double cpu = 0;
    long maxRssKb = 0;
};

// Runs `argv` with stdin from `input` (a file, or none) and returns its wall and
// CPU seconds and its own peak resident memory, from wait4.
inline Usage runMeasured(const QStringList &args, const QString &input = QString())
{
    Usage u;
    QVector<QByteArray> storage;
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    QVector<char *> argv;
    for (QByteArray &a : storage)
        argv.append(a.data());
    argv.append(nullptr);
    const QByteArray inputPath = input.toLocal8Bit();
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!inputPath.isEmpty()) {
            if (!freopen(inputPath.constData(), "r", stdin))
                _exit(126);
        }
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(126);
        execvp(argv.at(0), argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (pid < 0 || wait4(pid, &status, 0, &ru) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QTextStream(stderr) << "  " << args.join(QLatin1Char(' ')) << " failed (status " << status << ")" << Qt::endl;
        return u;
    }
    u.wall = t.nsecsElapsed() / 1e9;
    u.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    u.maxRssKb = ru.ru_maxrss;
    return u;
}

inline double medianOf(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
