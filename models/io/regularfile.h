#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace pe {

// What reading a file gave: its bytes, or why it was not read.
struct FileRead
{
    QByteArray bytes;
    QString error; // empty when the file was read
    bool missing = false;

    bool ok() const { return error.isEmpty(); }
};

// A regular file mapped into memory for one reading from start to end: what lies behind
// the reader can be let go, so that a large file never stays resident whole; a page let go
// and read again is read again from the file. Only for a reading that may end the process
// if the file is cut short meanwhile (the system signals a mapped page that no longer
// exists): the command-line check, never the window.
class MappedFile
{
public:
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // The file's bytes, not copied: valid while this lives.
    const QByteArray &bytes() const { return m_bytes; }
    // The reader has gone past offset: the whole pages before it leave memory.
    void readPast(qint64 offset);

private:
    friend class RegularFile;
    MappedFile() = default;
    // Maps the file just opened, or reads it when it cannot be mapped.
    void take(qint64 size);

    QFile m_file;
    QByteArray m_bytes;
    uchar *m_data = nullptr;
    qint64 m_released = 0;
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
    // The whole file mapped (MappedFile), refused as read() refuses; *error says why when
    // null. A resource, or a system without mapping, is read instead.
    static std::unique_ptr<MappedFile> map(const QString &path, qint64 maxSize, QString *error);
    // At most size bytes from the start of a regular file; empty for anything else. For a
    // look at a file's kind (a tour or a dataset) that never waits.
    static QByteArray head(const QString &path, qint64 size);
    // "64 MiB"
    static QString mebibytes(qint64 bytes);

private:
    static QString open(const QString &path, QFile &file, qint64 *size);
};

} // namespace pe
