#include "models/io/regularfile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pe {

namespace {

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"));
}

#ifdef Q_OS_UNIX
// What a file of this mode is, when it is not a regular file.
QString refusalOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return RegularFile::tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return RegularFile::tr("is a named pipe (FIFO), not a file: only regular files are read");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("is a device, not a file: only regular files are read");
    if (S_ISSOCK(mode))
        return RegularFile::tr("is a socket, not a file: only regular files are read");
    return RegularFile::tr("is not a regular file");
}
#endif

QString tooLarge(qint64 size, qint64 maxSize)
{
    return RegularFile::tr("the file holds %1; files larger than %2 are refused")
        .arg(RegularFile::mebibytes(size), RegularFile::mebibytes(maxSize));
}

} // namespace

QString RegularFile::mebibytes(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    // Rounded up: a file just over the limit never reads as the limit itself.
    return tr("%1 MiB").arg((bytes + mebibyte - 1) / mebibyte);
}

QString RegularFile::refusal(const QString &path)
{
    if (isResource(path)) {
        const QFileInfo info(path);
        if (!info.exists())
            return tr("no such file");
        return info.isDir() ? tr("is a folder, not a file") : QString();
    }
#ifdef Q_OS_UNIX
    // stat() rather than QFileInfo: it tells a pipe from a device, and waits on neither.
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT || errno == ENOTDIR
                   ? tr("no such file")
                   : tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return refusalOf(status.st_mode);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return tr("no such file");
    if (info.isDir())
        return tr("is a folder, not a file");
    return info.isFile() ? QString() : tr("is not a regular file");
#endif
}

// Opens path for reading if it is a regular file; its size in *size. The error otherwise.
QString RegularFile::open(const QString &path, QFile &file, qint64 *size)
{
    if (QString why = refusal(path); !why.isEmpty())
        return why;
#ifdef Q_OS_UNIX
    if (!isResource(path)) {
        // Opened without waiting (a path swapped for a pipe after the check above would
        // otherwise block here), then checked again on what was actually opened.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        struct stat status = {};
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            return refusalOf(status.st_mode);
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return tr("cannot be read: %1").arg(file.errorString());
        }
        *size = status.st_size;
        return {};
    }
#endif
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read: %1").arg(file.errorString());
    *size = file.size();
    return {};
}

FileRead RegularFile::read(const QString &path, qint64 maxSize)
{
    FileRead result;
    QFile file;
    qint64 size = 0;
    result.error = open(path, file, &size);
    if (!result.ok()) {
        result.missing = result.error == tr("no such file");
        return result;
    }
    if (size > maxSize) {
        result.error = tooLarge(size, maxSize);
        return result;
    }
    // A file that grew since it was measured is still read no further than the limit.
    result.bytes = file.read(maxSize + 1);
    if (result.bytes.size() > maxSize) {
        result.bytes.clear();
        result.error = tooLarge(maxSize + 1, maxSize);
    }
    return result;
}

std::unique_ptr<MappedFile> RegularFile::map(const QString &path, qint64 maxSize, QString *error)
{
    std::unique_ptr<MappedFile> mapped(new MappedFile);
    qint64 size = 0;
    *error = open(path, mapped->m_file, &size);
    if (!error->isEmpty())
        return nullptr;
    if (size > maxSize) {
        *error = tooLarge(size, maxSize);
        return nullptr;
    }
    mapped->take(size);
    return mapped;
}

void MappedFile::take(qint64 size)
{
#ifdef Q_OS_UNIX
    if (size > 0 && !m_file.fileName().startsWith(QLatin1Char(':')))
        m_data = m_file.map(0, size);
#endif
    // Not mapped (a resource, an empty file, a system that would not): read.
    m_bytes = m_data ? QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), size)
                     : m_file.read(size);
}

MappedFile::~MappedFile()
{
    m_bytes = QByteArray();
    if (m_data)
        m_file.unmap(m_data);
}

void MappedFile::readPast(qint64 offset)
{
#ifdef Q_OS_UNIX
    // A call per few megabytes: each costs the system a walk over the pages it lets go.
    constexpr qint64 step = 4 * 1024 * 1024;
    const qint64 page = ::sysconf(_SC_PAGESIZE);
    const qint64 end = offset / page * page;
    if (!m_data || end - m_released < step)
        return;
    ::madvise(m_data + m_released, size_t(end - m_released), MADV_DONTNEED);
    m_released = end;
#else
    Q_UNUSED(offset)
#endif
}

QByteArray RegularFile::head(const QString &path, qint64 size)
{
    QFile file;
    qint64 fileSize = 0;
    if (!open(path, file, &fileSize).isEmpty())
        return {};
    return file.read(size);
}

} // namespace pe
