#include "widgets/shell/mainwindow.h"

#include "models/citation.h"

#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/regioncountmodel.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/state/filterstate.h"
#include "models/state/selectionstate.h"
#include "models/tours/tourloader.h"
#include "models/tours/tourstepsmodel.h"
#include "render/viewtheme.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/tradeseriespicker.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/export/exportdialog.h"
#include "widgets/map/mapview.h"
#include "widgets/settings/settings.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/filterbar.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/loadingindicator.h"
#include "widgets/shell/mainmenus.h"
#include "widgets/shell/presentationmode.h"
#include "widgets/shell/problemsdialog.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/recordtableview.h"
#include "widgets/shell/selectioncontroller.h"
#include "widgets/shell/viewmodels.h"
#include "widgets/shell/viewpages.h"
#include "widgets/style/appstyle.h"
#include "widgets/timeline/datasetperiods.h"
#include "widgets/timeline/timelineview.h"
#include "widgets/tours/tourcontroller.h"
#include "widgets/tours/tourplayer.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pe {

QString MainWindow::viewKey(View view)
{
    switch (view) {
    case View::Timeline:
        return QStringLiteral("timeline");
    case View::Turnover:
        return QStringLiteral("turnover");
    case View::RegionalTrade:
        return QStringLiteral("regional-trade");
    case View::Pairings:
        return QStringLiteral("pairings");
    case View::Ventures:
        return QStringLiteral("ventures");
    case View::Sources:
        return QStringLiteral("sources");
    case View::Map:
        return QStringLiteral("map");
    }
    return {};
}

int MainWindow::viewFromKey(const QString &key)
{
    for (int v = 0; v < viewCount; ++v) {
        if (viewKey(View(v)) == key)
            return v;
    }
    return -1;
}

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_filter(new FilterState(this))
    , m_selection(new SelectionState(this))
    , m_models(new ViewModels(m_filter, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createViews();
    createActions();
    connectViews();
    connect(&m_store, &DatasetStore::datasetChanged, this, &MainWindow::applyDataset);
    connect(&m_store, &DatasetStore::loadingFinished, this, &MainWindow::finishLoading);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    applyLanguage(m_languages->language());
    applyTheme();
    retranslateUi();

    // What the settings remember is checked as it is read (Settings): a damaged geometry
    // reads as none (the window starts as the first time), the splitter takes only sane
    // sizes, and the window is kept on the screen whatever was saved.
    const QByteArray geometry = Settings::windowGeometry();
    m_firstStart = geometry.isEmpty() || !restoreGeometry(geometry);
    fitToScreen();
    restoreState(Settings::windowState());
    keepDocksOnScreen();
    if (const QList<int> sizes = Settings::splitterSizes(m_splitter->count()); !sizes.isEmpty())
        m_splitter->setSizes(sizes);
    const int tab = Settings::currentTab();
    m_tabs->setCurrentIndex(tab < m_tabs->count() ? tab : 0);
}

void MainWindow::keepDocksOnScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const auto docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        // A floating dock saved off every screen, or larger than this one, is docked again.
        if (dock->isFloating() &&
            (!available.intersects(dock->geometry()) || dock->width() > available.width() ||
             dock->height() > available.height()))
            dock->setFloating(false);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen()
{
    // The first window takes the screen it opens on (the caller shows it maximised); a saved
    // one is kept within the screen it comes back on, whatever size it was saved at.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (m_firstStart) {
        setGeometry(available);
        return;
    }
    QRect frame = geometry();
    frame.setSize(frame.size().boundedTo(available.size()).expandedTo(minimumSizeHint()));
    frame.setSize(frame.size().boundedTo(available.size()));
    if (!available.contains(frame))
        frame.moveTopLeft(available.topLeft());
    setGeometry(frame);
}

void MainWindow::showAsFirstOpened()
{
    if (m_firstStart)
        showMaximized();
    else
        show();
}

