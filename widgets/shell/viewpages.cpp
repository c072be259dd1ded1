#include "widgets/shell/viewpages.h"

#include "models/items/eventmodel.h"
#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/regioncountmodel.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/tradeseriespicker.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/map/maplayerbar.h"
#include "widgets/map/mapview.h"
#include "widgets/shell/recordtableview.h"
#include "widgets/timeline/timelineview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pe {

namespace {

// A page that is one view, filling the tab.
QVBoxLayout *bareLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    return layout;
}

} // namespace

RecordTableView *makeRecordTable(RecordFilterModel *proxy, const QString &collection)
{
    auto *view = new RecordTableView;
    view->setObjectName(collection + QStringLiteral("Table"));
    view->setModel(proxy);
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
    // Headers start where their column's text starts, and one too long for its column ends
    // in "…" like the cells below it (a longer translation is cut, not clipped at both ends).
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(150);
    return view;
}

TimelinePage::TimelinePage(RecordFilterModel *events, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_timeline(new TimelineView)
    , m_table(makeRecordTable(events, QStringLiteral("events")))
{
    m_timeline->setModel(events);
    addWidget(m_timeline);
    m_table->setColumnWidth(EventModel::DateColumn, 150);
    m_table->setColumnWidth(EventModel::CategoryColumn, 120);
    m_table->setColumnWidth(EventModel::TitleColumn, 480);
    m_table->widenColumnsToHeaders();
    addWidget(m_table);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({600, 260});
}

TurnoverPage::TurnoverPage(RecordFilterModel *observations, SourceModel *sources, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_chart(new TurnoverChart)
    , m_picker(new TradeSeriesPicker)
    , m_table(makeRecordTable(observations, QStringLiteral("observations")))
{
    m_chart->setModel(observations);
    m_chart->setSourceModel(sources);
    auto *chartBox = new QWidget;
    QVBoxLayout *chartLayout = bareLayout(chartBox);
    m_picker->setContentsMargins(8, 4, 8, 0);
    chartLayout->addWidget(m_picker);
    chartLayout->addWidget(m_chart, 1);
    connect(m_picker, &TradeSeriesPicker::choiceChanged, m_chart, &TurnoverChart::setSeries);
    addWidget(chartBox);
    m_table->setColumnWidth(ObservationModel::YearColumn, 70);
    m_table->setColumnWidth(ObservationModel::PeriodColumn, 90);
    m_table->setColumnWidth(ObservationModel::IndicatorColumn, 170);
    // A figure is never cut short ("966,8 млн долл. США").
    m_table->horizontalHeader()->setSectionResizeMode(ObservationModel::ValueColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ObservationModel::ScopeColumn, 260);
    m_table->widenColumnsToHeaders();
    addWidget(m_table);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({600, 300});
    // The chart is never squeezed below the height its labels need.
    setChildrenCollapsible(false);
}

RegionalTradePage::RegionalTradePage(RecordFilterModel *observations, SourceModel *sources,
                                     QWidget *parent)
    : QWidget(parent)
    , m_chart(new RegionalTradeChart)
{
    m_chart->setModel(observations);
    m_chart->setSourceModel(sources);
    bareLayout(this)->addWidget(m_chart);
}

PairingsPage::PairingsPage(RecordFilterModel *pairings, RegionCountModel *counts, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_table(makeRecordTable(pairings, QStringLiteral("pairings")))
    , m_counts(new RecordTableView)
    , m_countsTitle(new QLabel)
{
    m_table->setColumnWidth(PairingModel::BelarusianSideColumn, 220);
    m_table->setColumnWidth(PairingModel::KazakhSideColumn, 220);
    m_table->setColumnWidth(PairingModel::LevelColumn, 100);
    m_table->setColumnWidth(PairingModel::YearColumn, 55);
    m_table->setColumnWidth(PairingModel::DocumentColumn, 100);
    m_table->setColumnWidth(PairingModel::AreasColumn, 170);
    m_table->widenColumnsToHeaders();
    addWidget(m_table);

    auto *countsBox = new QWidget;
    QVBoxLayout *countsLayout = bareLayout(countsBox);
    countsLayout->setSpacing(2);
    m_countsTitle->setContentsMargins(6, 6, 6, 2);
    countsLayout->addWidget(m_countsTitle);
    m_counts->setObjectName(QStringLiteral("regionCountsTable"));
    m_counts->setModel(counts);
    m_counts->verticalHeader()->hide();
    m_counts->setShowGrid(false);
    m_counts->setAlternatingRowColors(true);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_counts->horizontalHeader();
    header->setSectionResizeMode(RegionCountModel::RegionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RegionCountModel::CountColumn, QHeaderView::ResizeToContents);
    // The region's name says its country ("Gomel Region", "Kostanay Region"): its column
    // would take the width the names need beside the table of pairings.
    m_counts->setColumnHidden(RegionCountModel::CountryColumn, true);
    countsBox->setMinimumWidth(m_counts->fontMetrics().averageCharWidth() * 42);
    countsLayout->addWidget(m_counts, 1);
    addWidget(countsBox);
    setStretchFactor(0, 4);
    setStretchFactor(1, 1);
    setSizes({800, 260});
    retranslateUi();
}

void PairingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QSplitter::changeEvent(event);
}

void PairingsPage::retranslateUi()
{
    m_counts->setToolTip(tr("Double-click a region to filter every view to it"));
    m_countsTitle->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Partnerships per region").toHtmlEscaped()));
}

VenturesPage::VenturesPage(RecordFilterModel *ventures, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_table(makeRecordTable(ventures, QStringLiteral("ventures")))
    , m_chart(new VentureOutputChart)
{
    m_table->setColumnWidth(VentureModel::NameColumn, 300);
    m_table->setColumnWidth(VentureModel::SectorColumn, 180);
    m_table->setColumnWidth(VentureModel::PlaceColumn, 150);
    m_table->setColumnWidth(VentureModel::StartColumn, 60);
    m_table->setColumnWidth(VentureModel::StatusColumn, 100);
    m_table->widenColumnsToHeaders();
    addWidget(m_table);
    m_chart->setModel(ventures);
    addWidget(m_chart);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    setSizes({520, 340});
}

SourcesPage::SourcesPage(RecordFilterModel *sources, QWidget *parent)
    : QWidget(parent)
    , m_table(makeRecordTable(sources, QStringLiteral("sources")))
{
    m_table->setColumnWidth(SourceModel::NoteColumn, 100);
    m_table->setColumnWidth(SourceModel::AuthorColumn, 130);
    m_table->setColumnWidth(SourceModel::TitleColumn, 460);
    m_table->setColumnWidth(SourceModel::OutletColumn, 200);
    m_table->widenColumnsToHeaders();
    bareLayout(this)->addWidget(m_table);
}

MapPage::MapPage(RecordFilterModel *pairings, RecordFilterModel *ventures, QWidget *parent)
    : QWidget(parent)
    , m_layers(new MapLayerBar)
    , m_map(new MapView)
{
    m_map->setModels(pairings, ventures);
    QVBoxLayout *layout = bareLayout(this);
    layout->addWidget(m_layers);
    layout->addWidget(m_map, 1);
    connect(m_layers, &MapLayerBar::layersChanged, m_map, &MapView::setLayers);
}

} // namespace pe
