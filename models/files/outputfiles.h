#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pe {

// Every file the app writes for its reader (a picture and its alt text and description, a
// CSV, a data package, a handout, a tour, the screenshots) goes through here, so that
//  - only regular files are written: a FIFO, a device (/dev/null), a socket or a folder at
//    the path is refused, never replaced by a file; a symbolic link is written through only
//    when it ends at an existing regular file owned by the user running the app (the file it
//    names is replaced, the link stays), and refused otherwise;
//  - every byte and the final rename are checked: a full disk is reported, never a file cut
//    short, and the file that was there stays as it was;
//  - files that belong together are written together: all of them or none.
// See docs/security.md, "Files the app writes".
class OutputFiles
{
    Q_DECLARE_TR_FUNCTIONS(OutputFiles)

public:
    // Queues a file; nothing reaches the disk before commit().
    void add(const QString &path, const QByteArray &bytes);
    // Writes every queued file, each into a temporary file beside its target, then renames
    // them over their targets; a rename that fails puts back the files renamed before it.
    // false: nothing changed on disk, and *error names the file and the reason.
    bool commit(QString *error);

    // One file, all or nothing.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

    // The file a write to path replaces (path itself, or the file a link to it ends at), or
    // false and why it may not be written. Does not check that the folder is writable.
    static bool resolve(const QString &path, QString *target, QString *error);

    // A fault for the tests: the disk fills up after spaceLeft more bytes (-1: never), the
    // failingCommit-th rename of a commit fails (0 the first; -1: none).
    struct Fault
    {
        qint64 spaceLeft = -1;
        int failingCommit = -1;
    };
    static void setFaultForTesting(const Fault &fault);

private:
    struct Pending
    {
        QString path;
        QByteArray bytes;
    };
    QList<Pending> m_files;
};

} // namespace pe
