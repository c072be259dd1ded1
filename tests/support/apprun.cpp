#include "tests/support/apprun.h"

#include <QProcess>

namespace pe::test {

AppRun AppRun::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    // Generous: the sanitizer builds run the same exports several times slower.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace pe::test
