#include "sqlitelocks.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// The OFD commands are part of glibc's <fcntl.h> on Linux since 2.20 (with
// _GNU_SOURCE, which g++ defines); their struct flock must have a 64-bit offset.
static_assert(sizeof(off_t) == 8, "OFD locks need a 64-bit off_t");

namespace {
using FcntlFn = int (*)(int, int, ...);
using CloseFn = int (*)(int);

FcntlFn s_realFcntl = nullptr;
CloseFn s_realClose = nullptr;
std::atomic<bool> s_installed{false};
// -1 not probed yet, 0 the kernel refuses OFD locks, 1 they work.
std::atomic<int> s_ofdWorks{-1};

struct InodeKey
{
    dev_t dev;
    ino_t ino;
    bool operator==(const InodeKey &o) const { return dev == o.dev && ino == o.ino; }
};

struct InodeKeyHash
{
    size_t operator()(const InodeKey &k) const
    {
        return std::hash<unsigned long long>()(static_cast<unsigned long long>(k.ino) * 1000003ULL
                                               ^ static_cast<unsigned long long>(k.dev));
    }
};

struct OwnedLockFd
{
    int fd = -1;   // the descriptor every lock of this inode is taken on
    int users = 0; // SQLite descriptors of this inode that have locked through it
};

// Guarded by s_mutex. A descriptor of SQLite's is entered on its first lock call
// and left on its close (SQLite closes its files only through the `close` of its
// system call table, which the shim replaces too).
std::mutex s_mutex;
std::unordered_map<int, InodeKey> s_sqliteFds;
std::unordered_map<InodeKey, OwnedLockFd, InodeKeyHash> s_owned;

// A descriptor of its own, not a dup: a dup shares the open file description and
// with it the access mode, and a database first opened read-only by one
// connection could then never be write-locked for another one that may write.
// /proc/self/fd reopens the very inode (even a deleted one); where that is not
// possible, a dup of SQLite's descriptor still keeps the locks.
int openOwnedFd(int sqliteFd, const InodeKey &key)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/fd/%d", sqliteFd);
    int fd = ::open(path, O_RDWR | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st;
        if (::fstat(fd, &st) == 0 && st.st_dev == key.dev && st.st_ino == key.ino)
            return fd;
        s_realClose(fd);
    }
    return s_realFcntl(sqliteFd, F_DUPFD_CLOEXEC, 3);
}

// The owned descriptor for `sqliteFd`'s inode; -1 when none can be had (the call
// then goes to the descriptor itself, as SQLite would have issued it).
int ownedFdFor(int sqliteFd)
{
    std::lock_guard<std::mutex> guard(s_mutex);
    const auto known = s_sqliteFds.find(sqliteFd);
    if (known != s_sqliteFds.end())
        return s_owned[known->second].fd;
    struct stat st;
    if (::fstat(sqliteFd, &st) != 0)
        return -1;
    const InodeKey key{st.st_dev, st.st_ino};
    auto owned = s_owned.find(key);
    if (owned == s_owned.end()) {
        const int fd = openOwnedFd(sqliteFd, key);
        if (fd < 0)
            return -1;
        owned = s_owned.emplace(key, OwnedLockFd{fd, 0}).first;
    }
    ++owned->second.users;
    s_sqliteFds.emplace(sqliteFd, key);
    return owned->second.fd;
}

int ofdCommand(int cmd)
{
    switch (cmd) {
    case F_SETLK:
        return F_OFD_SETLK;
    case F_SETLKW:
        return F_OFD_SETLKW;
    default:
        return F_OFD_GETLK;
    }
}

bool ofdLocksWork(int fd)
{
    int state = s_ofdWorks.load();
    if (state < 0) {
        struct flock probe = {};
        probe.l_type = F_RDLCK;
        probe.l_whence = SEEK_SET;
        state = (s_realFcntl(fd, F_OFD_GETLK, &probe) == 0 || errno != EINVAL) ? 1 : 0;
        s_ofdWorks.store(state);
    }
    return state == 1;
}

