#pragma once

#include "render/timeline/timelinelayout.h"
#include "render/timeline/timelineperiod.h"
#include "render/timeline/timelineviewport.h"
#include "render/viewtheme.h"

#include <QFont>
#include <QList>
#include <QRectF>

#include <vector>

class QPaintDevice;

namespace pe {

// Where everything goes for one paint on one device: computed from the target rect and
// the label font there, so screen, images, SVG and PDF share one geometry, and hit tests
// on screen use the very geometry that was drawn.
struct TimelineFrame
{
    struct LegendEntry
    {
        enum Kind { Category, Day, Month, Year, Cluster };
        Kind kind = Category;
        pe::Category category = pe::Category::Diplomacy; // for Kind::Category only
        QString text;
        QPointF pos; // left end of the symbol, on the text's centre line
    };

    // theme: with the font size already scaled (presentation mode); lanes: the categories
    // of TimelineItems::lanes(); periods: their labels decide the strip's height.
    static TimelineFrame compute(const QPaintDevice *device, const QRectF &rect,
                                 const ViewTheme &theme, const QList<pe::Category> &lanes,
                                 const TimelineViewport &viewport,
                                 const TimelinePeriods &periods = {});

    QRectF rect;
    qreal u = 1; // a point of the base type size, in device units
    QFont laneFont, labelFont, selectedFont, axisFont, yearFont, periodFont, countFont, legendFont;
    qreal labelAscent = 0;
    qreal labelDescent = 0;
    QRectF laneColumn;
    QRectF periodStrip;  // above the lanes: the period labels
    int periodLines = 1; // two when a label needs them to be read whole
    QRectF plot;
    QRectF axis;
    QRectF legend;
    int lanes = 0;
    qreal laneHeight = 0;
    qreal rowHeight = 0;
    double from = 0;
    double span = 1;
    double ppy = 1; // device units per year
    TimelineTicks ticks;
    TimelineLayoutMetrics metrics;
    QString textKey; // font and resolution: measured text is valid for one key only
    std::vector<LegendEntry> legendEntries;

    double x(double year) const { return plot.left() + (year - from) * ppy; }
    double yearAt(double px) const { return from + (px - plot.left()) / ppy; }
    // Between the layout's absolute positions and device x.
    double screen(double absolute) const { return plot.left() + absolute - from * ppy; }
    double absolute(double px) const { return px - plot.left() + from * ppy; }
    double rowY(int lane, int row) const
    {
        const double used = rowHeight * metrics.rowsPerLane;
        return plot.top() + lane * laneHeight + (laneHeight - used) / 2 + (row + 0.5) * rowHeight;
    }
    QRectF laneRect(int lane) const
    {
        return QRectF(laneColumn.left(), plot.top() + lane * laneHeight,
                      plot.right() - laneColumn.left(), laneHeight);
    }
    qreal textBaseline(qreal centreY) const { return centreY + (labelAscent - labelDescent) / 2; }
    // The visible part of a period's band, and the room for its label there (negative when
    // the band is too narrow to be labelled).
    QRectF periodBand(const TimelinePeriod &period) const;
    qreal periodLabelRoom(const TimelinePeriod &period) const;
    // Where a node's marker sits, clipped to the plot; empty when it is outside.
    QRectF markerRect(const TimelineNode &node) const;
};

} // namespace pe
