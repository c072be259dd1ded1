#pragma once

namespace pe {

class TimelineView;

// Gives the timeline what it annotates until the dataset carries its own periods and span:
// the two frameworks of economic cooperation of the book and its thirty years. The window
// and the timeline export call it alike, so both draw the same periods; the window calls
// it again on a language change, for the labels.
void showBookPeriods(TimelineView *timeline);

} // namespace pe