RecordFilterModel *MainWindow::proxyFor(const QString &collection) const
{
    return m_models->proxy(collection);
}

QTableView *MainWindow::tableFor(const QString &collection) const
{
    return m_tables.value(collection);
}

void MainWindow::createViews()
{
    m_filterBar = new FilterBar(m_filter, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);

    // In View order.
    auto *timelinePage = new TimelinePage(m_models->proxy(QStringLiteral("events")));
    auto *turnoverPage =
        new TurnoverPage(m_models->proxy(QStringLiteral("observations")), m_models->sources());
    auto *regionalPage =
        new RegionalTradePage(m_models->proxy(QStringLiteral("observations")), m_models->sources());
    auto *pairingsPage =
        new PairingsPage(m_models->proxy(QStringLiteral("pairings")), m_models->regionCounts());
    auto *venturesPage = new VenturesPage(m_models->proxy(QStringLiteral("ventures")));
    auto *sourcesPage = new SourcesPage(m_models->proxy(QStringLiteral("sources")));
    auto *mapPage = new MapPage(m_models->proxy(QStringLiteral("pairings")),
                                m_models->proxy(QStringLiteral("ventures")));
    for (QWidget *page :
         std::initializer_list<QWidget *>{timelinePage, turnoverPage, regionalPage, pairingsPage,
                                          venturesPage, sourcesPage, mapPage})
        m_tabs->addTab(page, QString());
    m_timeline = timelinePage->timeline();
    m_turnover = turnoverPage->chart();
    m_seriesPicker = turnoverPage->picker();
    m_regional = regionalPage->chart();
    m_ventureOutput = venturesPage->chart();
    m_map = mapPage->map();
    m_regionCountsView = pairingsPage->regionCounts();
    m_tables = {{QStringLiteral("events"), timelinePage->table()},
                {QStringLiteral("observations"), turnoverPage->table()},
                {QStringLiteral("pairings"), pairingsPage->table()},
                {QStringLiteral("ventures"), venturesPage->table()},
                {QStringLiteral("sources"), sourcesPage->table()}};

    m_detail = new DetailPane(m_selection);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1100, 360});
    m_splitter->setChildrenCollapsible(false);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_matchCount = new QLabel;
    m_matchCount->setObjectName(QStringLiteral("matchCount"));
    m_filterNote = new QLabel;
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    // The summary names the dataset's file: status texts are never markup.
    for (QLabel *label : {m_summary, m_matchCount, m_filterNote})
        label->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summary);
    statusBar()->addPermanentWidget(m_filterNote);
    statusBar()->addPermanentWidget(m_matchCount);
    m_loading = new LoadingIndicator(&m_store);
    statusBar()->addPermanentWidget(m_loading);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::connectViews()
{
    // Selection: the views write to the one state, the controller makes the others follow.
    m_selectionController = new SelectionController(m_selection, m_tabs, this);
    m_selectionController->setTabsFor(RecordKind::Event, {int(View::Timeline)});
    m_selectionController->setTabsFor(RecordKind::Observation,
                                      {int(View::Turnover), int(View::RegionalTrade)});
    // The map shows partnerships and ventures too: choosing one there keeps the map on screen.
    m_selectionController->setTabsFor(RecordKind::Pairing, {int(View::Pairings), int(View::Map)});
    m_selectionController->setTabsFor(RecordKind::Venture, {int(View::Ventures), int(View::Map)});
    m_selectionController->setTabsFor(RecordKind::Source, {int(View::Sources)});
    m_selectionController->addTable(RecordKind::Event, m_tables.value(QStringLiteral("events")));
    m_selectionController->addTable(RecordKind::Observation,
                                    m_tables.value(QStringLiteral("observations")));
    m_selectionController->addTable(RecordKind::Pairing,
                                    m_tables.value(QStringLiteral("pairings")));
    m_selectionController->addTable(RecordKind::Venture,
                                    m_tables.value(QStringLiteral("ventures")));
    m_selectionController->addTable(RecordKind::Source, m_tables.value(QStringLiteral("sources")));
    m_selectionController->setTimeline(m_timeline);
    m_selectionController->setCharts(m_turnover, m_regional, m_ventureOutput);
    m_selectionController->setMap(m_map);

    // The picker's "book figures only" is the filter's: every view follows it, the filter
    // bar shows it as active and clears it.
    connect(m_seriesPicker, &TradeSeriesPicker::bookOnlyChanged, this, [this](bool bookOnly) {
        RecordFilter filter = m_filter->filter();
        filter.bookOnly = bookOnly;
        m_filter->setFilter(filter);
    });
    connect(m_filter, &FilterState::changed, m_seriesPicker,
            [this](const RecordFilter &f) { m_seriesPicker->setBookOnly(f.bookOnly); });

    // Filter: the proxies and the filter bar follow the state by themselves.
    connect(m_filter, &FilterState::changed, m_regional,
            [this](const RecordFilter &f) { m_regional->setPlace(f.place); });
    connect(m_regionCountsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_filter->setPlace(index.siblingAtColumn(0).data(IdRole).toString());
    });
    connect(m_filter, &FilterState::changed, m_map,
            [this](const RecordFilter &f) { m_map->setFilterPlace(f.place); });
    connect(m_map, &MapView::placeActivated, m_filter, &FilterState::setPlace);

    // A selected record the filters hide stays in the pane, which says so; the filters, not
    // the selection, change when the reader asks.
    connect(m_filter, &FilterState::changed, this, &MainWindow::markHiddenSelection);
    connect(m_selection, &SelectionState::changed, this, &MainWindow::markHiddenSelection);
    connect(m_detail, &DetailPane::clearFiltersRequested, m_filter, &FilterState::clear);
    // Where a link of the pane leads, read before it is clicked.
    connect(m_detail, &DetailPane::linkHovered, this, [this](const QString &address) {
        if (address.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(address);
    });
    for (const auto &signal : {&MainWindow::showMatchCount, &MainWindow::showFilterNotes}) {
        connect(m_filter, &FilterState::changed, this, signal);
        connect(m_tabs, &QTabWidget::currentChanged, this, signal);
    }

    PresentationMode::Parts parts;
    parts.window = this;
    parts.splitter = m_splitter;
    parts.tabs = m_tabs;
    parts.timelineTab = int(View::Timeline);
    parts.timeline = m_timeline;
    parts.detail = m_detail;
    parts.charts = {m_turnover, m_regional, m_ventureOutput};
    for (RecordTableView *table : std::as_const(m_tables))
        parts.tables.append(table);
    parts.tables.append(m_regionCountsView);
    parts.hidden = {m_filterBar, menuBar(), statusBar()};
    parts.secondary = {m_tables.value(QStringLiteral("events")),
                       m_tables.value(QStringLiteral("observations")),
                       m_tables.value(QStringLiteral("ventures"))};
    parts.controls = {m_seriesPicker};
    // On a slide, who with whom and since when; the pane gives the rest.
    parts.slideColumns = {
        {m_tables.value(QStringLiteral("pairings")),
         {PairingModel::BelarusianSideColumn, PairingModel::KazakhSideColumn,
          PairingModel::YearColumn}},
        {m_regionCountsView, {RegionCountModel::RegionColumn, RegionCountModel::CountColumn}},
        {m_tables.value(QStringLiteral("sources")),
         {SourceModel::TitleColumn, SourceModel::NoteColumn, SourceModel::YearColumn}}};
    parts.headedTables = {m_regionCountsView};
    parts.pageSplitter = qobject_cast<QSplitter *>(m_tabs->widget(int(View::Pairings)));
    m_presentation = new PresentationMode(parts, this);
    connect(m_presentation, &PresentationMode::toggled, this, [this](bool on) {
        m_menus->present->setChecked(on);
        m_map->setFontScale(on ? ViewTheme::presentationFontScale : 1.0);
        applyTheme();
    });
    m_tours = new TourController(this, m_menus.get(), m_presentation);
}

