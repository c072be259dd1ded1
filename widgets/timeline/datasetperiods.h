#pragma once

#include <QString>

namespace pe {

class Dataset;
class TimelineView;

// Gives the timeline what the dataset says it annotates: its periods (a programme, a treaty's
// term), labelled in the dataset's language, and the years the axis always covers. A dataset
// without them draws none. The window and the timeline export call it alike, so both draw
// the same; the window calls it again on a language change, for the labels.
void applyDatasetPeriods(TimelineView *timeline, const Dataset *dataset, const QString &language);

} // namespace pe
