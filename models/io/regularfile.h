#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFile;

namespace pe {

// What reading a file gave: its bytes, or why it was not read.
struct FileRead
{
    QByteArray bytes;
    QString error; // empty when the file was read
    bool missing = false;

    bool ok() const { return error.isEmpty(); }
};

// Every file the application reads as input (datasets, a package's CSV files, tours) is
// read through here: only a regular file of a bounded size is read. A named pipe would block
// the reader until someone writes to it, a device may never end, a socket cannot be opened,
// so each is refused at once, by what it is, before anything waits on it. Resource paths
// (":/…") are read as they are.
class RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    // Why path cannot be read as a file (a folder, a named pipe, a device, a socket, nothing
    // there), or an empty string when it is a regular file.
    static QString refusal(const QString &path);
    // The whole file, refused if it is not a regular file or holds more than maxSize bytes.
    static FileRead read(const QString &path, qint64 maxSize);
    // At most size bytes from the start of a regular file; empty for anything else. For a
    // look at a file's kind (a tour or a dataset) that never waits.
    static QByteArray head(const QString &path, qint64 size);
    // "64 MiB"
    static QString mebibytes(qint64 bytes);

private:
    static QString open(const QString &path, QFile &file, qint64 *size);
};

} // namespace pe
