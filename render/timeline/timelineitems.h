#pragma once

#include "render/timeline/timelinelayout.h"
#include "render/timeline/timelineviewport.h"

#include "models/terms.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

class QAbstractItemModel;

namespace pe {

// The rows of an event model as the timeline needs them, copied once per model change so
// that painting and hit testing never query the model row by row. Reads the model only
// through the roles of models/items/roles.h, so any model answering them will do.
class TimelineItems
{
public:
    TimelineItems() = default;
    // Rows without a year or without a category are left out (nothing to place on an axis,
    // no lane to put it in). Events come in date order whatever the model's sort; lanes
    // follow the vocabulary's category order.
    static TimelineItems fromModel(const QAbstractItemModel *model);

    const std::vector<TimelineEvent> &events() const { return m_events; }
    int size() const { return int(m_events.size()); }
    bool isEmpty() const { return m_events.empty(); }
    const TimelineEvent &at(int index) const { return m_events.at(size_t(index)); }
    // -1 when the id is not shown.
    int indexOf(const QString &id) const { return m_indexOfId.value(id, -1); }
    // The categories present, one per lane.
    const QList<Category> &lanes() const { return m_lanes; }
    // The model has columns but no rows: a filter most likely hides every event.
    bool modelHasNoRows() const { return m_modelHasNoRows; }

    // The years the axis covers: the events' span and, when given, the minimum, widened to
    // whole years and padded by half a year.
    TimelineDomain domain(const std::optional<TimelineDomain> &minimum = std::nullopt) const;

    // Changes with every snapshot, so that caches built for one (a layout, measured
    // labels) know when they are stale.
    quint64 revision() const { return m_revision; }

private:
    std::vector<TimelineEvent> m_events; // in date order
    QList<Category> m_lanes;
    QHash<QString, int> m_indexOfId;
    bool m_modelHasNoRows = false;
    quint64 m_revision = 0;
};

} // namespace pe
