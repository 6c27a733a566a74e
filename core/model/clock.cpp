#include "model/clock.h"

#include <atomic>
#include <limits>

namespace {
constexpr qint64 kReal = std::numeric_limits<qint64>::min();
// Milliseconds since the epoch (UTC) of the fixed time, or kReal.
std::atomic<qint64> s_fixed{kReal};
} // namespace

QDateTime Clock::nowUtc()
{
    const qint64 fixed = s_fixed.load(std::memory_order_relaxed);
    return fixed == kReal ? QDateTime::currentDateTimeUtc() : QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
}

QDateTime Clock::now()
{
    const qint64 fixed = s_fixed.load(std::memory_order_relaxed);
    return fixed == kReal ? QDateTime::currentDateTime() : QDateTime::fromMSecsSinceEpoch(fixed);
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setForTesting(const QDateTime &at)
{
    s_fixed.store(at.isValid() ? at.toMSecsSinceEpoch() : kReal, std::memory_order_relaxed);
}

Clock::Override::Override(const QDateTime &at)
    : m_previous(s_fixed.load(std::memory_order_relaxed))
{
    setForTesting(at);
}

Clock::Override::~Override()
{
    s_fixed.store(m_previous, std::memory_order_relaxed);
}
