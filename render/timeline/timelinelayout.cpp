#include "render/timeline/timelinelayout.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pe {

namespace {
// Absorbs rounding when comparing edges computed from different sums.
constexpr double epsilon = 1e-6;
constexpr double unbounded = std::numeric_limits<double>::infinity();
} // namespace

bool TimelineEvent::setDateKey(int key)
{
    const int year = key / 10000;
    const int month = (key / 100) % 100;
    const int day = key % 100;
    if (year <= 0)
        return false;
    dateKey = key;
    if (month >= 1 && month <= 12 && day >= 1) {
        const QDate date(year, month, day);
        if (date.isValid()) {
            precision = DatePrecision::Day;
            const double days = date.daysInYear();
            start = year + (date.dayOfYear() - 1) / days;
            end = year + date.dayOfYear() / days;
            anchor = (start + end) / 2;
            return true;
        }
    }
    if (month >= 1 && month <= 12) {
        precision = DatePrecision::Month;
        start = year + (month - 1) / 12.0;
        end = year + month / 12.0;
    } else {
        precision = DatePrecision::Year;
        start = year;
        end = year + 1;
    }
    anchor = (start + end) / 2;
    return true;
}

bool TimelineLayoutMetrics::operator==(const TimelineLayoutMetrics &o) const
{
    return pixelsPerYear == o.pixelsPerYear && markerHalfWidth == o.markerHalfWidth &&
           gap == o.gap && clusterWidth == o.clusterWidth && labelPadding == o.labelPadding &&
           minLabelWidth == o.minLabelWidth && maxLabelWidth == o.maxLabelWidth &&
           rowsPerLane == o.rowsPerLane;
}

void TimelineLayout::clear()
{
    m_laneEvents.clear();
    m_laneBegin.assign(1, 0);
    m_nodes.clear();
    m_nodeOfEvent.clear();
    m_clusterCount = 0;
}

void TimelineLayout::build(const std::vector<TimelineEvent> &events, int laneCount,
                           const TimelineLayoutMetrics &metrics)
{
    clear();
    m_metrics = metrics;
    const TimelineLayoutMetrics &m = m_metrics;
    const int rows = std::max(1, m.rowsPerLane);
    const double ppy = m.pixelsPerYear;
    const double hw = m.markerHalfWidth;
    // Wide enough for a cluster, or for two markers side by side: see the class comment.
    const double window = std::max(m.clusterWidth, 2 * hw) + m.gap;

    m_laneEvents.assign(std::max(0, laneCount), {});
    m_nodeOfEvent.assign(events.size(), -1);
    for (int i = 0; i < int(events.size()); ++i) {
        const int lane = events[i].lane;
        if (lane >= 0 && lane < laneCount)
            m_laneEvents[lane].push_back(i);
    }

    struct RowState
    {
        int node = -1;
        double right = -unbounded; // right edge of the last marker
    };
    std::vector<RowState> rowState;
    std::vector<int> freeRows;
    freeRows.reserve(rows);

    // Room the previous label of a row gets if a marker starts at `left`.
    auto labelRoom = [&](const RowState &state, double left) {
        // A cluster's count is in its marker: it has no label to cut short.
        if (state.node < 0 || m_nodes[state.node].isCluster())
            return unbounded;
        return left - m.gap - (m_nodes[state.node].right + m.labelPadding);
    };
    auto finishLabel = [&](int node, double room) {
        if (m_nodes[node].isCluster())
            return;
        const double width = std::min(room, m.maxLabelWidth);
        m_nodes[node].labelWidth = width >= m.minLabelWidth ? width : 0;
    };

    m_laneBegin.assign(1, 0);
    for (int lane = 0; lane < laneCount; ++lane) {
        std::vector<int> &laneEvents = m_laneEvents[lane];
        // Date order puts a year-only event before 1 January; its marker sits mid-year.
        std::stable_sort(laneEvents.begin(), laneEvents.end(),
                         [&](int a, int b) { return events[a].anchor < events[b].anchor; });
        rowState.assign(rows, RowState());

        auto place = [&](TimelineNode node, int row) {
            RowState &state = rowState[row];
            if (state.node >= 0)
                finishLabel(state.node, labelRoom(state, node.left));
            node.row = row;
            m_nodes.push_back(node);
            state.node = int(m_nodes.size()) - 1;
            state.right = node.right;
        };

        const int n = int(laneEvents.size());
        int i = 0;
        while (i < n) {
            const double x0 = events[laneEvents[i]].anchor * ppy;
            int j = i + 1;
            while (j < n && events[laneEvents[j]].anchor * ppy < x0 + window - epsilon)
                ++j;
            const int count = j - i;
            const double left0 = x0 - hw;

            freeRows.clear();
            for (int r = 0; r < rows; ++r) {
                if (rowState[r].right + m.gap <= left0 + epsilon)
                    freeRows.push_back(r);
            }
            // The previous group always leaves at least one row free (its first marker
            // ends a window before this one); guard anyway rather than lose events.
            if (freeRows.empty())
                freeRows.push_back(0);
            std::stable_sort(freeRows.begin(), freeRows.end(), [&](int a, int b) {
                return labelRoom(rowState[a], left0) > labelRoom(rowState[b], left0);
            });

            if (count <= int(freeRows.size())) {
                // Stack the group's events, earliest on top.
                std::vector<int> chosen(freeRows.begin(), freeRows.begin() + count);
                std::sort(chosen.begin(), chosen.end());
                for (int k = 0; k < count; ++k) {
                    const double x = events[laneEvents[i + k]].anchor * ppy;
                    TimelineNode node;
                    node.lane = lane;
                    node.first = i + k;
                    node.count = 1;
                    node.left = x - hw;
                    node.right = x + hw;
                    m_nodeOfEvent[laneEvents[i + k]] = int(m_nodes.size());
                    place(node, chosen[k]);
                }
            } else {
                TimelineNode node;
                node.lane = lane;
                node.first = i;
                node.count = count;
                node.left = left0;
                node.right = left0 + m.clusterWidth;
                for (int k = i; k < j; ++k)
                    m_nodeOfEvent[laneEvents[k]] = int(m_nodes.size());
                ++m_clusterCount;
                place(node, freeRows.front());
            }
            i = j;
        }
        for (const RowState &state : rowState) {
            if (state.node >= 0)
                finishLabel(state.node, unbounded);
        }
        m_laneBegin.push_back(int(m_nodes.size()));
    }
}

