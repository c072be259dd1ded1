#pragma once

#include "render/viewtheme.h"

#include <QImage>
#include <QSize>

namespace pe {
class DataChartView;
}

namespace pe::test {

// The chart painted as an export paints it, into a transparent picture of size at 1×: the
// plot, axes and legend a PNG would hold, without the page around them.
QImage render(DataChartView &chart, const QSize &size, const ViewTheme &theme);

} // namespace pe::test
