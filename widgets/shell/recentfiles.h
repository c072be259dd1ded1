#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pe {

// An "Open Recent" list: the datasets (or the tours) opened last, remembered in the
// settings and shown in a menu whose entries ask for the file to be opened again.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxCount = 8;

    enum class Kind { Datasets, Tours };

    // Fills menu, and refills it whenever the list changes.
    explicit RecentFiles(QMenu *menu, Kind kind = Kind::Datasets, QObject *parent = nullptr);

    // Newest first, at most maxCount: a longer list written by hand or by an older
    // version is cut when read.
    QStringList paths() const;
    void add(const QString &path);

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QStringList stored() const;

    QMenu *m_menu;
    Kind m_kind;
};

} // namespace pe
