#include "widgets/shell/mainwindow.h"

#include "models/items/eventmodel.h"
#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/placemodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/regioncountmodel.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"
#include "render/viewtheme.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/export/exportdialog.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/filterbar.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/problemsdialog.h"
#include "widgets/style/appstyle.h"
#include "widgets/timeline/datasetperiods.h"
#include "widgets/timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace pe {

namespace {
constexpr int maxRecentFiles = 8;
const char *const collectionKeys[] = {"events",   "observations", "ventures",
                                      "pairings", "places",       "sources"};
// Type in presentation mode: large enough for the back of a classroom, while the timeline
// still fits thirty years on one screen.
constexpr qreal presentationFontScale = 1.6;
constexpr qreal presentationDetailScale = 1.35;

} // namespace

QString MainWindow::viewKey(View view)
{
    switch (view) {
    case TimelineView_:
        return QStringLiteral("timeline");
    case TurnoverView:
        return QStringLiteral("turnover");
    case RegionalTradeView:
        return QStringLiteral("regional-trade");
    case PairingsView:
        return QStringLiteral("pairings");
    case VenturesView:
        return QStringLiteral("ventures");
    case SourcesView:
        return QStringLiteral("sources");
    case ViewCount:
        break;
    }
    return {};
}

int MainWindow::viewFromKey(const QString &key)
{
    for (int v = 0; v < ViewCount; ++v) {
        if (viewKey(View(v)) == key)
            return v;
    }
    return -1;
}

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createModels();
    createViews();
    createActions();
    connectViews();
    connect(&m_store, &DatasetStore::datasetChanged, this, &MainWindow::applyDataset);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    applyLanguage(m_languages->language());
    applyTheme();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::createModels()
{
    m_events = new EventModel(this);
    m_observations = new ObservationModel(this);
    m_ventures = new VentureModel(this);
    m_pairings = new PairingModel(this);
    m_places = new PlaceModel(this);
    m_sources = new SourceModel(this);
    const QList<DatasetModel *> models = {m_events,   m_observations, m_ventures,
                                          m_pairings, m_places,       m_sources};
    for (int i = 0; i < models.size(); ++i) {
        const QString key = QLatin1String(collectionKeys[i]);
        auto *proxy = new RecordFilterModel(this);
        proxy->setObjectName(key + QStringLiteral("Proxy"));
        proxy->setSourceModel(models.at(i));
        m_models.insert(key, models.at(i));
        m_proxies.insert(key, proxy);
    }
    m_regionCounts = new RegionCountModel(this);
    m_regionCounts->setSourceModel(m_proxies.value(QStringLiteral("pairings")));
}

RecordFilterModel *MainWindow::proxyFor(const QString &collection) const
{
    return m_proxies.value(collection);
}

QTableView *MainWindow::tableFor(const QString &collection) const
{
    return m_tables.value(collection);
}

QTableView *MainWindow::makeTable(const QString &key)
{
    auto *view = new QTableView;
    view->setObjectName(key + QStringLiteral("Table"));
    view->setModel(m_proxies.value(key));
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(150);
    m_tables.insert(key, view);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                onRecordSelected(current.siblingAtColumn(0).data(IdRole).toString());
                Q_UNUSED(view)
            });
    return view;
}

