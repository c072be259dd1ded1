#include "widgets/settings/settings.h"

#include "render/export/exportdocument.h"

#include <QDataStream>
#include <QDir>
#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace pe {

namespace {
const QString versionKey = QStringLiteral("settingsVersion");
const QString languageKey = QStringLiteral("language");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString recentToursKey = QStringLiteral("recentTours");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString tabKey = QStringLiteral("window/tab");
const QString exportGroup = QStringLiteral("export");

// What Qt writes for a window's geometry or a splitter is a few dozen bytes, a main window's
// state with its dock a few hundred: anything much longer is not Qt's.
constexpr qsizetype maxStateBytes = 16 * 1024;
// A window or a pane no wider or taller than this, in pixels: larger than any screen, small
// enough that the views' backing stores and pictures of it can be allocated.
constexpr int maxSide = 16384;

bool readOnly = false;

// Whether the file is one this version can read: written by it or an older one (which wrote
// no version), not by a newer one.
bool compatible(const QSettings &settings)
{
    const QVariant stored = settings.value(versionKey);
    if (!stored.isValid())
        return true;
    bool ok = false;
    const int v = stored.toInt(&ok);
    return ok && v >= 1 && v <= Settings::version;
}

// A value of the type asked for, or nothing: QSettings converts whatever it finds, and a
// list where a number was expected would read as 0 rather than as missing.
QVariant checked(const QSettings &settings, const QString &key, QMetaType::Type type)
{
    if (!compatible(settings))
        return {};
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return {};
    // The INI format stores many types as strings; what converts cleanly is taken.
    QVariant converted = value;
    if (value.metaType().id() != type && !converted.convert(QMetaType(type)))
        return {};
    return converted;
}

QByteArray bytes(const QString &key)
{
    QSettings settings;
    const QVariant value = checked(settings, key, QMetaType::QByteArray);
    const QByteArray data = value.toByteArray();
    return data.size() <= maxStateBytes ? data : QByteArray();
}

void write(QSettings &settings, const QString &key, const QVariant &value)
{
    if (readOnly)
        return;
    settings.setValue(versionKey, Settings::version);
    settings.setValue(key, value);
}

// A recent list as read: strings only, absolute paths of a sane length without control
// characters, each once, at most maxRecent.
QStringList pathList(const QString &key)
{
    QSettings settings;
    const QVariant value = checked(settings, key, QMetaType::QStringList);
    QStringList paths;
    const QStringList stored = value.toStringList();
    for (const QString &path : stored) {
        if (paths.size() >= Settings::maxRecent)
            break;
        const bool sane = !path.isEmpty() && path.size() <= Settings::maxPathLength &&
                          QDir::isAbsolutePath(path) &&
                          std::none_of(path.cbegin(), path.cend(), [](QChar c) {
                              return c.category() == QChar::Other_Control;
                          });
        if (sane && !paths.contains(path))
            paths.append(path);
    }
    return paths;
}

// The screens' available area, all together: where a window may come back.
QRect desktop()
{
    QRect area;
    const auto screens = QGuiApplication::screens();
    for (const QScreen *screen : screens)
        area |= screen->availableGeometry();
    return area;
}

bool saneRect(const QRect &rect, const QRect &area)
{
    if (!rect.isValid() || rect.width() > maxSide || rect.height() > maxSide)
        return false;
    if (area.isEmpty())
        return true;
    // Somewhere on or near the screens there are: a window saved on a screen since
    // unplugged is moved onto one by the window itself, not restored far away.
    return rect.intersects(
        area.adjusted(-area.width(), -area.height(), area.width(), area.height()));
}

} // namespace

void Settings::reset()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void Settings::setReadOnly(bool on)
{
    readOnly = on;
}

bool Settings::isReadOnly()
{
    return readOnly;
}

QString Settings::language()
{
    QSettings settings;
    const QString language = checked(settings, languageKey, QMetaType::QString).toString();
    const bool code = language.size() >= 2 && language.size() <= 3 &&
                      std::all_of(language.cbegin(), language.cend(), [](QChar c) {
                          return c >= QLatin1Char('a') && c <= QLatin1Char('z');
                      });
    return code ? language : QStringLiteral("en");
}

void Settings::setLanguage(const QString &language)
{
    QSettings settings;
    // The window applies its language at every start: storing the same one again would still
    // rewrite the file (a millisecond of every start).
    if (checked(settings, languageKey, QMetaType::QString).toString() == language &&
        settings.value(versionKey).toInt() == Settings::version)
        return;
    write(settings, languageKey, language);
}

