#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

// Hands work from one thread that reads ahead to one that consumes it, at most
// `depth` items waiting, so memory stays bounded however far the reader could
// run. The consumer may stop early (it refused the file): waiting items are
// dropped and the reader's next push() says so. Used by ValueCsvStream::runAhead
// and by XlsxReader (its sheet parser, and the inflating under each parser).
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t depth)
        : m_depth(depth)
    {
    }

    // Reader: waits for room; false once the consumer has stopped (`item` dropped).
    bool push(T item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_items.size() < m_depth; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    // Reader: nothing more comes.
    void finish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // Consumer: the next item; false when the reader has finished and all are
    // taken, or after stop().
    bool pop(T *item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || m_stopped || !m_items.empty(); });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }
    // Consumer: takes nothing more; what waits is dropped.
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_items.clear();
        m_changed.notify_all();
    }

private:
    const std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};
