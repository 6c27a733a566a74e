#pragma once

#include <QDate>
#include <QDateTime>

// The one source of "now" in core: every timestamp the program stores or prints
// (audit rows, value changes, comments, account changes, backup and migration file
// names, report dates) comes from here, so a test can fix the time and find that
// exact time in what was written.
class Clock
{
public:
    static QDateTime now(); // local time
    static QDateTime nowUtc();
    static QDate today(); // local date

    // Fixes the clock at `at` (an invalid QDateTime restores the real clock).
    // For tests only; safe to read from other threads while it is set.
    static void setForTesting(const QDateTime &at);

    // Fixes the clock for a scope, then restores what was there before.
    class Override
    {
    public:
        explicit Override(const QDateTime &at);
        ~Override();
        Override(const Override &) = delete;
        Override &operator=(const Override &) = delete;

    private:
        qint64 m_previous;
    };
};
