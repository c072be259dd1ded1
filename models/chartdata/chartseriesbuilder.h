#pragma once

#include "models/chartdata/chartlandmark.h"
#include "models/chartdata/tradeserieschoice.h"
#include "models/terms.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace pe {

// One observation as a chart draws it, read through the observation model's roles and
// formatted columns (never from the dataset itself), so that a filter proxy works too.
struct ChartPoint
{
    enum Flag {
        Supplementary = 0x01, // from a page outside the book
        PartYear = 0x02,      // covers part of the year only; `period` says which
        Approximate = 0x04,   // "about", "nearly"
        LowerBound = 0x08,    // "more than"
        UpperBound = 0x10,    // "less than"
        Alternative = 0x20,   // a full-year book figure that the main line did not pick
    };

    QString id;
    int year = 0;
    int periodEnd = 12;
    double value = 0;
    Indicator indicator = Indicator::Turnover;
    Side side = Side::Unknown;
    Qualifier qualifier = Qualifier::Exact;
    ObservationStatus status = ObservationStatus::Actual;
    QString period;        // "" for a full year, else "H1", "Jan–Sep"…
    QString valueText;     // "≈ US$ 479 M"
    QString indicatorText; // "Turnover"
    QString sideText;      // "Belarusian figures"
    QString sourceLabel;   // "note 61", "supplementary"
    QString scopeText;     // "Karaganda Region" for regional figures
    QStringList sources;
    QStringList places;
    int flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    // Approximate or a bound: drawn with a dashed outline, and ≈ / > in the tooltip.
    bool isInexact() const { return (flags & (Approximate | LowerBound | UpperBound)) != 0; }
};

// One main line: the full-year book figures of one indicator as one side reports them,
// split into runs of consecutive years so that nothing is drawn across a missing year.
struct TradeLine
{
    Indicator indicator = Indicator::Turnover;
    Side side = Side::Unknown; // Unknown when the book never says whose figures they are
    QList<QList<ChartPoint>> segments;

    QList<ChartPoint> points() const;
};

struct IndicatorSeries
{
    Indicator indicator = Indicator::Turnover;
    QList<TradeLine> lines;          // the first is the side with most figures
    QList<ChartPoint> alternatives;  // other full-year book figures for a year already on a line
    QList<ChartPoint> supplementary; // full-year figures from outside the book
    QList<ChartPoint> partYear;      // book and supplementary figures for part of a year

    QList<ChartPoint> allPoints() const;
    bool isEmpty() const { return allPoints().isEmpty(); }
};

struct TradeChartData
{
    int firstYear = 0;
    int lastYear = 0;
    QList<IndicatorSeries> indicators; // turnover, exports, imports, balance; those with points
    QList<int> gapYears;               // no full-year figure at all, book or supplementary

    // Landmarks of the whole series, whatever the filter shows: the highest book turnover of
    // the main line and the first year above a billion. A view draws them only when their
    // year is on its axis.
    bool hasRecord = false;
    ChartPoint record;
    bool hasFirstBillion = false;
    ChartPoint firstBillion;

    QList<ChartPoint> allPoints() const;
    const IndicatorSeries *indicator(Indicator indicator) const;
    bool isEmpty() const { return indicators.isEmpty(); }
};

// A horizontal bar of the regional chart: one observation, labelled so that figures of
// different kinds (turnover / exports, year, part of a year) are never read as one series.
struct RegionalBar
{
    ChartPoint point;
    QString label; // "Karaganda Region — Turnover, 2012"
};

struct VentureMilestonePoint
{
    int year = 0;
    double units = 0;
    QString text;
    QStringList sources;
};

struct VentureOutput
{
    QString id;
    QString name;
    QString sourceLabel;
    QList<VentureMilestonePoint> milestones; // those giving units, by year
};

// What the reader chose to see of the trade series: the lines, book figures only or not,
// and the filter's years (0: open).
struct TradeChartOptions
{
    TradeSeriesChoice series;
    bool bookOnly = false;
    int fromYear = 0;
    int toYear = 0;
    // Figures a lecture holds back: not drawn, and while any is, no landmark is called out
    // (the record would give the answer away, and without it would be false).
    QSet<QString> heldBack;
};

// Rounded axis: min and max are multiples of step, and step is 1, 2, 2.5 or 5 × 10^n.
struct AxisScale
{
    double min = 0;
    double max = 1;
    double step = 1;

    QList<double> ticks() const;
};

// Turns model rows into the data the charts draw. Pure logic, no drawing, so tests can check
// every point against the dataset.
class ChartSeriesBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartSeriesBuilder)

public:
    static constexpr double billion = 1000.0; // US$ million

    static QList<Indicator> tradeIndicators(); // turnover, exports, imports, balance

    static ChartPoint readPoint(const QAbstractItemModel *observations, int row);

    // National, actual, US$-million figures of the four trade indicators. When a line has two
    // values for one year it keeps, in this order: the line's own side over "side not stated";
    // exact over approximate over a bound; more significant digits (1,092.5 over "more than
    // 1,000"); then the smaller id, so the choice never depends on how a proxy sorts rows.
    // The figures not picked stay in `alternatives`; a supplementary figure fills a year of
    // its side's line the book leaves empty. The years are the window's (from the dataset),
    // or those of the figures without one, narrowed to the options' years; the model is the
    // whole series (not a filtered proxy), so that the landmarks are the series' own.
    static TradeChartData trade(const QAbstractItemModel *observations,
                                const YearWindow &window = {},
                                const TradeChartOptions &options = {});

    // Regional US$-million figures, largest first.
    static QList<RegionalBar> regional(const QAbstractItemModel *observations);

    // Ventures with units in at least one milestone, in model order.
    static QList<VentureOutput> ventureOutput(const QAbstractItemModel *ventures);

    static AxisScale niceScale(double min, double max, int maxTicks = 7);

    // Ranking used to pick one value per year: lower is better.
    static int qualifierRank(Qualifier qualifier);
    static int significantDigits(double value);

private:
    static QList<ChartPoint> tradePoints(const QAbstractItemModel *observations,
                                         const YearWindow &window);
    static QHash<Indicator, Side> primarySides(const QList<ChartPoint> &points);
    static TradeChartData build(const QList<ChartPoint> &points, int firstYear, int lastYear,
                                const QHash<Indicator, Side> &primarySide);
    static void findLandmarks(TradeChartData &data);
};

} // namespace pe
