#pragma once

#include <QList>
#include <QString>

namespace pe {

// A stretch of time the timeline shades behind the events, such as a programme or the
// term of a treaty. Years as fractions (1 November 2017 is 2017 + 10/12); `to` is
// exclusive, so 2027.0 is the end of 2026. The label is shown as given: the caller
// translates it.
struct TimelinePeriod
{
    double from = 0;
    double to = 0;
    QString label;
};

using TimelinePeriods = QList<TimelinePeriod>;

} // namespace pe
