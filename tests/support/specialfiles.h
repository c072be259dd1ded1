#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pe::test {

// Files that are not regular files, made in a test's own folder: a named pipe (FIFO) and a
// Unix socket. Empty paths when the system cannot make them.
QString makeFifo(const QString &path);
QString makeSocket(const QString &path);

// Keeps a test from hanging on a named pipe: if whatever the test does is still running
// after the given time (it blocks opening or reading the pipe, as a reader without the
// fix would), the guard opens the pipe's other end and closes it, which ends the wait with an
// empty read; fired() then says so and the test fails instead of hanging.
class FifoGuard
{
public:
    FifoGuard(const QString &fifo, int seconds = 10);
    ~FifoGuard();
    bool fired() const { return m_fired; }

private:
    QString m_fifo;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::atomic_bool m_fired = false;
    std::thread m_thread;
};

} // namespace pe::test
