#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pe {

// Every key the application keeps in QSettings, and the only code that names them: what is
// remembered across runs can be read here in one screen.
class Settings
{
public:
    // The interface language (en, fr, ru, kk, be).
    static QString language();
    static void setLanguage(const QString &language);

    // The datasets opened last, newest first.
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &paths);
    // The tour files opened or saved last, newest first.
    static QStringList recentTours();
    static void setRecentTours(const QStringList &paths);

    // The main window as it was closed.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
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
