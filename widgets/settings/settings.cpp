#include "widgets/settings/settings.h"

#include <QSettings>

namespace pe {

namespace {
const QString languageKey = QStringLiteral("language");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString recentToursKey = QStringLiteral("recentTours");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString tabKey = QStringLiteral("window/tab");
const QString exportGroup = QStringLiteral("export");
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

QStringList Settings::recentTours()
{
    return QSettings().value(recentToursKey).toStringList();
}

void Settings::setRecentTours(const QStringList &paths)
{
    QSettings().setValue(recentToursKey, paths);
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

Settings::ExportChoices Settings::exportChoices()
{
    QSettings settings;
    settings.beginGroup(exportGroup);
    ExportChoices c;
    c.format = settings.value(QStringLiteral("format"), c.format).toString();
    c.preset = settings.value(QStringLiteral("preset"), c.preset).toString();
    c.width = settings.value(QStringLiteral("width"), c.width).toInt();
    c.height = settings.value(QStringLiteral("height"), c.height).toInt();
    c.scale = settings.value(QStringLiteral("scale"), c.scale).toDouble();
    c.theme = settings.value(QStringLiteral("theme"), c.theme).toString();
    c.folder = settings.value(QStringLiteral("folder"), c.folder).toString();
    return c;
}

void Settings::setExportChoices(const ExportChoices &choices)
{
    QSettings settings;
    settings.beginGroup(exportGroup);
    settings.setValue(QStringLiteral("format"), choices.format);
    settings.setValue(QStringLiteral("preset"), choices.preset);
    settings.setValue(QStringLiteral("width"), choices.width);
    settings.setValue(QStringLiteral("height"), choices.height);
    settings.setValue(QStringLiteral("scale"), choices.scale);
    settings.setValue(QStringLiteral("theme"), choices.theme);
    settings.setValue(QStringLiteral("folder"), choices.folder);
}

} // namespace pe
