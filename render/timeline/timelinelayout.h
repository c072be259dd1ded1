#pragma once

#include "models/terms.h"

#include <QString>

#include <utility>
#include <vector>

namespace pe {

// How precisely an event's date is known. The timeline draws each differently so that a
// reader never takes "some time in 2010" for "on 1 July 2010".
enum class DatePrecision { Year, Month, Day };

// An event as the timeline needs it, copied from the model once per model change so that
// painting and hit testing never query the model row by row.
struct TimelineEvent
{
    QString id;
    Category category = Category::Diplomacy;
    QString title;
    int modelRow = -1;
    int dateKey = 0; // yyyymmdd, month and day 0 when unknown
    int lane = 0;
    DatePrecision precision = DatePrecision::Year;
    double start = 0;  // first instant the date covers, in fractional years
    double end = 0;    // end of the day, month or year
    double anchor = 0; // where the marker sits: the day, mid-month or mid-year

    // Fills the date fields from a yyyymmdd key; false when the key has no year.
    bool setDateKey(int key);
};

// Sizes the layout works with, in device units of the target (screen, 2× image, PDF): the
// caller derives them from the label font there, so the layout is the same on every device.
struct TimelineLayoutMetrics
{
    double pixelsPerYear = 40;
    double markerHalfWidth = 6; // a dot with its halo
    double gap = 3;             // between markers, and between a label and the next marker
    double clusterWidth = 24;   // a cluster pill
    double labelPadding = 5;    // from a marker to its label
    double minLabelWidth = 36;  // less room than this and the label is left out, not "T…"
    double maxLabelWidth = 220;
    int rowsPerLane = 2;

    bool operator==(const TimelineLayoutMetrics &o) const;
    bool operator!=(const TimelineLayoutMetrics &o) const { return !(*this == o); }
};

// One marker: an event, or a cluster standing for events too close to be told apart.
// Horizontal positions are absolute (years × pixelsPerYear), so panning moves the view
// over the layout without recomputing it.
struct TimelineNode
{
    int lane = 0;
    int row = 0;     // marker row within the lane
    int first = 0;   // first of its events in TimelineLayout::laneEvents(lane)
    int count = 1;   // > 1 for a cluster
    double left = 0; // marker extent
    double right = 0;
    double labelWidth = 0; // room for a label right of the marker; 0: no label (clusters)

    bool isCluster() const { return count > 1; }
};

// Places events in lanes and rows and collapses dense stretches into clusters, so that
// neither markers nor labels ever overlap.
//
// Per lane, events are grouped by a window one cluster wide: events closer than that
// cannot get markers of their own on one row. A group gets one marker per event when
// enough rows are free at that spot (events stack), otherwise one cluster marker. Because
// a cluster never reaches past its window, clusters never overlap one another, and the
// result does not depend on the visible range: panning never reshuffles clusters.
// Each marker takes the row whose previous label has the most room; that label is then
// cut to end before the new marker, or dropped when too little is left. Clusters show
// their count in the marker and take no label.
class TimelineLayout
{
public:
    // events: in any order; each event's lane must be in [0, laneCount).
    void build(const std::vector<TimelineEvent> &events, int laneCount,
               const TimelineLayoutMetrics &metrics);
    void clear();

    const TimelineLayoutMetrics &metrics() const { return m_metrics; }
    int laneCount() const { return int(m_laneEvents.size()); }
    const std::vector<TimelineNode> &nodes() const { return m_nodes; }
    // Event indices of a lane, ordered by their marker position.
    const std::vector<int> &laneEvents(int lane) const { return m_laneEvents.at(lane); }
    // Index range [begin, end) into nodes() of a lane's nodes, ordered by left edge.
    std::pair<int, int> laneNodes(int lane) const;
    // The lane's nodes whose marker or label reaches into [left, right] (absolute units).
    std::pair<int, int> laneNodesIn(int lane, double left, double right) const;
    int nodeOfEvent(int eventIndex) const;
    std::vector<int> eventsOf(int node) const;
    int clusterCount() const { return m_clusterCount; }
    // Absolute x of an event's anchor.
    double x(const TimelineEvent &event) const { return event.anchor * m_metrics.pixelsPerYear; }

private:
    TimelineLayoutMetrics m_metrics;
    std::vector<std::vector<int>> m_laneEvents;
    std::vector<int> m_laneBegin; // laneCount + 1 entries into m_nodes
    std::vector<TimelineNode> m_nodes;
    std::vector<int> m_nodeOfEvent;
    int m_clusterCount = 0;
};

// Which ticks the axis shows at a zoom level: labelled years every yearStep years, and
// months when there is room for them.
struct TimelineTicks
{
    int yearStep = 1;
    int monthStep = 0;      // months between labelled month ticks; 0: no month labels
    bool monthGrid = false; // faint month lines, labelled or not

    // yearLabelWidth/monthLabelWidth: the room a label needs, in the same units as
    // pixelsPerYear.
    static TimelineTicks choose(double pixelsPerYear, double yearLabelWidth,
                                double monthLabelWidth);
};

} // namespace pe