std::pair<int, int> TimelineLayout::laneNodes(int lane) const
{
    if (lane < 0 || lane + 1 >= int(m_laneBegin.size()))
        return {0, 0};
    return {m_laneBegin[lane], m_laneBegin[lane + 1]};
}

std::pair<int, int> TimelineLayout::laneNodesIn(int lane, double left, double right) const
{
    const auto [begin, end] = laneNodes(lane);
    // Nodes are ordered by left edge and none reaches further right than a cluster plus
    // the widest label, so a binary search on the left edge finds every candidate.
    const double reach = std::max(m_metrics.clusterWidth, 2 * m_metrics.markerHalfWidth) +
                         m_metrics.labelPadding + m_metrics.maxLabelWidth;
    const auto first =
        std::lower_bound(m_nodes.begin() + begin, m_nodes.begin() + end, left - reach,
                         [](const TimelineNode &node, double value) { return node.left < value; });
    const auto last =
        std::upper_bound(first, m_nodes.begin() + end, right,
                         [](double value, const TimelineNode &node) { return value < node.left; });
    return {int(first - m_nodes.begin()), int(last - m_nodes.begin())};
}

int TimelineLayout::nodeOfEvent(int eventIndex) const
{
    if (eventIndex < 0 || eventIndex >= int(m_nodeOfEvent.size()))
        return -1;
    return m_nodeOfEvent[eventIndex];
}

std::vector<int> TimelineLayout::eventsOf(int node) const
{
    if (node < 0 || node >= int(m_nodes.size()))
        return {};
    const TimelineNode &n = m_nodes[node];
    const std::vector<int> &lane = m_laneEvents[n.lane];
    return std::vector<int>(lane.begin() + n.first, lane.begin() + n.first + n.count);
}

TimelineTicks TimelineTicks::choose(double pixelsPerYear, double yearLabelWidth,
                                    double monthLabelWidth)
{
    TimelineTicks ticks;
    static const int yearSteps[] = {1, 2, 5, 10, 20, 50, 100};
    ticks.yearStep = yearSteps[std::size(yearSteps) - 1];
    for (const int step : yearSteps) {
        if (step * pixelsPerYear >= yearLabelWidth) {
            ticks.yearStep = step;
            break;
        }
    }
    const double perMonth = pixelsPerYear / 12;
    for (const int step : {1, 3}) {
        if (step * perMonth >= monthLabelWidth) {
            ticks.monthStep = step;
            break;
        }
    }
    // Month lines closer than a few label heights only add noise.
    ticks.monthGrid = ticks.yearStep == 1 && perMonth >= monthLabelWidth / 3;
    return ticks;
}

} // namespace pe
