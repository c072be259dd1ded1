#include "widgets/shell/settings.h"

#include <QSettings>

namespace pe {

namespace {
const QString languageKey = QStringLiteral("language");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString tabKey = QStringLiteral("window/tab");
const QString exportGroup = QStringLiteral("export/");
} // namespace

QString Settings::language()
{
    return QSettings().value(languageKey, QStringLiteral("en")).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QStringList Settings::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    QSettings().setValue(recentFilesKey, paths);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray Settings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

QByteArray Settings::splitterState()
{
    return QSettings().value(splitterKey).toByteArray();
}

int Settings::currentTab()
{
    return QSettings().value(tabKey, 0).toInt();
}

void Settings::saveWindow(const QByteArray &geometry, const QByteArray &state,
                          const QByteArray &splitter, int tab)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
    settings.setValue(splitterKey, splitter);
    settings.setValue(tabKey, tab);
}

QString Settings::exportKey(const QString &name)
{
    return exportGroup + name;
}

QVariant Settings::exportValue(const QString &name, const QVariant &fallback)
{
    return QSettings().value(exportKey(name), fallback);
}

void Settings::setExportValue(const QString &name, const QVariant &value)
{
    QSettings().setValue(exportKey(name), value);
}

} // namespace pe
