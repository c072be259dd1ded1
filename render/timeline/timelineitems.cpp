#include "render/timeline/timelineitems.h"

#include "models/items/roles.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace pe {

namespace {
constexpr double domainPadding = 0.5;

quint64 nextRevision()
{
    static std::atomic<quint64> revision{0};
    return ++revision;
}
} // namespace

TimelineItems TimelineItems::fromModel(const QAbstractItemModel *model)
{
    TimelineItems items;
    items.m_revision = nextRevision();
    if (model) {
        const int rows = model->rowCount();
        items.m_modelHasNoRows = rows == 0 && model->columnCount() > 0;
        items.m_events.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, 0);
            TimelineEvent e;
            if (!e.setDateKey(index.data(DateKeyRole).toInt()) &&
                !e.setDateKey(index.data(YearRole).toInt() * 10000))
                continue; // nothing to place on an axis
            const std::optional<Category> category = roleValue<Category>(index, CategoryRole);
            if (!category)
                continue; // no lane
            e.id = index.data(IdRole).toString();
            e.category = *category;
            e.title = index.data(TitleRole).toString();
            e.modelRow = row;
            items.m_events.push_back(std::move(e));
        }
    }
    // The proxy may be sorted by another column for a table sharing it: keep date order.
    std::stable_sort(
        items.m_events.begin(), items.m_events.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.dateKey < b.dateKey; });

    QSet<Category> present;
    for (const TimelineEvent &e : items.m_events)
        present.insert(e.category);
    for (const Category category : allValues<Category>()) {
        if (present.contains(category))
            items.m_lanes.append(category);
    }

    QHash<Category, int> laneOf;
    for (int i = 0; i < items.m_lanes.size(); ++i)
        laneOf.insert(items.m_lanes.at(i), i);
    for (int i = 0; i < items.size(); ++i) {
        TimelineEvent &e = items.m_events[size_t(i)];
        e.lane = laneOf.value(e.category);
        items.m_indexOfId.insert(e.id, i);
    }
    return items;
}

TimelineDomain TimelineItems::domain(const std::optional<TimelineDomain> &minimum) const
{
    double first = 0;
    double last = 0;
    if (minimum) {
        first = minimum->from;
        last = minimum->to;
    } else if (m_events.empty()) {
        // Nothing to go by: this year, so that the axis still reads sensibly.
        first = QDate::currentDate().year();
        last = first + 1;
    } else {
        first = m_events.front().start;
        last = m_events.front().end;
    }
    for (const TimelineEvent &e : m_events) {
        first = std::min(first, e.start);
        last = std::max(last, e.end);
    }
    return {std::floor(first) - domainPadding, std::ceil(last) + domainPadding};
}

} // namespace pe