// Names and descriptions a screen reader gives the views (the keys they take in the
// description: a reader who cannot see the frame learns them there).
void MainWindow::nameViews()
{
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setAccessibleDescription(
        tr("The timeline, the charts and the tables of the dataset: Alt+1 to Alt+6 show them"));
    const QString tableKeys = tr("Up and Down move between rows and show the row's record in "
                                 "the detail pane; Tab leaves the table.");
    const QList<std::tuple<const char *, QString>> tables = {{"events", tr("Events")},
                                                             {"observations", tr("Figures")},
                                                             {"pairings", tr("Partnerships")},
                                                             {"ventures", tr("Joint ventures")},
                                                             {"sources", tr("Sources")}};
    for (const auto &[collection, name] : tables) {
        RecordTableView *table = m_tables.value(QLatin1String(collection));
        table->setAccessibleName(name);
        table->setAccessibleDescription(tableKeys);
    }
    m_regionCountsView->setAccessibleName(tr("Partnerships per region"));
    m_regionCountsView->setAccessibleDescription(
        tr("Enter or a double click on a region filters every view to it."));
    const QString chartKeys = tr("Left and Right step through what the chart draws, Enter opens "
                                 "its record.");
    m_turnover->setAccessibleName(tr("Turnover chart"));
    m_regional->setAccessibleName(tr("Regional trade chart"));
    m_ventureOutput->setAccessibleName(tr("Output of the assembly plants"));
    for (DataChartView *chart :
         std::initializer_list<DataChartView *>{m_turnover, m_regional, m_ventureOutput})
        chart->setAccessibleDescription(chartKeys);
}

