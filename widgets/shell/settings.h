#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

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

    // The main window as it was closed.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static QByteArray splitterState();
    static int currentTab();
    static void saveWindow(const QByteArray &geometry, const QByteArray &state,
                           const QByteArray &splitter, int tab);

    // The export dialog's remembered choices, one key per name ("format", "preset", "width",
    // "height", "scale", "theme", "folder").
    static QString exportKey(const QString &name);
    static QVariant exportValue(const QString &name, const QVariant &fallback = {});
    static void setExportValue(const QString &name, const QVariant &value);
};

} // namespace pe
