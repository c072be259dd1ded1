#include "tests/support/tempfiles.h"

#include <QFile>

namespace pe::test {

QString TempFiles::write(const QString &name, const QByteArray &bytes) const
{
    const QString filePath = path(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return filePath;
}

} // namespace pe::test