void MainWindow::markHiddenSelection()
{
    const QString id = m_selection->currentId();
    const auto dataset = m_store.dataset();
    m_detail->setHiddenByFilters(!id.isEmpty() && dataset && !m_models->isShown(*dataset, id));
}

// "12 of 52 partnerships" for the view on screen, beside the dataset's summary: how much the
// search and filters leave.
// What a view cannot apply (figures, ventures and partnerships have no category; the
// partnerships and the sources no sector), said while such a filter is set, and what an
// empty table means.
void MainWindow::showFilterNotes()
{
    const RecordFilter &f = m_filter->filter();
    QStringList ignored;
    const auto view = View(m_tabs->currentIndex());
    if (!f.categories.isEmpty() && view != View::Timeline)
        ignored.append(tr("category"));
    if (f.sector && (view == View::Pairings || view == View::Sources))
        ignored.append(tr("sector"));
    m_filterNote->setText(
        ignored.isEmpty()
            ? QString()
            : tr("Not applied in this view: %1").arg(ignored.join(QStringLiteral(", "))));
    const bool active = f.isActive();
    const QList<std::pair<const char *, QString>> empty = {
        {"events", active ? tr("No event matches the search and filters.")
                          : tr("This dataset has no events.")},
        {"observations", active ? tr("No figure matches the search and filters.")
                                : tr("This dataset has no figures.")},
        {"pairings", active ? tr("No partnership matches the search and filters.")
                            : tr("This dataset has no partnerships.")},
        {"ventures", active ? tr("No venture matches the search and filters.")
                            : tr("This dataset has no ventures.")},
        {"sources", active ? tr("No source matches the search and filters.")
                           : tr("This dataset has no sources.")}};
    for (const auto &[collection, text] : empty) {
        if (RecordTableView *table = m_tables.value(QLatin1String(collection)))
            table->setEmptyText(text);
    }
    m_regionCountsView->setEmptyText(empty.at(2).second);
}

