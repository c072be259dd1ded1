#pragma once

#include "models/datasetproblem.h"
#include "models/tours/tour.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QDockWidget;

namespace pe {

class MainWindow;
struct MainMenus;
class PresentationMode;
class PresenterView;
class RecentFiles;
class TourEditor;
class TourPlayer;
class TourStepsModel;

// Tours in the window: presenting one (each step setting the views, the caption along the
// bottom, the presenter view on the lecturer's screen), preparing one in the editor (the view
// on screen as a step), saving and opening tour files, and printing a handout.
class TourController : public QObject
{
    Q_OBJECT

public:
    TourController(MainWindow *window, MainMenus *menus, PresentationMode *presentation);
    ~TourController() override;

    TourPlayer *player() const { return m_player; }
    TourStepsModel *steps() const { return m_steps; }
    // Made when first asked for (see ensureEditor).
    TourEditor *editor();
    QDockWidget *editorDock();
    PresenterView *presenterView() const { return m_presenter; }
    // The file of the tour in the editor; empty before it is first saved.
    QString path() const { return m_path; }

    // Checks the tour file against the dataset and presents it from its first step; a broken
    // tour lists its problems (unless quiet) and leaves whatever was shown as it was.
    // fullScreen false keeps the window's size (tests, screenshots).
    bool presentFile(const QString &path, bool quiet = false, bool fullScreen = true);
    // The editor's tour, from a step.
    bool presentEditedTour(int fromStep, bool quiet = false, bool fullScreen = true);

    void newTour();
    // Into the editor, to change it; a broken file lists its problems unless quiet.
    bool openForEditing(const QString &path, bool quiet = false);
    // To the file it came from, or asks where when it has none.
    bool save();
    bool saveAs(const QString &path, bool quiet = false);
    // The view on screen as a step: its filters, record, years, lines and marked year.
    TourStep captureStep() const;
    void addCurrentView(int afterRow);
    bool writeHandout(const Tour &tour, const QString &path, QString *error) const;
    // Before the window closes or another tour replaces this one: asks whether to save
    // changes; false when the reader cancels.
    bool maybeSave();
    // Whether the presenter view opens with a tour: on by itself with a second screen.
    void setPresenterViewWanted(bool wanted);

private:
    void connectMenus(MainMenus *menus);
    // The editor's dock joins the window when first used: most sessions never prepare a
    // tour, and the window starts without building it.
    void ensureEditor();
    void applyStep(const TourStep &step, int index, bool revealed);
    QString sourcesText(const QStringList &sourceIds) const;
    QString stepSummary(int row) const;
    void fillBuiltInMenu();
    void showEditor();
    void chooseTourToOpen();
    void chooseHandoutFile();
    // The tour as the file would hold it, checked against the dataset; problems are shown
    // (unless quiet) with fileName.
    std::optional<Tour> checked(const Tour &tour, const QString &fileName, bool quiet) const;
    bool present(const Tour &tour, int fromStep, bool fullScreen);
    void showProblems(const QString &fileName, const DatasetProblems &problems) const;
    void updatePresenter();
    void updateTitle();

    MainWindow *m_window;
    PresentationMode *m_presentation;
    TourPlayer *m_player;
    TourStepsModel *m_steps;
    TourEditor *m_editor = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_editAction = nullptr;
    RecentFiles *m_recent;
    PresenterView *m_presenter = nullptr;
    QString m_path;
    bool m_presenterWanted = false;
    bool m_dockWasVisible = false;
};

} // namespace pe
