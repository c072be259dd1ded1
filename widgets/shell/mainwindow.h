#pragma once

#include "models/datasetstore.h"
#include "models/items/recordfilter.h"
#include "render/export/exportcontext.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace pe {

class DetailPane;
class RecordTableView;
class FilterBar;
class FilterState;
class LanguageManager;
class LoadingIndicator;
class MapView;
struct MainMenus;
class PresentationMode;
class TourController;
class TourPlayer;
class RecentFiles;
class RecordFilterModel;
class RegionalTradeChart;
class SelectionController;
class SelectionState;
class TimelineView;
class TradeSeriesPicker;
class TurnoverChart;
class VentureOutputChart;
class ViewModels;

// The application window: loads the dataset through a DatasetStore and frames the tabs
// (viewpages.h), the filter bar and the detail pane, with the menus and actions. Every view
// follows one FilterState and one SelectionState; the window only creates and connects.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The main views, in tab order; their keys name them on the command line.
    enum class View { Timeline, Turnover, RegionalTrade, Pairings, Ventures, Sources, Map };
    static constexpr int viewCount = 7;
    static QString viewKey(View view);
    static int viewFromKey(const QString &key); // -1 when unknown

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Maximised the first time, on the screen it opens on; as it was left afterwards (kept
    // within the screen).
    void showAsFirstOpened();
    bool isFirstStart() const { return m_firstStart; }

    DatasetStore *store() { return &m_store; }
    const DatasetStore *store() const { return &m_store; }
    // en, fr or ru: the language dataset text is shown in.
    QString dataLanguage() const;
    // Validates then opens; on failure shows the problems (unless quiet) and keeps the
    // dataset in use. Returns whether the file was opened.
    bool openDataset(const QString &path, bool quiet = false);
    // The same, as the user asks for it (Open, Open Recent, a dropped file, the command
    // line): read on another thread, with progress and Cancel in the status bar, while the
    // dataset in use stays usable; the outcome arrives when the file has been read.
    void loadDataset(const QString &path);
    // Checks the tour against the dataset and presents it from its first step; a broken
    // tour lists its problems and leaves whatever was shown (another tour included) as it
    // was. fullScreen false keeps the window's size (tests, screenshots).
    bool presentTour(const QString &path, bool quiet = false, bool fullScreen = true);
    TourPlayer *tourPlayer() const;
    TourController *tours() const { return m_tours; }

    FilterState *filterState() const { return m_filter; }
    SelectionState *selectionState() const { return m_selection; }
    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const;

    void showView(View view);
    // Selects a record wherever it lives (switching tab) and shows it in the detail pane.
    void selectRecord(const QString &id);
    QString selectedId() const;

    QTabWidget *tabs() const { return m_tabs; }
    RecordFilterModel *proxyFor(const QString &collection) const;
    DetailPane *detailPane() const { return m_detail; }
    TimelineView *timeline() const { return m_timeline; }
    TurnoverChart *turnoverChart() const { return m_turnover; }
    TradeSeriesPicker *seriesPicker() const { return m_seriesPicker; }
    PresentationMode *presentation() const { return m_presentation; }
    RegionalTradeChart *regionalChart() const { return m_regional; }
    VentureOutputChart *ventureOutputChart() const { return m_ventureOutput; }
    MapView *map() const { return m_map; }
    QTableView *tableFor(const QString &collection) const;
    FilterBar *filterBar() const { return m_filterBar; }

    // The export key of the view on screen (timeline, turnover, regional-trade, pairings,
    // ventures, map).
    QString currentExportKey() const;
    // What an export of any view needs to show what the window shows: dataset, filters,
    // language, the timeline's years, the series hidden in each chart, the tables' order.
    ExportContext exportContext() const;
    void showExportDialog();
    void copyCurrentView();

    void setPresentationMode(bool on);
    // fullScreen false keeps the window's size: screenshots of presentation mode.
    void setPresentationMode(bool on, bool fullScreen);
    bool isPresentationMode() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createActions();
    void connectViews();
    void retranslateUi();
    void applyDataset();
    // What the views take from the dataset rather than assume: landmarks, chart windows.
    void applyDatasetFacts();
    void markHiddenSelection();
    void fitToScreen();
    void keepDocksOnScreen();
    void showMatchCount();
    void showFilterNotes();
    void nameViews();
    void applyLanguage(const QString &language);
    void applyTheme();
    void showProblems(const QString &path, const DatasetProblems &problems);
    void chooseDatasetFile();
    void finishLoading(const QString &path, const LoadResult &result);

    LanguageManager *m_languages;
    DatasetStore m_store;
    LoadingIndicator *m_loading = nullptr;
    FilterState *m_filter = nullptr;
    SelectionState *m_selection = nullptr;

    ViewModels *m_models;
    QHash<QString, RecordTableView *> m_tables;

    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_matchCount = nullptr;
    QLabel *m_filterNote = nullptr;
    bool m_firstStart = false;
    QTabWidget *m_tabs = nullptr;
    DetailPane *m_detail = nullptr;
    TimelineView *m_timeline = nullptr;
    TurnoverChart *m_turnover = nullptr;
    TradeSeriesPicker *m_seriesPicker = nullptr;
    RegionalTradeChart *m_regional = nullptr;
    VentureOutputChart *m_ventureOutput = nullptr;
    MapView *m_map = nullptr;
    RecordTableView *m_regionCountsView = nullptr;
    SelectionController *m_selectionController = nullptr;
    PresentationMode *m_presentation = nullptr;
    TourController *m_tours = nullptr;
    RecentFiles *m_recentFiles = nullptr;

    std::unique_ptr<MainMenus> m_menus;
};

} // namespace pe
