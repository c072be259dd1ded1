#pragma once

#include "models/dataset.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

class QTabWidget;
class QTableView;

namespace pe {

class MapView;
class RecordTableView;

class RegionalTradeChart;
class SelectionState;
class TimelineView;
class TurnoverChart;
class VentureOutputChart;

// Makes the views follow the one SelectionState: brings up a tab that shows the current
// record, selects its row in its table and its event on the timeline, marks the year of a
// dated record, and marks the year on the timeline and the turnover chart. A row chosen in
// a table is written back to the state; the state's equality check ends the round trip.
class SelectionController : public QObject
{
    Q_OBJECT

public:
    SelectionController(SelectionState *selection, QTabWidget *tabs, QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // The tabs that show records of this kind; the first is the one brought up when the
    // current tab shows none.
    void setTabsFor(RecordKind kind, const QList<int> &tabs);
    // Follows the state and writes the row the user picks into it.
    // The rows the reader chooses in the table are selected; the table follows every
    // selection.
    void addTable(RecordKind kind, RecordTableView *table);
    // The timeline and the charts show the selection and select: a click writes the record
    // or the year it hit into the state.
    void setTimeline(TimelineView *timeline);
    void setCharts(TurnoverChart *turnover, RegionalTradeChart *regional,
                   VentureOutputChart *ventureOutput);
    // The map rings the current event's places and marks the current partnership or venture;
    // an arc or a pin chosen there becomes the current record.
    void setMap(MapView *map);

private:
    void followRecord(const QString &id);
    void followYear(int year);
    void selectRow(QTableView *table, const QString &id, bool scroll);
    void reselect(QTableView *table);

    SelectionState *m_selection;
    QTabWidget *m_tabs;
    std::shared_ptr<const Dataset> m_dataset;
    QMap<RecordKind, QList<int>> m_tabsFor;
    QMap<RecordKind, QTableView *> m_tables;
    TimelineView *m_timeline = nullptr;
    TurnoverChart *m_turnover = nullptr;
};

} // namespace pe
