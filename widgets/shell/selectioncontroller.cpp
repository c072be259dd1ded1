#include "widgets/shell/selectioncontroller.h"

#include "models/items/roles.h"
#include "models/state/selectionstate.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/map/mapview.h"
#include "widgets/shell/recordtableview.h"
#include "widgets/timeline/timelineview.h"

#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>

namespace pe {

SelectionController::SelectionController(SelectionState *selection, QTabWidget *tabs,
                                         QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_tabs(tabs)
{
    connect(m_selection, &SelectionState::currentIdChanged, this,
            &SelectionController::followRecord);
    connect(m_selection, &SelectionState::markedYearChanged, this,
            &SelectionController::followYear);
}

void SelectionController::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
}

void SelectionController::setTabsFor(RecordKind kind, const QList<int> &tabs)
{
    m_tabsFor.insert(kind, tabs);
}

void SelectionController::addTable(RecordKind kind, RecordTableView *table)
{
    m_tables.insert(kind, table);
    connect(table, &RecordTableView::recordChosen, m_selection, &SelectionState::setCurrentId);
    // A filter that hides the selected row, then shows it again: the row is selected again.
    connect(table->model(), &QAbstractItemModel::rowsInserted, this,
            [this, table] { reselect(table); });
    connect(table->model(), &QAbstractItemModel::modelReset, this,
            [this, table] { reselect(table); });
    connect(table->model(), &QAbstractItemModel::layoutChanged, this,
            [this, table] { reselect(table); });
}

void SelectionController::reselect(QTableView *table)
{
    const QString id = m_selection->currentId();
    if (!id.isEmpty() && m_dataset && m_tables.value(m_dataset->kindOf(id)) == table)
        selectRow(table, id, false);
}

void SelectionController::setTimeline(TimelineView *timeline)
{
    m_timeline = timeline;
    connect(timeline, &TimelineView::currentChanged, m_selection, &SelectionState::setCurrentId);
    connect(timeline, &TimelineView::yearActivated, m_selection, &SelectionState::selectYear);
}

void SelectionController::setCharts(TurnoverChart *turnover, RegionalTradeChart *regional,
                                    VentureOutputChart *ventureOutput)
{
    m_turnover = turnover;
    connect(turnover, &TurnoverChart::yearClicked, m_selection, &SelectionState::selectYear);
    connect(turnover, &TurnoverChart::observationActivated, m_selection,
            &SelectionState::setCurrentId);
    connect(regional, &RegionalTradeChart::observationActivated, m_selection,
            &SelectionState::setCurrentId);
    connect(ventureOutput, &VentureOutputChart::ventureActivated, m_selection,
            &SelectionState::setCurrentId);
    for (DataChartView *chart :
         std::initializer_list<DataChartView *>{turnover, regional, ventureOutput})
        connect(chart, &DataChartView::itemActivated, m_selection, &SelectionState::setCurrentId);
}

void SelectionController::setMap(MapView *map)
{
    connect(map, &MapView::recordActivated, m_selection, &SelectionState::setCurrentId);
    connect(m_selection, &SelectionState::currentIdChanged, map, &MapView::setCurrentId);
    map->setCurrentId(m_selection->currentId());
}

void SelectionController::followRecord(const QString &id)
{
    if (!m_dataset || id.isEmpty())
        return;
    const RecordKind kind = m_dataset->kindOf(id);
    const QList<int> tabs = m_tabsFor.value(kind);
    if (!tabs.isEmpty() && !tabs.contains(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(tabs.first());
    if (QTableView *table = m_tables.value(kind))
        selectRow(table, id, true);
    switch (kind) {
    case RecordKind::Event:
        if (m_timeline)
            m_timeline->setCurrentId(id);
        m_selection->setMarkedYear(m_dataset->event(id)->year);
        break;
    case RecordKind::Observation:
        m_selection->setMarkedYear(m_dataset->observation(id)->year);
        break;
    case RecordKind::Venture:
    case RecordKind::Pairing:
    case RecordKind::Source:
    case RecordKind::Place:
    case RecordKind::None:
        break;
    }
}

void SelectionController::followYear(int year)
{
    if (m_timeline)
        m_timeline->setMarkedYear(year);
    if (m_turnover)
        m_turnover->setMarkedYear(year);
}

void SelectionController::selectRow(QTableView *table, const QString &id, bool scroll)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(IdRole).toString() == id) {
            // Writes the same id back through currentRowChanged: the state ignores it.
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            if (scroll)
                table->scrollTo(index);
            return;
        }
    }
    table->clearSelection();
}

} // namespace pe