QStringList Settings::recentFiles()
{
    return pathList(recentFilesKey);
}

void Settings::setRecentFiles(const QStringList &paths)
{
    QSettings settings;
    write(settings, recentFilesKey, paths.mid(0, maxRecent));
}

QStringList Settings::recentTours()
{
    return pathList(recentToursKey);
}

void Settings::setRecentTours(const QStringList &paths)
{
    QSettings settings;
    write(settings, recentToursKey, paths.mid(0, maxRecent));
}

QByteArray Settings::windowGeometry()
{
    // QWidget::saveGeometry's layout (Qt 5 and 6): magic, version, then the frame and the
    // normal geometry, the screen, the window's state, the screen's width and (version 3)
    // the geometry. Only a blob of that shape with rectangles a screen could hold is given
    // back to restoreGeometry.
    QByteArray data = bytes(geometryKey);
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_4_0);
    quint32 magic = 0;
    quint16 major = 0;
    quint16 minor = 0;
    QRect frame;
    QRect normal;
    stream >> magic >> major >> minor >> frame >> normal;
    if (stream.status() != QDataStream::Ok || magic != 0x1D9D0CB || major < 1 || major > 3)
        return {};
    const QRect area = desktop();
    if (!saneRect(frame, area) || !saneRect(normal, area))
        return {};
    if (major >= 3) {
        qint32 screen = 0;
        quint8 maximized = 0;
        quint8 fullScreen = 0;
        qint32 screenWidth = 0;
        QRect geometry;
        stream >> screen >> maximized >> fullScreen >> screenWidth >> geometry;
        if (stream.status() != QDataStream::Ok || !saneRect(geometry, area) || screenWidth <= 0 ||
            screenWidth > maxSide)
            return {};
    }
    return data;
}

QByteArray Settings::windowState()
{
    return bytes(stateKey);
}

QList<int> Settings::splitterSizes(int panes)
{
    // QSplitter::saveState's layout: magic 0xff, version, the sizes, then flags the window
    // sets itself. Only the sizes are taken, and only if there is one sane size per pane.
    const QByteArray data = bytes(splitterKey);
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_5_0);
    qint32 magic = 0;
    qint32 splitterVersion = 0;
    quint32 count = 0;
    stream >> magic >> splitterVersion >> count;
    if (stream.status() != QDataStream::Ok || magic != 0xff || splitterVersion != 1 ||
        count != quint32(panes))
        return {};
    QList<int> sizes;
    for (quint32 i = 0; i < count; ++i) {
        qint32 size = 0;
        stream >> size;
        if (stream.status() != QDataStream::Ok || size <= 0 || size > maxSide)
            return {};
        sizes.append(size);
    }
    return sizes;
}

int Settings::currentTab()
{
    QSettings settings;
    const QVariant tab = checked(settings, tabKey, QMetaType::Int);
    return tab.isValid() ? std::clamp(tab.toInt(), 0, 99) : 0;
}

void Settings::saveWindow(const QByteArray &geometry, const QByteArray &state,
                          const QByteArray &splitter, int tab)
{
    QSettings settings;
    write(settings, geometryKey, geometry);
    write(settings, stateKey, state);
    write(settings, splitterKey, splitter);
    write(settings, tabKey, tab);
}

Settings::ExportChoices Settings::exportChoices()
{
    QSettings settings;
    ExportChoices c;
    if (!compatible(settings))
        return c;
    settings.beginGroup(exportGroup);
    const auto text = [&settings](const char *key, const QString &fallback) {
        const QVariant value = settings.value(QLatin1String(key));
        const QString s = value.canConvert<QString>() ? value.toString() : fallback;
        return s.size() <= maxPathLength ? s : fallback;
    };
    const auto number = [&settings](const char *key, double fallback, double low, double high) {
        bool ok = false;
        const double v = settings.value(QLatin1String(key)).toDouble(&ok);
        return ok && std::isfinite(v) ? std::clamp(v, low, high) : fallback;
    };
    c.format = text("format", c.format);
    c.preset = text("preset", c.preset);
    c.width = int(number("width", c.width, Exporter::minSide, Exporter::maxSide));
    c.height = int(number("height", c.height, Exporter::minSide, Exporter::maxSide));
    c.scale = number("scale", c.scale, 1.0, 3.0);
    c.theme = text("theme", c.theme);
    c.folder = text("folder", c.folder);
    return c;
}

void Settings::setExportChoices(const ExportChoices &choices)
{
    if (readOnly)
        return;
    QSettings settings;
    settings.setValue(versionKey, version);
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
