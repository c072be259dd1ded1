#include "widgets/shell/recentfiles.h"

#include "widgets/settings/settings.h"

#include <QFileInfo>
#include <QMenu>

namespace pe {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::paths() const
{
    return Settings::recentFiles().mid(0, maxCount);
}

void RecentFiles::add(const QString &path)
{
    QStringList recent = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
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
        action->setToolTip(path);
    }
    m_menu->setEnabled(!recent.isEmpty());
}

} // namespace pe
