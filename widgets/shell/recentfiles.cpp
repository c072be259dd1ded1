#include "widgets/shell/recentfiles.h"

#include "widgets/settings/settings.h"
#include "widgets/style/plaintext.h"

#include <QFileInfo>
#include <QMenu>

namespace pe {

RecentFiles::RecentFiles(QMenu *menu, Kind kind, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_kind(kind)
{
    rebuildMenu();
}

QStringList RecentFiles::paths() const
{
    return stored().mid(0, maxCount);
}

QStringList RecentFiles::stored() const
{
    return m_kind == Kind::Tours ? Settings::recentTours() : Settings::recentFiles();
}

void RecentFiles::add(const QString &path)
{
    QStringList recent = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    if (m_kind == Kind::Tours)
        Settings::setRecentTours(recent.mid(0, maxCount));
    else
        Settings::setRecentFiles(recent.mid(0, maxCount));
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList recent = paths();
    for (const QString &path : recent) {
        QAction *action = m_menu->addAction(QFileInfo(path).fileName(), this,
                                            [this, path] { emit openRequested(path); });
        action->setToolTip(plaintext::toolTip(path)); // a file name may hold "<b>"
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace pe
