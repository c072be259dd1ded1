#pragma once

#include <QStringList>

namespace pe {

// The command line contract (README, "Command line"). Each entry point returns the process exit
// code.
namespace commandline {

enum ExitCode { Success = 0, Invalid = 1, Usage = 2 };

// Which mode argv asks for, before any QCoreApplication exists: the mode decides which
// application class (and platform) the process needs. Info is --help or --version of the
// application itself: answered without a display. Unknown: a first argument that names no
// command (a typo is refused, never taken for the window).
enum class Mode { Gui, Info, Validate, Export, Screenshot, Cite, Unknown };
Mode modeOf(int argc, char **argv);

int runValidate(const QStringList &arguments);
// arguments: as typed; a QApplication exists, which was shown none of them (Qt would take
// --style, -platform or -geometry for its own).
int runExport(const QStringList &arguments);
int runScreenshot(const QStringList &arguments);
int runCite(const QStringList &arguments);
// The language a headless command speaks and renders in: its --lang, or English. Read before
// the command's own parser, so that its messages are in that language too.
QString languageOf(const QStringList &arguments);
// The commands, for the message of an unknown one: "validate, export, cite, screenshot".
QString commandList();
// Exit status 2, with the commands listed.
int reportUnknownCommand(const QStringList &arguments);

} // namespace commandline
} // namespace pe
