#include "tests/support/specialfiles.h"

#include <QFile>

#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace pe::test {

QString makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

QString makeSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address = {};
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return {};
    // The socket file stays after the descriptor is closed: a file nothing listens on.
    const bool bound =
        ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound ? path : QString();
}

FifoGuard::FifoGuard(const QString &fifo, int seconds)
    : m_fifo(fifo)
{
    m_thread = std::thread([this, seconds] {
        std::unique_lock lock(m_mutex);
        if (m_done.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_finished; }))
            return;
        m_fired = true;
        // A reader blocked opening the pipe is let through by a writer; a reader blocked
        // reading it sees the end of the file when the writer closes. Tried until the test
        // is over, as the reader may get to the pipe after a first attempt.
        while (!m_finished) {
            const int fd = ::open(QFile::encodeName(m_fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            m_done.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_finished; });
        }
    });
}

FifoGuard::~FifoGuard()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_done.notify_all();
    m_thread.join();
}

} // namespace pe::test
