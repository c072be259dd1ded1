#pragma once

#include "models/datasetstore.h"
#include "models/items/recordfilter.h"
#include "render/export/exportcontext.h"

#include <QMainWindow>

class QActionGroup;
class QItemSelection;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace pe {

class DatasetModel;
class DetailPane;
class EventModel;
class FilterBar;
class LanguageManager;
class ObservationModel;
class PairingModel;
class PlaceModel;
class RecordFilterModel;
class RegionalTradeChart;
class RegionCountModel;
class SourceModel;
class TimelineView;
class TurnoverChart;
class VentureModel;
class VentureOutputChart;

// The application window: loads the dataset through a DatasetStore, shows the timeline,
// the charts and the tables, links their selections together and applies one shared
// filter to every view.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The main views, in tab order; their keys name them on the command line.
    enum View {
        TimelineView_,
        TurnoverView,
        RegionalTradeView,
        PairingsView,
        VenturesView,
        SourcesView,
        ViewCount
    };
    static QString viewKey(View view);
    static int viewFromKey(const QString &key); // -1 when unknown

    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    DatasetStore *store() { return &m_store; }
    const DatasetStore *store() const { return &m_store; }
    // en, fr or ru: the language dataset text is shown in.
    QString dataLanguage() const;
    // Validates then opens; on failure shows the problems (unless quiet) and keeps the
    // dataset in use. Returns whether the file was opened.
    bool openDataset(const QString &path, bool quiet = false);

    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }

    void showView(View view);
    // Selects a record wherever it lives (switching tab) and shows it in the detail pane.
    void selectRecord(const QString &id);
    QString selectedId() const;

    QTabWidget *tabs() const { return m_tabs; }
    RecordFilterModel *proxyFor(const QString &collection) const;
    DetailPane *detailPane() const { return m_detail; }
    TimelineView *timeline() const { return m_timeline; }
    TurnoverChart *turnoverChart() const { return m_turnover; }
    RegionalTradeChart *regionalChart() const { return m_regional; }
    VentureOutputChart *ventureOutputChart() const { return m_ventureOutput; }
    QTableView *tableFor(const QString &collection) const;
    FilterBar *filterBar() const { return m_filterBar; }

    // The export key of the view on screen (timeline, turnover, regional-trade, pairings,
    // ventures).
    QString currentExportKey() const;
    // What an export of any view needs to show what the window shows: dataset, filters,
    // language, the timeline's years, the series hidden in each chart, the tables' order.
    ExportContext exportContext() const;
    void showExportDialog();
    void copyCurrentView();

    void setPresentationMode(bool on);
    // fullScreen false keeps the window's size: screenshots of presentation mode.
    void setPresentationMode(bool on, bool fullScreen);
    bool isPresentationMode() const { return m_presenting; }

signals:
    void filterChanged(const pe::RecordFilter &filter);
    void selectionChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createModels();
    void createViews();
    void createActions();
    void connectViews();
    void retranslateUi();
    void applyDataset();
    // What the views take from the dataset rather than assume: landmarks, chart windows.
    void applyDatasetFacts();
    void applyLanguage(const QString &language);
    void applyTheme();
    void showProblems(const QString &path, const DatasetProblems &problems);
    void chooseDatasetFile();
    void rememberRecentFile(const QString &path);
    void rebuildRecentMenu();
    void onRecordSelected(const QString &id);
    void onYearActivated(int year);
    void presentationStep(int direction);
    QTableView *makeTable(const QString &key);
    void syncTableSelection(const QString &collection, const QString &id);

    LanguageManager *m_languages;
    DatasetStore m_store;
    RecordFilter m_filter;
    QString m_selectedId;
    bool m_syncing = false;
    bool m_presenting = false;

    EventModel *m_events = nullptr;
    ObservationModel *m_observations = nullptr;
    VentureModel *m_ventures = nullptr;
    PairingModel *m_pairings = nullptr;
    PlaceModel *m_places = nullptr;
    SourceModel *m_sources = nullptr;
    RegionCountModel *m_regionCounts = nullptr;
    QHash<QString, RecordFilterModel *> m_proxies;
    QHash<QString, DatasetModel *> m_models;
    QHash<QString, QTableView *> m_tables;

    FilterBar *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    DetailPane *m_detail = nullptr;
    TimelineView *m_timeline = nullptr;
    TurnoverChart *m_turnover = nullptr;
    RegionalTradeChart *m_regional = nullptr;
    VentureOutputChart *m_ventureOutput = nullptr;
    QTableView *m_regionCountsView = nullptr;
    QLabel *m_regionCountsTitle = nullptr;
    QList<QWidget *> m_secondaryPanes;
    QByteArray m_splitterStateBeforePresenting;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_builtInAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_detailAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace pe
