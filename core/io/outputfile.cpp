#include "outputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// fsync of a file or folder by name: the rename of a complete file is only
// durable once the folder's entry is on disk too.
bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0 || (directory && errno == EINVAL);
    ::close(fd);
    return ok;
}

// Where a target ends: through symbolic links, so that a link to a file keeps
// being a link and the file it points to is the one replaced (as QSaveFile does).
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath();
        if (!target.isEmpty())
            return target;
        return info.symLinkTarget();
    }
    return info.absoluteFilePath();
}

} // namespace

bool OutputFiles::isSpecial(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
}

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    if (m_save)
        m_save->cancelWriting(); // and QSaveFile's destructor removes its temporary file
}

bool OutputFile::open(QString *error)
{
    if (OutputFiles::isSpecial(m_path)) {
        m_direct = std::make_unique<QFile>(m_path);
        if (m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return true;
    } else {
        m_save = std::make_unique<QSaveFile>(m_path);
        // Never write the target in place, even where no temporary file can be
        // created beside it: then the write fails and names the folder.
        m_save->setDirectWriteFallback(false);
        if (m_save->open(QIODevice::WriteOnly))
            return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(m_path, device()->errorString());
    return false;
}

QIODevice *OutputFile::device()
{
    if (m_direct)
        return m_direct.get();
    return m_save.get();
}

bool OutputFile::commit(QString *error)
{
    QString message;
    if (m_direct) {
        const bool ok = m_direct->error() == QFileDevice::NoError && m_direct->flush();
        if (!ok)
            message = m_direct->errorString();
        m_direct->close();
        m_direct.reset();
        if (ok)
            return true;
    } else if (m_save) {
        // QSaveFile::commit() flushes and fsyncs the temporary file, then renames it.
        if (m_save->commit()) {
            m_save.reset();
            syncPath(QFileInfo(resolvedTarget(m_path)).absolutePath(), true);
            return true;
        }
        message = m_save->errorString();
        m_save.reset();
    } else {
        message = tr("the file was not opened");
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(m_path, message);
    return false;
}

StagedOutput::StagedOutput(const QString &path)
    : m_path(path)
    , m_special(OutputFiles::isSpecial(path))
{
    const QString target = resolvedTarget(path);
    const QString dir = m_special ? QDir::tempPath() : QFileInfo(target).absolutePath();
    const QString base = QFileInfo(target).fileName();
    struct stat existing;
    const bool keepMode = !m_special && ::stat(QFile::encodeName(target).constData(), &existing) == 0;
    int lastErrno = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = QDir(dir).filePath(
            QStringLiteral("%1.part-%2")
                .arg(base)
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        // 0666 less the umask, like a file the writer would have created itself.
        const int fd = ::open(QFile::encodeName(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            if (keepMode)
                ::fchmod(fd, existing.st_mode & 07777);
            ::close(fd);
            m_staging = candidate;
            return;
        }
        lastErrno = errno;
        if (lastErrno != EEXIST)
            break;
    }
    m_error = tr("Cannot write %1: cannot create a temporary file in %2: %3").arg(path, dir, systemError(lastErrno));
}

StagedOutput::~StagedOutput()
{
    if (!m_committed)
        removeStaging();
}

void StagedOutput::removeStaging()
{
    if (m_staging.isEmpty())
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_staging + QLatin1String(suffix));
}

bool StagedOutput::commit(QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, why);
        removeStaging();
        return false;
    };
    if (m_staging.isEmpty())
        return failed(m_error);
    if (m_special) {
        QFile in(m_staging);
        QFile out(m_path);
        if (!in.open(QIODevice::ReadOnly))
            return failed(in.errorString());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failed(out.errorString());
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 16);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return failed(in.errorString());
            if (out.write(chunk) != chunk.size())
                return failed(out.errorString());
        }
        out.close();
        removeStaging();
        m_committed = true;
        return true;
    }
    if (!syncPath(m_staging, false))
        return failed(systemError(errno));
    const QString target = resolvedTarget(m_path);
    // rename(2) replaces the target in one step: no moment without a file.
    if (::rename(QFile::encodeName(m_staging).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(systemError(errno));
    m_committed = true;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_staging + QLatin1String(suffix));
    syncPath(QFileInfo(target).absolutePath(), true);
    return true;
}