void MainWindow::showMatchCount()
{
    static const QHash<int, QString> collections = {
        {int(View::Timeline), QStringLiteral("events")},
        {int(View::Turnover), QStringLiteral("observations")},
        {int(View::RegionalTrade), QStringLiteral("observations")},
        {int(View::Pairings), QStringLiteral("pairings")},
        {int(View::Ventures), QStringLiteral("ventures")},
        {int(View::Sources), QStringLiteral("sources")}};
    const QString collection = collections.value(m_tabs->currentIndex());
    const RecordFilterModel *proxy = m_models->proxy(collection);
    if (!proxy || !proxy->sourceModel() || !m_filter->filter().isActive()) {
        m_matchCount->clear();
        return;
    }
    const int shown = proxy->rowCount();
    const int all = proxy->sourceModel()->rowCount();
    QString text;
    if (collection == QLatin1String("events"))
        text = tr("%1 of %n events shown", nullptr, all).arg(shown);
    else if (collection == QLatin1String("observations"))
        text = tr("%1 of %n figures shown", nullptr, all).arg(shown);
    else if (collection == QLatin1String("pairings"))
        text = tr("%1 of %n partnerships shown", nullptr, all).arg(shown);
    else if (collection == QLatin1String("ventures"))
        text = tr("%1 of %n ventures shown", nullptr, all).arg(shown);
    else
        text = tr("%1 of %n sources shown", nullptr, all).arg(shown);
    m_matchCount->setText(text);
}

