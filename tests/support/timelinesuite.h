#pragma once

#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "render/timeline/timelineperiod.h"
#include "render/viewtheme.h"
#include "tests/support/fixturesuite.h"
#include "widgets/timeline/timelineview.h"

#include <QImage>
#include <QSize>

#include <memory>

namespace pe::test {

// Periods and a minimum span as the main window passes them for the built-in dataset.
extern const TimelinePeriods bookPeriods;

// The view painted as an export paints it, into a picture of size at scale (a device pixel
// ratio) filled with the theme's background first.
QImage render(TimelineView &view, const QSize &size, qreal scale, const ViewTheme &theme);

// The base of the TimelineView suites: each test gets a fresh 1400×700 view with the book's
// periods and span, showing the small fixture's events through a filter proxy it may filter
// and sort. The suite's init() calls createView() and its cleanup() destroyView().
class TimelineSuite : public FixtureSuite
{
protected:
    void createView();
    void destroyView();

    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<RecordFilterModel> m_proxy;
    std::unique_ptr<TimelineView> m_view;
};

} // namespace pe::test
