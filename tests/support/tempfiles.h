#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace pe::test {

// A private folder for the files a suite writes, removed with the object.
class TempFiles
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes BYTES to NAME in the folder and returns its path; an empty path if it failed.
    QString write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

} // namespace pe::test