void MainWindow::createActions()
{
    m_menus = std::make_unique<MainMenus>(menuBar(), viewCount, this);
    // The window holds the menus' actions too, so that their shortcuts (Alt+2 for a view)
    // still work when presentation mode hides the menu bar.
    // The selected record's actions are the detail pane's: the menu shows their keys.
    m_menus->record->addActions(
        {m_detail->backAction(), m_detail->forwardAction(), m_detail->clearAction()});
    m_menus->record->addSeparator();
    m_menus->record->addAction(m_detail->copyCitationAction());
    m_menus->record->addMenu(m_detail->citeMenu());
    for (QMenu *menu : {m_menus->file, m_menus->view, m_menus->record, m_menus->tour,
                        m_menus->language, m_menus->help})
        addActions(menu->actions());
    connect(m_menus->open, &QAction::triggered, this, &MainWindow::chooseDatasetFile);
    connect(m_menus->builtIn, &QAction::triggered, this,
            [this] { loadDataset(DatasetLoader::builtInPath()); });
    m_recentFiles = new RecentFiles(m_menus->recent, RecentFiles::Kind::Datasets, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this,
            [this](const QString &path) { loadDataset(path); });
    connect(m_menus->exportView, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_menus->copyView, &QAction::triggered, this, &MainWindow::copyCurrentView);
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus->search, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_menus->fitTimeline, &QAction::triggered, this, [this] {
        showView(View::Timeline);
        m_timeline->fitAll();
    });
    connect(m_menus->detailPane, &QAction::toggled, m_detail, &QWidget::setVisible);
    connect(m_menus->present, &QAction::toggled, this,
            qOverload<bool>(&MainWindow::setPresentationMode));
    for (QAction *action : std::as_const(m_menus->views))
        connect(action, &QAction::triggered, this,
                [this, action] { showView(View(action->data().toInt())); });
    m_menus->checkLanguage(m_languages->language());
    connect(m_menus->languages, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });
    connect(m_menus->about, &QAction::triggered, this, [this] {
        // The book named is the open dataset's: its text is data, so it is escaped.
        const auto dataset = m_store.dataset();
        const QString book =
            BookCitation::shortReference(dataset ? dataset->metadata.book : BookReference());
        QMessageBox::about(this, tr("About Partnership Explorer"),
                           tr("<h3>Partnership Explorer %1</h3><p>Thirty years of the "
                              "Belarus–Kazakhstan partnership, from %2, with supplementary public "
                              "figures marked as such.</p>")
                               .arg(QStringLiteral(PE_VERSION), book.toHtmlEscaped()));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Partnership Explorer"));
    applyDatasetPeriods(m_timeline, m_store.dataset().get(), dataLanguage());
    const QStringList titles = {tr("Timeline"),
                                tr("Turnover"),
                                tr("Regional trade"),
                                tr("Region pairings"),
                                tr("Joint ventures"),
                                tr("Sources"),
                                tr("Map")};
    for (int i = 0; i < titles.size() && i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    m_menus->retranslateUi(titles);
    nameViews();
    showFilterNotes();
    showMatchCount();
    const auto dataset = m_store.dataset();
    // A permanent label: a passing message ("Copied to the clipboard") does not erase it.
    if (dataset)
        m_summary->setText(
            tr("%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources")
                .arg(m_store.isBuiltIn() ? tr("Built-in dataset")
                                         : QFileInfo(m_store.path()).fileName())
                .arg(dataset->events.size())
                .arg(dataset->observations.size())
                .arg(dataset->ventures.size())
                .arg(dataset->pairings.size())
                .arg(dataset->sources.size()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The models were refreshed by applyLanguage, on languageChanged; only the window's own
    // strings are left to the LanguageChange event.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyTheme()
{
    if (!m_timeline)
        return;
    const bool dark = m_presentation && m_presentation->isOn();
    const ViewTheme theme = dark ? ViewTheme::dark() : ViewTheme::fromPalette(palette(), font());
    m_timeline->setTheme(theme);
    m_turnover->setTheme(theme);
    m_regional->setTheme(theme);
    m_ventureOutput->setTheme(theme);
    m_map->setTheme(theme);
}

void MainWindow::applyLanguage(const QString &language)
{
    // The one refresh per model for a language switch: the translators are already in place,
    // so the tr() labels and the dataset text change together.
    const QString dataLanguage = LanguageManager::dataLanguage(language);
    m_models->retranslate(dataLanguage);
    m_detail->setLanguage(dataLanguage);
    m_map->setLanguage(dataLanguage);
    m_tours->steps()->setLanguage(dataLanguage);
    m_filterBar->setDataset(m_store.dataset(), dataLanguage);
    applyDatasetFacts();
    m_menus->checkLanguage(language);
    Settings::setLanguage(language);
}

void MainWindow::applyDataset()
{
    const auto dataset = m_store.dataset();
    m_models->setDataset(dataset);
    m_detail->setDataset(dataset);
    m_map->setDataset(dataset);
    m_filterBar->setDataset(dataset, dataLanguage());
    applyDatasetFacts();
    m_selectionController->setDataset(dataset);
    if (!dataset || dataset->kindOf(m_selection->currentId()) == RecordKind::None)
        m_selection->clear();
    m_timeline->fitAll();
    retranslateUi();
}

void MainWindow::applyDatasetFacts()
{
    const auto dataset = m_store.dataset();
    if (!dataset)
        return;
    m_turnover->setYearWindow(YearWindow::turnoverOf(*dataset));
    m_turnover->setLandmarks(ChartLandmark::fromDataset(*dataset, dataLanguage()));
}

void MainWindow::setFilter(const RecordFilter &filter)
{
    m_filter->setFilter(filter);
}

const RecordFilter &MainWindow::filter() const
{
    return m_filter->filter();
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

QString MainWindow::dataLanguage() const
{
    return LanguageManager::dataLanguage(m_languages->language());
}

QString MainWindow::selectedId() const
{
    return m_selection->currentId();
}

void MainWindow::selectRecord(const QString &id)
{
    m_selection->setCurrentId(id);
}

QString MainWindow::currentExportKey() const
{
    switch (View(m_tabs->currentIndex())) {
    case View::Timeline:
        return QStringLiteral("timeline");
    case View::RegionalTrade:
        return QStringLiteral("regional-trade");
    case View::Pairings:
        return QStringLiteral("pairings");
    case View::Ventures:
        return QStringLiteral("venture-output");
    case View::Sources:
        return QStringLiteral("sources");
    case View::Map:
        return QStringLiteral("map");
    case View::Turnover:
        break;
    }
    return QStringLiteral("turnover");
}

ExportContext MainWindow::exportContext() const
{
    ExportContext context;
    context.dataset = m_store.dataset();
    context.filter = m_filter->filter();
    context.dataLanguage = dataLanguage();
    context.timelineRange = m_timeline->visibleRange();
    context.tradeSeries = m_turnover->series();
    context.selectedId = m_selection->currentId();
    context.markedYear = m_selection->markedYear();
    context.hiddenSeries.insert(QStringLiteral("turnover"), m_turnover->hiddenGroups());
    context.hiddenSeries.insert(QStringLiteral("regional-trade"), m_regional->hiddenGroups());
    context.hiddenSeries.insert(QStringLiteral("venture-output"), m_ventureOutput->hiddenGroups());
    context.hiddenSeries.insert(QStringLiteral("map"), m_map->layers().hidden());
    for (const char *table : {"pairings", "ventures", "sources"}) {
        const RecordFilterModel *proxy = m_models->proxy(QLatin1String(table));
        if (proxy && proxy->sortColumn() >= 0)
            context.tableSort.insert(QLatin1String(table),
                                     {proxy->sortColumn(), proxy->sortOrder()});
    }
    return context;
}

void MainWindow::showExportDialog()
{
    auto *dialog = new ExportDialog(exportContext(), currentExportKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyCurrentView()
{
    ExportDialog dialog(exportContext(), currentExportKey(), this);
    if (dialog.format() == QLatin1String("csv"))
        dialog.setFormat(QStringLiteral("png"));
    dialog.copyToClipboard();
    statusBar()->showMessage(tr("Copied to the clipboard"), 3000);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation->setOn(on, true);
}

void MainWindow::setPresentationMode(bool on, bool fullScreen)
{
    m_presentation->setOn(on, fullScreen);
}

bool MainWindow::isPresentationMode() const
{
    return m_presentation->isOn();
}

bool MainWindow::openDataset(const QString &path, bool quiet)
{
    const LoadResult result = m_store.open(path);
    if (!result.ok()) {
        if (!quiet)
            showProblems(path, result.problems);
        return false;
    }
    if (!m_store.isBuiltIn())
        m_recentFiles->add(path);
    return true;
}

void MainWindow::loadDataset(const QString &path)
{
    m_store.openInBackground(path);
}

void MainWindow::finishLoading(const QString &path, const LoadResult &result)
{
    if (result.cancelled) {
        statusBar()->showMessage(
            tr("Stopped reading %1; the dataset in use stays").arg(QFileInfo(path).fileName()),
            5000);
        return;
    }
    if (!result.ok()) {
        showProblems(path, result.problems);
        return;
    }
    if (!m_store.isBuiltIn())
        m_recentFiles->add(path);
}

bool MainWindow::presentTour(const QString &path, bool quiet, bool fullScreen)
{
    return m_tours->presentFile(path, quiet, fullScreen);
}

TourPlayer *MainWindow::tourPlayer() const
{
    return m_tours->player();
}

void MainWindow::showProblems(const QString &path, const DatasetProblems &problems)
{
    auto *dialog = new ProblemsDialog(path, problems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::chooseDatasetFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), QString(),
                                                      tr("Datasets (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadDataset(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A tour being prepared is not lost by closing the window.
    if (!m_tours->maybeSave()) {
        event->ignore();
        return;
    }
    if (isPresentationMode())
        setPresentationMode(false);
    Settings::saveWindow(saveGeometry(), saveState(), m_splitter->saveState(),
                         m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        loadDataset(urls.first().toLocalFile());
    }
}

} // namespace pe
