#include "widgets/timeline/datasetperiods.h"

#include "models/dataset.h"
#include "widgets/timeline/timelineview.h"

namespace pe {

void applyDatasetPeriods(TimelineView *timeline, const Dataset *dataset, const QString &language)
{
    TimelinePeriods periods;
    if (dataset) {
        for (const Period &period : dataset->periods)
            periods.append({period.start(), period.end(), period.name.text(language)});
    }
    timeline->setPeriods(periods);
    const DatasetMetadata *metadata = dataset ? &dataset->metadata : nullptr;
    if (metadata && metadata->timelineFrom && metadata->timelineTo)
        timeline->setMinimumRange(metadata->timelineFrom, metadata->timelineTo + 1.0);
    else
        timeline->setMinimumRange(0, 0); // the data's own span
}

} // namespace pe