void MainWindow::createViews()
{
    m_filterBar = new FilterBar(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);

    // Timeline above the list of the same events.
    m_timeline = new TimelineView;
    m_timeline->setModel(m_proxies.value(QStringLiteral("events")));
    auto *timelineSplit = new QSplitter(Qt::Vertical);
    timelineSplit->addWidget(m_timeline);
    QTableView *eventsTable = makeTable(QStringLiteral("events"));
    m_secondaryPanes.append(eventsTable);
    eventsTable->setColumnWidth(EventModel::DateColumn, 150);
    eventsTable->setColumnWidth(EventModel::CategoryColumn, 120);
    eventsTable->setColumnWidth(EventModel::TitleColumn, 480);
    timelineSplit->addWidget(eventsTable);
    timelineSplit->setStretchFactor(0, 3);
    timelineSplit->setStretchFactor(1, 2);
    timelineSplit->setSizes({600, 260});
    m_tabs->addTab(timelineSplit, QString());

    // Turnover chart above every figure of the book, national or not.
    m_turnover = new TurnoverChart;
    m_turnover->setModel(m_proxies.value(QStringLiteral("observations")));
    m_turnover->setSourceModel(m_sources);
    auto *turnoverSplit = new QSplitter(Qt::Vertical);
    turnoverSplit->addWidget(m_turnover);
    QTableView *figures = makeTable(QStringLiteral("observations"));
    m_secondaryPanes.append(figures);
    figures->setColumnWidth(ObservationModel::YearColumn, 70);
    figures->setColumnWidth(ObservationModel::PeriodColumn, 90);
    figures->setColumnWidth(ObservationModel::IndicatorColumn, 170);
    figures->setColumnWidth(ObservationModel::ValueColumn, 130);
    figures->setColumnWidth(ObservationModel::ScopeColumn, 260);
    turnoverSplit->addWidget(figures);
    turnoverSplit->setStretchFactor(0, 3);
    turnoverSplit->setStretchFactor(1, 2);
    turnoverSplit->setSizes({600, 300});
    m_tabs->addTab(turnoverSplit, QString());

    m_regional = new RegionalTradeChart;
    m_regional->setModel(m_proxies.value(QStringLiteral("observations")));
    m_regional->setSourceModel(m_sources);
    m_tabs->addTab(m_regional, QString());

    // Pairings with the count per region beside them.
    auto *pairingSplit = new QSplitter(Qt::Horizontal);
    QTableView *pairings = makeTable(QStringLiteral("pairings"));
    pairings->setColumnWidth(PairingModel::BelarusianSideColumn, 220);
    pairings->setColumnWidth(PairingModel::KazakhSideColumn, 220);
    pairings->setColumnWidth(PairingModel::LevelColumn, 100);
    pairings->setColumnWidth(PairingModel::YearColumn, 55);
    pairings->setColumnWidth(PairingModel::DocumentColumn, 100);
    pairings->setColumnWidth(PairingModel::AreasColumn, 170);
    pairingSplit->addWidget(pairings);
    auto *countsBox = new QWidget;
    auto *countsLayout = new QVBoxLayout(countsBox);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->setSpacing(2);
    m_regionCountsTitle = new QLabel;
    m_regionCountsTitle->setContentsMargins(6, 6, 6, 2);
    countsLayout->addWidget(m_regionCountsTitle);
    m_regionCountsView = new QTableView;
    m_regionCountsView->setObjectName(QStringLiteral("regionCountsTable"));
    m_regionCountsView->setModel(m_regionCounts);
    m_regionCountsView->verticalHeader()->hide();
    m_regionCountsView->setShowGrid(false);
    m_regionCountsView->setAlternatingRowColors(true);
    m_regionCountsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_regionCountsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regionCountsView->horizontalHeader()->setSectionResizeMode(RegionCountModel::RegionColumn,
                                                                 QHeaderView::Stretch);
    m_regionCountsView->horizontalHeader()->setSectionResizeMode(RegionCountModel::CountryColumn,
                                                                 QHeaderView::ResizeToContents);
    m_regionCountsView->horizontalHeader()->setSectionResizeMode(RegionCountModel::CountColumn,
                                                                 QHeaderView::ResizeToContents);
    countsLayout->addWidget(m_regionCountsView, 1);
    pairingSplit->addWidget(countsBox);
    pairingSplit->setStretchFactor(0, 4);
    pairingSplit->setStretchFactor(1, 1);
    pairingSplit->setSizes({800, 260});
    m_tabs->addTab(pairingSplit, QString());

    // Ventures above the units their plants produced.
    auto *ventureSplit = new QSplitter(Qt::Vertical);
    QTableView *ventures = makeTable(QStringLiteral("ventures"));
    ventures->setColumnWidth(VentureModel::NameColumn, 300);
    ventures->setColumnWidth(VentureModel::SectorColumn, 180);
    ventures->setColumnWidth(VentureModel::PlaceColumn, 150);
    ventures->setColumnWidth(VentureModel::StartColumn, 60);
    ventures->setColumnWidth(VentureModel::StatusColumn, 100);
    ventureSplit->addWidget(ventures);
    m_ventureOutput = new VentureOutputChart;
    m_ventureOutput->setModel(m_proxies.value(QStringLiteral("ventures")));
    ventureSplit->addWidget(m_ventureOutput);
    ventureSplit->setStretchFactor(0, 3);
    ventureSplit->setStretchFactor(1, 2);
    ventureSplit->setSizes({520, 340});
    m_tabs->addTab(ventureSplit, QString());

    QTableView *sources = makeTable(QStringLiteral("sources"));
    sources->setColumnWidth(SourceModel::NoteColumn, 100);
    sources->setColumnWidth(SourceModel::TitleColumn, 520);
    sources->setColumnWidth(SourceModel::OutletColumn, 200);
    m_tabs->addTab(sources, QString());
    makeTable(QStringLiteral("places"))->hide(); // kept for look-ups from the detail pane

    m_detail = new DetailPane;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1100, 360});
    m_splitter->setChildrenCollapsible(false);

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
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::setFilter);
    connect(m_timeline, &TimelineView::currentChanged, this, [this](const QString &id) {
        if (!m_syncing)
            onRecordSelected(id);
    });
    connect(m_timeline, &TimelineView::yearActivated, this, &MainWindow::onYearActivated);
    connect(m_turnover, &TurnoverChart::yearClicked, this, &MainWindow::onYearActivated);
    connect(m_turnover, &TurnoverChart::observationActivated, this, &MainWindow::selectRecord);
    connect(m_detail, &DetailPane::recordActivated, this, &MainWindow::selectRecord);
    connect(m_detail, &DetailPane::yearActivated, this, [this](int year) {
        m_turnover->setMarkedYear(year);
        m_timeline->setMarkedYear(year);
    });
    connect(m_regionCountsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        RecordFilter f = m_filter;
        f.place = index.siblingAtColumn(0).data(IdRole).toString();
        setFilter(f);
    });
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatasetFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_builtInAction = m_fileMenu->addAction(QString(), this,
                                            [this] { openDataset(DatasetLoader::builtInPath()); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyAction = m_fileMenu->addAction(QString(), this, &MainWindow::copyCurrentView);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString(), m_filterBar, &FilterBar::focusSearch);
    m_searchAction->setShortcut(QKeySequence::Find);
    m_fitAction = m_viewMenu->addAction(QString(), this, [this] {
        showView(TimelineView_);
        m_timeline->fitAll();
    });
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_detailAction = m_viewMenu->addAction(QString());
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);
    m_detailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailAction, &QAction::toggled, m_detail, &QWidget::setVisible);
    m_viewMenu->addSeparator();
    m_presentAction = m_viewMenu->addAction(QString());
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentAction, &QAction::toggled, this,
            qOverload<bool>(&MainWindow::setPresentationMode));
    m_viewMenu->addSeparator();
    for (int v = 0; v < ViewCount; ++v) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, v] { showView(View(v)); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + v)));
        action->setData(v);
        action->setObjectName(QStringLiteral("viewAction"));
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::languages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_languages->language());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Partnership Explorer"),
                           tr("<h3>Partnership Explorer %1</h3><p>Thirty years of the "
                              "Belarus–Kazakhstan partnership, from B. Zalesskij, <i>Vecteur de "
                              "partenariat – Kazakhstan</i> (2023), with supplementary public "
                              "figures marked as such.</p>")
                               .arg(QStringLiteral(PE_VERSION)));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Partnership Explorer"));
    applyDatasetPeriods(m_timeline, m_store.dataset().get(), dataLanguage());
    const QStringList titles = {tr("Timeline"),        tr("Turnover"),       tr("Regional trade"),
                                tr("Region pairings"), tr("Joint ventures"), tr("Sources")};
    for (int i = 0; i < titles.size() && i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Dataset…"));
    m_builtInAction->setText(tr("Open &Built-in Dataset"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportAction->setText(tr("&Export…"));
    m_copyAction->setText(tr("&Copy View as Image"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_fitAction->setText(tr("&Fit Timeline"));
    m_detailAction->setText(tr("&Details Pane"));
    m_presentAction->setText(tr("&Presentation Mode"));
    for (QAction *action : m_viewMenu->actions()) {
        if (action->objectName() == QLatin1String("viewAction"))
            action->setText(titles.value(action->data().toInt()));
    }
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Partnership Explorer"));
    m_regionCountsView->setToolTip(tr("Double-click a region to filter every view to it"));
    m_regionCountsTitle->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Partnerships per region").toHtmlEscaped()));
    rebuildRecentMenu();
    const auto dataset = m_store.dataset();
    if (dataset)
        statusBar()->showMessage(
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
    if (event->type() == QEvent::LanguageChange) {
        for (DatasetModel *model : std::as_const(m_models))
            model->retranslate();
        m_regionCounts->retranslate();
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyTheme()
{
    if (!m_timeline)
        return;
    ViewTheme theme = m_presenting ? ViewTheme::dark() : ViewTheme::fromPalette(palette());
    m_timeline->setTheme(theme);
    m_turnover->setTheme(theme);
    m_regional->setTheme(theme);
    m_ventureOutput->setTheme(theme);
}

void MainWindow::applyLanguage(const QString &language)
{
    const QString dataLanguage = LanguageManager::dataLanguage(language);
    for (DatasetModel *model : std::as_const(m_models))
        model->setLanguage(dataLanguage);
    m_regionCounts->setLanguage(dataLanguage);
    m_detail->setLanguage(dataLanguage);
    m_filterBar->setDataset(m_store.dataset(), dataLanguage);
    applyDatasetFacts();
    if (m_languageGroup) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == language);
    }
    QSettings().setValue(QStringLiteral("language"), language);
}

void MainWindow::applyDataset()
{
    const auto dataset = m_store.dataset();
    const QString dataLanguage = LanguageManager::dataLanguage(m_languages->language());
    for (DatasetModel *model : std::as_const(m_models))
        model->setDataset(dataset);
    m_regionCounts->setDataset(dataset);
    m_detail->setDataset(dataset);
    m_filterBar->setDataset(dataset, dataLanguage);
    applyDatasetFacts();
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
    if (filter == m_filter)
        return;
    m_filter = filter;
    for (RecordFilterModel *proxy : std::as_const(m_proxies))
        proxy->setFilter(filter);
    m_filterBar->setFilter(filter);
    m_regional->setPlace(filter.place);
    emit filterChanged(filter);
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(view);
}

QString MainWindow::dataLanguage() const
{
    return LanguageManager::dataLanguage(m_languages->language());
}

QString MainWindow::selectedId() const
{
    return m_selectedId;
}

void MainWindow::syncTableSelection(const QString &collection, const QString &id)
{
    QTableView *table = m_tables.value(collection);
    RecordFilterModel *proxy = m_proxies.value(collection);
    if (!table || !proxy)
        return;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            table->scrollTo(index);
            return;
        }
    }
    table->clearSelection();
}

void MainWindow::onRecordSelected(const QString &id)
{
    if (id.isEmpty())
        return;
    m_selectedId = id;
    m_syncing = true;
    m_detail->showRecord(id);
    const auto dataset = m_store.dataset();
    if (dataset) {
        if (const Event *e = dataset->event(id)) {
            m_timeline->setCurrentId(id);
            syncTableSelection(QStringLiteral("events"), id);
            m_turnover->setMarkedYear(e->year);
        } else if (const Observation *o = dataset->observation(id)) {
            syncTableSelection(QStringLiteral("observations"), id);
            m_turnover->setMarkedYear(o->year);
            m_timeline->setMarkedYear(o->year);
        } else if (dataset->venture(id)) {
            syncTableSelection(QStringLiteral("ventures"), id);
        } else if (dataset->pairing(id)) {
            syncTableSelection(QStringLiteral("pairings"), id);
        } else if (dataset->source(id)) {
            syncTableSelection(QStringLiteral("sources"), id);
        }
    }
    m_syncing = false;
    emit selectionChanged(id);
}

void MainWindow::selectRecord(const QString &id)
{
    const auto dataset = m_store.dataset();
    if (!dataset)
        return;
    if (dataset->event(id))
        showView(TimelineView_);
    else if (dataset->observation(id))
        showView(TurnoverView);
    else if (dataset->venture(id))
        showView(VenturesView);
    else if (dataset->pairing(id))
        showView(PairingsView);
    else if (dataset->source(id))
        showView(SourcesView);
    onRecordSelected(id);
}

void MainWindow::onYearActivated(int year)
{
    m_detail->showYear(year);
    m_turnover->setMarkedYear(year);
    m_timeline->setMarkedYear(year);
}

QString MainWindow::currentExportKey() const
{
    switch (m_tabs->currentIndex()) {
    case TimelineView_:
        return QStringLiteral("timeline");
    case TurnoverView:
        return QStringLiteral("turnover");
    case RegionalTradeView:
        return QStringLiteral("regional-trade");
    case PairingsView:
        return QStringLiteral("pairings");
    case VenturesView:
        return QStringLiteral("venture-output");
    case SourcesView:
        return QStringLiteral("sources");
    default:
        return QStringLiteral("turnover");
    }
}

ExportContext MainWindow::exportContext() const
{
    ExportContext context;
    context.dataset = m_store.dataset();
    context.filter = m_filter;
    context.dataLanguage = dataLanguage();
    context.timelineRange = m_timeline->visibleRange();
    context.hiddenSeries.insert(QStringLiteral("turnover"), m_turnover->hiddenGroups());
    context.hiddenSeries.insert(QStringLiteral("regional-trade"), m_regional->hiddenGroups());
    context.hiddenSeries.insert(QStringLiteral("venture-output"), m_ventureOutput->hiddenGroups());
    for (const char *table : {"pairings", "ventures", "sources"}) {
        const RecordFilterModel *proxy = m_proxies.value(QLatin1String(table));
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
    setPresentationMode(on, true);
}

void MainWindow::setPresentationMode(bool on, bool fullScreen)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    if (m_presentAction->isChecked() != on)
        m_presentAction->setChecked(on);
    const qreal scale = on ? presentationFontScale : 1.0;
    m_filterBar->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_tabs->tabBar()->setVisible(true);
    m_timeline->setFontScale(scale);
    m_turnover->setFontScale(scale);
    m_regional->setFontScale(scale);
    m_ventureOutput->setFontScale(scale);
    m_detail->setFontScale(on ? presentationDetailScale : 1.0);
    // No clutter in front of a class: the lists under the timeline and the chart give way
    // to the pictures; the detail pane stays, as the speaker's card.
    for (QWidget *secondary : std::as_const(m_secondaryPanes))
        secondary->setVisible(!on);
    if (on) {
        m_splitterStateBeforePresenting = m_splitter->saveState();
        m_splitter->setSizes({int(width() * 0.7), int(width() * 0.3)});
    } else if (!m_splitterStateBeforePresenting.isEmpty()) {
        m_splitter->restoreState(m_splitterStateBeforePresenting);
    }
    QFont tabFont = QApplication::font();
    tabFont.setPointSizeF(tabFont.pointSizeF() * (on ? 1.4 : 1.0));
    m_tabs->tabBar()->setFont(tabFont);
    for (QTableView *table : std::as_const(m_tables)) {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * scale);
        table->setFont(f);
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 10);
    }
    // High contrast for a projector: light text on a dark ground everywhere.
    setPalette(on ? appstyle::darkPalette() : QPalette());
    applyTheme();
    if (!fullScreen)
        return;
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::presentationStep(int direction)
{
    // A presenter clicker sends PageDown/PageUp: on the timeline they step through events,
    // elsewhere through the views.
    if (m_tabs->currentIndex() == TimelineView_) {
        QKeyEvent key(QEvent::KeyPress, direction > 0 ? Qt::Key_Right : Qt::Key_Left,
                      Qt::NoModifier);
        QApplication::sendEvent(m_timeline, &key);
        return;
    }
    const int next = std::clamp(m_tabs->currentIndex() + direction, 0, int(ViewCount) - 1);
    m_tabs->setCurrentIndex(next);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_presenting) {
        switch (event->key()) {
        case Qt::Key_Escape:
            setPresentationMode(false);
            return;
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            presentationStep(+1);
            return;
        case Qt::Key_PageUp:
        case Qt::Key_Backspace:
            presentationStep(-1);
            return;
        default:
            break;
        }
    }
    QMainWindow::keyPressEvent(event);
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
        rememberRecentFile(path);
    return true;
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
        openDataset(path);
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openDataset(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    if (m_presenting)
        setPresentationMode(false);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
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
        openDataset(urls.first().toLocalFile());
    }
}

} // namespace pe
