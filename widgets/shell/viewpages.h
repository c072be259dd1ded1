#pragma once

#include <QSplitter>

class QLabel;

namespace pe {

class MapLayerBar;
class MapView;
class RecordFilterModel;
class RegionalTradeChart;
class RecordTableView;
class RegionCountModel;
class SourceModel;
class TimelineView;
class TradeSeriesPicker;
class TurnoverChart;
class VentureOutputChart;

// The tabs of the main window, one small class each. A page builds its views over the
// proxies it is given and owns their layout and column widths; what the views show and
// select is wired by the window, not here.

// A table of one collection as every page shows it: sortable, one whole row selected.
RecordTableView *makeRecordTable(RecordFilterModel *proxy, const QString &collection);

// The timeline above the list of the same events.
class TimelinePage : public QSplitter
{
    Q_OBJECT

public:
    explicit TimelinePage(RecordFilterModel *events, QWidget *parent = nullptr);
    TimelineView *timeline() const { return m_timeline; }
    RecordTableView *table() const { return m_table; }

private:
    TimelineView *m_timeline;
    RecordTableView *m_table;
};

// The turnover chart above every figure of the book, national or not.
class TurnoverPage : public QSplitter
{
    Q_OBJECT

public:
    TurnoverPage(RecordFilterModel *observations, SourceModel *sources, QWidget *parent = nullptr);
    TurnoverChart *chart() const { return m_chart; }
    TradeSeriesPicker *picker() const { return m_picker; }
    RecordTableView *table() const { return m_table; }

private:
    TurnoverChart *m_chart;
    TradeSeriesPicker *m_picker;
    RecordTableView *m_table;
};

// The regional figures as bars.
class RegionalTradePage : public QWidget
{
    Q_OBJECT

public:
    RegionalTradePage(RecordFilterModel *observations, SourceModel *sources,
                      QWidget *parent = nullptr);
    RegionalTradeChart *chart() const { return m_chart; }

private:
    RegionalTradeChart *m_chart;
};

// The pairings with the count per region beside them.
class PairingsPage : public QSplitter
{
    Q_OBJECT

public:
    PairingsPage(RecordFilterModel *pairings, RegionCountModel *counts, QWidget *parent = nullptr);
    RecordTableView *table() const { return m_table; }
    RecordTableView *regionCounts() const { return m_counts; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RecordTableView *m_table;
    RecordTableView *m_counts;
    QLabel *m_countsTitle;
};

// The ventures above the units their plants produced.
class VenturesPage : public QSplitter
{
    Q_OBJECT

public:
    explicit VenturesPage(RecordFilterModel *ventures, QWidget *parent = nullptr);
    RecordTableView *table() const { return m_table; }
    VentureOutputChart *chart() const { return m_chart; }

private:
    RecordTableView *m_table;
    VentureOutputChart *m_chart;
};

// Every source: the book's notes and the supplementary pages.
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPage(RecordFilterModel *sources, QWidget *parent = nullptr);
    RecordTableView *table() const { return m_table; }

private:
    RecordTableView *m_table;
};

// The map of the filtered partnerships and ventures, under its layers' switches.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    MapPage(RecordFilterModel *pairings, RecordFilterModel *ventures, QWidget *parent = nullptr);
    MapView *map() const { return m_map; }
    MapLayerBar *layerBar() const { return m_layers; }

private:
    MapLayerBar *m_layers;
    MapView *m_map;
};

} // namespace pe
