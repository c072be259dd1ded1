#include "models/files/outputfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace pe {

namespace {

OutputFiles::Fault &fault()
{
    static OutputFiles::Fault theFault;
    return theFault;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What is at path, when it is neither a regular file nor a link; empty otherwise.
QString specialKind(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    if (S_ISDIR(st.st_mode))
        return OutputFiles::tr("a folder");
    if (S_ISFIFO(st.st_mode))
        return OutputFiles::tr("a named pipe (FIFO)");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return OutputFiles::tr("a device");
    if (S_ISSOCK(st.st_mode))
        return OutputFiles::tr("a socket");
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
        return OutputFiles::tr("not a regular file");
    return {};
}

QString reason(int errorNumber)
{
    if (errorNumber == ENOSPC)
        return OutputFiles::tr("no space left on device");
    if (errorNumber == EDQUOT)
        return OutputFiles::tr("disk quota exceeded");
    return qt_error_string(errorNumber);
}

// A second name for target's file (a hard link beside it, or a copy where links are not
// possible), so that a commit can put it back; empty when neither can be made.
QString keepCopy(const QString &target)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 16; ++attempt) {
        QString name = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.old")
                .arg(info.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(name).constData()) == 0)
            return name;
        if (errno == EEXIST)
            continue;
        return QFile::copy(target, name) ? name : QString();
    }
    return {};
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

void OutputFiles::add(const QString &path, const QByteArray &bytes)
{
    m_files.append({path, bytes});
}

bool OutputFiles::resolve(const QString &path, QString *target, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name given"));
    const QFileInfo info(path);
    if (info.isSymLink()) {
        // QSaveFile renames over the path it is given: given the link, the link would become
        // a file; given where it ends, that file is replaced and the link kept.
        const QString end = info.canonicalFilePath();
        if (end.isEmpty())
            return fail(tr("cannot write %1: it is a link to %2, which does not exist")
                            .arg(native(path), native(info.symLinkTarget())));
        if (const QString kind = specialKind(end); !kind.isEmpty())
            return fail(tr("cannot write %1: it is a link to %2, which is %3, not a regular file")
                            .arg(native(path), native(end), kind));
        if (QFileInfo(end).ownerId() != ::geteuid())
            return fail(tr("cannot write %1: it is a link to %2, a file that belongs to "
                           "another user")
                            .arg(native(path), native(end)));
        if (target)
            *target = end;
        return true;
    }
    if (const QString kind = specialKind(path); !kind.isEmpty())
        return fail(tr("cannot write %1: it is %2, not a regular file").arg(native(path), kind));
    if (target)
        *target = info.absoluteFilePath();
    return true;
}

bool OutputFiles::commit(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    struct Staged
    {
        QString path;   // as given, for messages
        QString target; // the file replaced
        std::unique_ptr<QSaveFile> file;
        QString backup; // the target's previous content, while the commit runs
        bool existed = false;
    };
    std::vector<Staged> staged;
    staged.reserve(size_t(m_files.size()));
    for (const Pending &pending : std::as_const(m_files)) {
        Staged s;
        s.path = pending.path;
        if (!resolve(pending.path, &s.target, error))
            return false;
        staged.push_back(std::move(s));
    }

    // Every file into its temporary, every byte checked and on the disk, before any target is
    // touched: a full disk shows here (on some file systems only at the sync).
    for (size_t i = 0; i < staged.size(); ++i) {
        Staged &s = staged[i];
        const QByteArray &bytes = m_files.at(qsizetype(i)).bytes;
        s.file = std::make_unique<QSaveFile>(s.target);
        if (!s.file->open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(native(s.path), s.file->errorString()));
        qint64 length = bytes.size();
        Fault &injected = fault();
        const bool full = injected.spaceLeft >= 0 && injected.spaceLeft < length;
        if (full)
            length = injected.spaceLeft;
        if (injected.spaceLeft >= 0)
            injected.spaceLeft -= length;
        // Straight to the descriptor, for the system's own reason when a write fails (Qt
        // reports a full disk as "Unknown error"); nothing is buffered in the QSaveFile.
        const int fd = s.file->handle();
        const char *next = bytes.constData();
        qint64 left = length;
        while (left > 0) {
            const ssize_t done = ::write(fd, next, size_t(left));
            if (done < 0 && errno == EINTR)
                continue;
            if (done <= 0)
                return fail(tr("cannot write %1: %2")
                                .arg(native(s.path), reason(done < 0 ? errno : ENOSPC)));
            next += done;
            left -= done;
        }
        if (full)
            return fail(tr("cannot write %1: %2").arg(native(s.path), reason(ENOSPC)));
        if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
            return fail(tr("cannot write %1: %2").arg(native(s.path), reason(errno)));
    }

    // Then the renames. Each is atomic; when one fails, those before it are put back, so
    // the previous files of all of them stay (a copy of each is kept until the end).
    const auto removeBackups = [&staged] {
        for (Staged &s : staged)
            if (!s.backup.isEmpty())
                QFile::remove(s.backup);
    };
    for (size_t i = 0; i + 1 < staged.size(); ++i) {
        Staged &s = staged[i];
        s.existed = QFileInfo::exists(s.target);
        if (!s.existed)
            continue;
        s.backup = keepCopy(s.target);
        if (s.backup.isEmpty()) {
            removeBackups();
            return fail(tr("cannot write %1: cannot keep a copy of the file it replaces")
                            .arg(native(s.path)));
        }
    }
    for (size_t i = 0; i < staged.size(); ++i) {
        Staged &s = staged[i];
        Fault &injected = fault();
        const bool injectedFailure = injected.failingCommit == int(i);
        if (injectedFailure)
            s.file->cancelWriting();
        if (!s.file->commit() || injectedFailure) {
            const QString why = injectedFailure ? reason(EIO) : s.file->errorString();
            for (size_t j = 0; j < i; ++j) {
                Staged &done = staged[j];
                if (!done.existed)
                    QFile::remove(done.target);
                else if (renameOver(done.backup, done.target))
                    done.backup.clear();
            }
            removeBackups();
            return fail(tr("cannot write %1: %2").arg(native(s.path), why));
        }
    }
    removeBackups();
    m_files.clear();
    return true;
}

bool OutputFiles::write(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFiles files;
    files.add(path, bytes);
    return files.commit(error);
}

void OutputFiles::setFaultForTesting(const Fault &injected)
{
    fault() = injected;
}

} // namespace pe
