#pragma once

// Runs the built fuer-monitor (FUER_MONITOR_BIN, set by tests/CMakeLists.txt) the way
// a user would: a child process in a clean environment without a display, its home
// and data folders inside the test's QTemporaryDir, so no run ever touches the
// user's own database.

#include "exchange/csvreader.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>

#ifndef FUER_MONITOR_BIN
#error "FUER_MONITOR_BIN must name the fuer-monitor executable"
#endif

namespace Cli {

struct Result
{
    bool started = false;
    bool crashed = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2 messages: how the run ended and what it said on stderr.
    QByteArray describe() const
    {
        return QByteArray("exit ") + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "")
            + (timedOut ? " (timed out)" : "") + ", stderr: " + err.left(2000);
    }
};

// A child environment without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: the
// program itself must cope without a display. HOME and XDG_* point into `home`.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    return env;
}

// `input` is what the program reads on its standard input (then end of file).
inline Result run(const QString &home, const QStringList &arguments, int timeoutMs = 60000,
                  const QByteArray &input = QByteArray())
{
    Result r;
    QProcess p;
    p.setProgram(QStringLiteral(FUER_MONITOR_BIN));
    p.setArguments(arguments);
    p.setWorkingDirectory(home);
    p.setProcessEnvironment(environment(home));
    p.start();
    r.started = p.waitForStarted(10000);
    if (!r.started)
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed || r.timedOut ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// CSV as the program writes it (UTF-8 with BOM) split into rows; empty on a parse error.
inline QVector<QStringList> csvRows(const QByteArray &bytes)
{
    bool valid = false;
    const QString text = CsvReader::decodeUtf8(bytes, &valid);
    QVector<CsvReader::Record> records;
    QString error;
    if (!valid || !CsvReader::parse(text, &records, &error))
        return {};
    QVector<QStringList> rows;
    for (const CsvReader::Record &r : records)
        rows.append(r.fields);
    return rows;
}

} // namespace Cli
