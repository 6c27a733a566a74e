#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

// Output files that appear whole or not at all.
//
// A report, export, template, demo database or backup is written to a temporary
// file beside its target, flushed to disk, and renamed over the target only when
// complete: a program killed while writing leaves the previous good file (or none),
// never a truncated one under the final name. An existing target that is not a
// regular file (a character or block device such as /dev/null, a FIFO, a socket)
// is written to directly and never replaced: renaming over /dev/null as root would
// destroy the device.
namespace OutputFiles {
// True when `path` exists and is a device, FIFO or socket (symbolic links followed).
bool isSpecial(const QString &path);
} // namespace OutputFiles

// For writers that take a QIODevice (CSV/JSON bytes, QPdfWriter, QTextDocumentWriter):
// a QSaveFile for regular targets, the target itself for special ones.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // without commit(): the temporary file is removed, the target untouched

    // False with a message naming the file when it cannot be opened for writing.
    bool open(QString *error);
    QIODevice *device();
    // Flushes, syncs and renames into place; false with a message when anything failed
    // (then the target is what it was before).
    bool commit(QString *error);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

// For writers that take a file name (libxlsxwriter, SQLite's VACUUM INTO, a demo
// database): stagingPath() names a fresh temporary file beside the target (in the
// system's temporary folder when the target is a special file); commit() syncs it
// and renames it over the target, or copies its bytes into a special target.
class StagedOutput
{
    Q_DECLARE_TR_FUNCTIONS(StagedOutput)

public:
    explicit StagedOutput(const QString &path);
    ~StagedOutput(); // without commit(): the staging file (and its -wal/-shm, -journal) is removed

    // Empty, with the reason in error(), when no temporary file could be created.
    QString stagingPath() const { return m_staging; }
    QString errorString() const { return m_error; }
    bool commit(QString *error);

private:
    void removeStaging();

    QString m_path;
    QString m_staging;
    QString m_error;
    bool m_special = false;
    bool m_committed = false;
};
