#pragma once

#include <QList>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QObject;

namespace pe {

// The window's menus and their actions, with their shortcuts and texts. What an action
// does is connected by the window; this only builds and names them.
struct MainMenus
{
    // Fills the menu bar, with one action per tab; the language group is a child of owner.
    MainMenus(QMenuBar *bar, int viewCount, QObject *owner);
    // The view actions take the tab titles, in tab order.
    void retranslateUi(const QStringList &viewTitles);
    void checkLanguage(const QString &language);

    QMenu *file = nullptr;
    QMenu *recent = nullptr;
    QMenu *view = nullptr;
    QMenu *record = nullptr; // the selected record: Back, Forward, Clear Selection, Cite
    QMenu *language = nullptr;
    QMenu *help = nullptr;
    QAction *open = nullptr;
    QAction *builtIn = nullptr;
    QAction *exportView = nullptr;
    QAction *copyView = nullptr;
    QAction *quit = nullptr;
    QAction *search = nullptr;
    QAction *fitTimeline = nullptr;
    QAction *detailPane = nullptr;
    QAction *present = nullptr;
    // Tours: present one, prepare one (docs/tours.md).
    QMenu *tour = nullptr;
    QMenu *tours = nullptr; // the built-in tours, then "Open a tour…"
    QAction *newTour = nullptr;
    QAction *openTour = nullptr;
    QMenu *recentTours = nullptr;
    QAction *saveTour = nullptr;
    QAction *saveTourAs = nullptr;
    QAction *editTour = nullptr; // shows the tour editor
    QAction *addStep = nullptr;  // the view on screen as the tour's next step
    QAction *presentTour = nullptr;
    QAction *presenterView = nullptr;
    QAction *exportHandout = nullptr;
    QAction *about = nullptr;
    QList<QAction *> views;            // Alt+1… in tab order; data() is the tab index
    QActionGroup *languages = nullptr; // data() is the language code
};

} // namespace pe
