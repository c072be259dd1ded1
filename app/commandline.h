#pragma once

#include <QStringList>

class QApplication;

namespace pe {

// The command line contract (README, "Command line"). Each entry point returns the process exit
// code.
namespace commandline {

enum ExitCode { Success = 0, Invalid = 1, Usage = 2 };

// Which mode argv asks for, before any QCoreApplication exists: the mode decides which
// application class (and platform) the process needs. Info is --help or --version of the
// application itself: answered without a display.
enum class Mode { Gui, Info, Validate, Export, Screenshot, Cite };
Mode modeOf(int argc, char **argv);

int runValidate(const QStringList &arguments);
int runExport(QApplication &app);
int runScreenshot(QApplication &app);
// arguments: as typed (QApplication would have taken --style); a QApplication exists.
int runCite(const QStringList &arguments);

} // namespace commandline
} // namespace pe