int lockCall(int fd, int cmd, struct flock *lock)
{
    const int owned = ownedFdFor(fd);
    if (owned < 0 || !ofdLocksWork(owned))
        return s_realFcntl(fd, cmd, lock);
    struct flock ofd = *lock;
    ofd.l_pid = 0; // required for OFD commands
    const int rc = s_realFcntl(owned, ofdCommand(cmd), &ofd);
    if (cmd == F_GETLK && rc == 0) {
        // F_UNLCK when nothing conflicts, else the conflicting lock (l_pid -1 when
        // it is another process's OFD lock): what SQLite reads from F_GETLK.
        *lock = ofd;
    }
    return rc;
}

int fcntlShim(int fd, int cmd, ...)
{
    va_list ap;
    va_start(ap, cmd);
    int rc = -1;
    switch (cmd) {
    case F_SETLK:
    case F_SETLKW:
    case F_GETLK: {
        auto *lock = va_arg(ap, struct flock *);
        rc = lockCall(fd, cmd, lock);
        break;
    }
    // Commands without an argument.
    case F_GETFD:
    case F_GETFL:
    case F_GETOWN:
    case F_GETSIG:
    case F_GETLEASE:
    case F_GETPIPE_SZ:
#ifdef F_GET_SEALS
    case F_GET_SEALS:
#endif
        rc = s_realFcntl(fd, cmd);
        break;
    // Commands with an int.
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_SETFD:
    case F_SETFL:
    case F_SETOWN:
    case F_SETSIG:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_SETPIPE_SZ:
#ifdef F_ADD_SEALS
    case F_ADD_SEALS:
#endif
        rc = s_realFcntl(fd, cmd, va_arg(ap, int));
        break;
    // Everything else takes a pointer (the OFD commands themselves, F_GETOWN_EX, ...).
    default:
        rc = s_realFcntl(fd, cmd, va_arg(ap, void *));
        break;
    }
    va_end(ap);
    return rc;
}

int closeShim(int fd)
{
    int ownedToClose = -1;
    {
        std::lock_guard<std::mutex> guard(s_mutex);
        const auto known = s_sqliteFds.find(fd);
        if (known != s_sqliteFds.end()) {
            const auto owned = s_owned.find(known->second);
            s_sqliteFds.erase(known);
            // SQLite closes the last descriptor of an inode only once none of its
            // connections holds a lock there (it keeps closed ones pending until
            // then), so nothing is lost when the owned one goes with it.
            if (owned != s_owned.end() && --owned->second.users == 0) {
                ownedToClose = owned->second.fd;
                s_owned.erase(owned);
            }
        }
    }
    if (ownedToClose >= 0)
        s_realClose(ownedToClose);
    return s_realClose(fd);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool sqliteLockShimInstalled()
{
    return s_installed.load();
}

bool installSqliteLockShim(QString *error)
{
    static std::mutex installMutex;
    std::lock_guard<std::mutex> guard(installMutex);
    if (s_installed.load())
        return true;
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall)
        return fail(
            error, QCoreApplication::translate("SqliteLocks", "SQLite has no unix file system layer to lock through."));
    s_realFcntl = reinterpret_cast<FcntlFn>(vfs->xGetSystemCall(vfs, "fcntl"));
    s_realClose = reinterpret_cast<CloseFn>(vfs->xGetSystemCall(vfs, "close"));
    if (!s_realFcntl || !s_realClose)
        return fail(error,
                    QCoreApplication::translate("SqliteLocks", "SQLite does not name its fcntl and close calls."));
    // One table serves every unix VFS (unix, unix-excl, unix-dotfile, unix-none).
    if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&closeShim)) != SQLITE_OK)
        return fail(error, QCoreApplication::translate("SqliteLocks", "SQLite refused to hand over its close call."));
    if (vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&fcntlShim)) != SQLITE_OK) {
        vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(s_realClose));
        return fail(error, QCoreApplication::translate("SqliteLocks", "SQLite refused to hand over its fcntl call."));
    }
    s_installed.store(true);
    return true;
}
