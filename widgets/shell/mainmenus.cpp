#include "widgets/shell/mainmenus.h"

#include "widgets/shell/languagemanager.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace pe {

MainMenus::MainMenus(QMenuBar *bar, int viewCount, QObject *owner)
{
    file = bar->addMenu(QString());
    open = file->addAction(QString());
    open->setShortcut(QKeySequence::Open);
    builtIn = file->addAction(QString());
    recent = file->addMenu(QString());
    file->addSeparator();
    exportView = file->addAction(QString());
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    copyView = file->addAction(QString());
    copyView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    quit = file->addAction(QString());
    quit->setShortcut(QKeySequence::Quit);

    view = bar->addMenu(QString());
    search = view->addAction(QString());
    search->setShortcut(QKeySequence::Find);
    fitTimeline = view->addAction(QString());
    fitTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    detailPane = view->addAction(QString());
    detailPane->setCheckable(true);
    detailPane->setChecked(true);
    detailPane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addSeparator();
    present = view->addAction(QString());
    present->setCheckable(true);
    present->setShortcut(QKeySequence(Qt::Key_F11));
    view->addSeparator();
    for (int v = 0; v < viewCount; ++v) {
        QAction *action = view->addAction(QString());
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + v)));
        action->setData(v);
        views.append(action);
    }

    record = bar->addMenu(QString());
    record->setObjectName(QStringLiteral("recordMenu"));

    tour = bar->addMenu(QString());
    tours = tour->addMenu(QString());
    tours->setObjectName(QStringLiteral("toursMenu"));
    presentTour = tour->addAction(QString());
    presentTour->setShortcut(QKeySequence(Qt::Key_F5));
    presenterView = tour->addAction(QString());
    presenterView->setCheckable(true);
    tour->addSeparator();
    newTour = tour->addAction(QString());
    openTour = tour->addAction(QString());
    recentTours = tour->addMenu(QString());
    saveTour = tour->addAction(QString());
    saveTour->setShortcut(QKeySequence::Save);
    saveTourAs = tour->addAction(QString());
    saveTourAs->setShortcut(QKeySequence::SaveAs);
    tour->addSeparator();
    editTour = tour->addAction(QString());
    editTour->setCheckable(true);
    editTour->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addStep = tour->addAction(QString());
    addStep->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    exportHandout = tour->addAction(QString());

    language = bar->addMenu(QString());
    languages = new QActionGroup(owner);
    for (const QString &code : LanguageManager::languages()) {
        QAction *action = language->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        languages->addAction(action);
    }

    help = bar->addMenu(QString());
    about = help->addAction(QString());
}

void MainMenus::retranslateUi(const QStringList &viewTitles)
{
    // The texts keep the window's translation context, where they have always been.
    for (int v = 0; v < views.size(); ++v)
        views.at(v)->setText(viewTitles.value(v));
    file->setTitle(QCoreApplication::translate("pe::MainWindow", "&File"));
    open->setText(QCoreApplication::translate("pe::MainWindow", "&Open Dataset…"));
    builtIn->setText(QCoreApplication::translate("pe::MainWindow", "Open &Built-in Dataset"));
    recent->setTitle(QCoreApplication::translate("pe::MainWindow", "Open &Recent"));
    exportView->setText(QCoreApplication::translate("pe::MainWindow", "&Export…"));
    copyView->setText(QCoreApplication::translate("pe::MainWindow", "&Copy View as Image"));
    quit->setText(QCoreApplication::translate("pe::MainWindow", "&Quit"));
    view->setTitle(QCoreApplication::translate("pe::MainWindow", "&View"));
    search->setText(QCoreApplication::translate("pe::MainWindow", "&Search"));
    fitTimeline->setText(QCoreApplication::translate("pe::MainWindow", "&Fit Timeline"));
    detailPane->setText(QCoreApplication::translate("pe::MainWindow", "&Details Pane"));
    present->setText(QCoreApplication::translate("pe::MainWindow", "&Presentation Mode"));
    record->setTitle(QCoreApplication::translate("pe::MainWindow", "&Record"));
    tour->setTitle(QCoreApplication::translate("pe::MainWindow", "&Tour"));
    tours->setTitle(QCoreApplication::translate("pe::MainWindow", "Present a &Built-in Tour"));
    presentTour->setText(QCoreApplication::translate("pe::MainWindow", "&Present This Tour"));
    presenterView->setText(QCoreApplication::translate("pe::MainWindow", "Presenter &View"));
    newTour->setText(QCoreApplication::translate("pe::MainWindow", "&New Tour"));
    openTour->setText(QCoreApplication::translate("pe::MainWindow", "&Open Tour…"));
    recentTours->setTitle(QCoreApplication::translate("pe::MainWindow", "Open &Recent Tour"));
    saveTour->setText(QCoreApplication::translate("pe::MainWindow", "&Save Tour"));
    saveTourAs->setText(QCoreApplication::translate("pe::MainWindow", "Save Tour &As…"));
    editTour->setText(QCoreApplication::translate("pe::MainWindow", "&Edit Tour"));
    addStep->setText(QCoreApplication::translate("pe::MainWindow", "&Add This View as a Step"));
    exportHandout->setText(QCoreApplication::translate("pe::MainWindow", "Export &Handout…"));
    language->setTitle(QCoreApplication::translate("pe::MainWindow", "&Language"));
    help->setTitle(QCoreApplication::translate("pe::MainWindow", "&Help"));
    about->setText(QCoreApplication::translate("pe::MainWindow", "&About Partnership Explorer"));
}

void MainMenus::checkLanguage(const QString &code)
{
    for (QAction *action : languages->actions())
        action->setChecked(action->data().toString() == code);
}

} // namespace pe
