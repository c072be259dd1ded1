#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pe {

// Every key the application keeps in QSettings, and the only code that names them: what is
// remembered across runs can be read here in one screen.
//
// The settings file is the user's, but a damaged or hand-edited one must never stop the app
// from starting: every value is checked as it is read, and one that is not what this version
// writes (of another type, out of range, too long, absurd for the screens there are) reads
// as if it were not there. Settings written by a newer version (a larger settingsVersion)
// are not read at all.
class Settings
{
public:
    // The version of what this application writes; a file of a larger one is ignored.
    static constexpr int version = 1;
    // The most datasets or tours a recent list keeps, and the longest path it takes.
    static constexpr int maxRecent = 8;
    static constexpr int maxPathLength = 4096;

    // Forgets everything remembered (the command line's --reset-settings).
    static void reset();
    // The headless commands (export, validate, cite, screenshot) read nothing from the window's
    // settings and must write nothing to them: after this, every setter does nothing.
    static void setReadOnly(bool readOnly);
    static bool isReadOnly();

    // The interface language (en, fr, ru, kk, be); empty when none is remembered.
    static QString language();
    static void setLanguage(const QString &language);

    // The datasets opened last, newest first: absolute paths, at most maxRecent.
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &paths);
    // The tour files opened or saved last, newest first.
    static QStringList recentTours();
    static void setRecentTours(const QStringList &paths);

    // The main window as it was closed. The geometry is empty unless it is one Qt wrote and
    // its frame lies on or near the screens there are now; the splitter's sizes are empty
    // unless there is one positive size of a sane width per pane.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QList<int> splitterSizes(int panes);
    static int currentTab();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state,
                           const QByteArray &splitter, int tab);

    // The export dialog's choices, as the user left them.
    struct ExportChoices
    {
        QString format; // empty: the view's first format
        QString preset = QStringLiteral("article");
        int width = 1200; // custom size only
        int height = 675;
        double scale = 1.0;
        QString theme;  // empty: the first theme
        QString folder; // empty: the user's Pictures folder
    };
    static ExportChoices exportChoices();
    static void setExportChoices(const ExportChoices &choices);
};

} // namespace pe
