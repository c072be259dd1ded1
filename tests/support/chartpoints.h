#pragma once

#include "models/chartdata/chartseriesbuilder.h"

#include <QList>
#include <QStringList>

namespace pe::test {

// The shipped dataset's chart window: 2005–2021, and 2022 where a national figure exists.
inline constexpr YearWindow bookWindow{2005, 2021, 2022};

// The ids of points in their order, to compare which records a series holds in one line.
QStringList ids(const QList<ChartPoint> &points);

} // namespace pe::test
