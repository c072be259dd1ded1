#pragma once

#include <QString>
#include <QStringList>

namespace pe::test {

// The application's executable run as scripts and CI run it.
struct AppRun
{
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;

    static AppRun run(const QString &program, const QStringList &arguments);
};

} // namespace pe::test
