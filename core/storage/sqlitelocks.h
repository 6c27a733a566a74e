#pragma once

// Makes SQLite's file locks of this process immune to descriptors that other code
// of the process opens and closes on the same files.
//
// SQLite's unix VFS locks with POSIX advisory locks (fcntl F_SETLK). Those belong to
// the process and the inode, not to a descriptor: closing ANY descriptor of the
// file drops every lock the process holds on it ("How To Corrupt An SQLite
// Database File", 2.2). A file dialog that shows the database's folder opens and
// closes the database, -wal and -shm files to guess their type; from then on
// another process (our `values export`, the sqlite3 shell) believed it was alone,
// checkpointed and deleted the WAL, and the window went on committing into a
// deleted file: an approval it had confirmed was gone after a crash.
//
// installSqliteLockShim() replaces the unix VFS's `fcntl` and `close` system calls
// (sqlite3_vfs::xSetSystemCall, the hook os_unix.c provides for this) by wrappers:
// every F_SETLK / F_SETLKW / F_GETLK becomes the Linux open-file-description lock
// F_OFD_SETLK / F_OFD_SETLKW / F_OFD_GETLK, issued on ONE descriptor per inode that
// the shim owns. An OFD lock belongs to that descriptor's open file description, so
// a close() elsewhere in the process drops nothing; and since all of the process's
// connections lock through the same description, they share one lock owner exactly
// as with POSIX locks (SQLite keeps the in-process bookkeeping itself, per inode,
// and relies on upgrades of the one owner merging). OFD locks and classic POSIX
// locks conflict with each other, so the sqlite3 shell and older builds of ours
// still see our locks and we see theirs. The owned descriptor is closed when the
// last SQLite descriptor of its inode is closed. Other fcntl commands pass through.
//
// Idempotent and thread-safe; must run before the first database is opened (the
// Database and BackupService call it before every open). Returns false, with the
// reason, when SQLite has no unix VFS or refuses the hook; SQLite then keeps its
// own calls and a kernel without OFD locks (before Linux 3.15) falls back to them
// per call.
#include <QString>

bool installSqliteLockShim(QString *error = nullptr);

// Whether the shim is in place (for tests and diagnostics).
bool sqliteLockShimInstalled();
