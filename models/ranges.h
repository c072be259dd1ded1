#pragma once

#include <QList>
#include <QString>

namespace pe {

// Sorted whole numbers as runs: 2006, 2007, 2008, 2015 → "2006–2008, 2015". A run shorter than
// minRun is listed number by number (notes 4, 5 read better than "4–5").
QString compressRuns(const QList<int> &sorted, int minRun = 2);

} // namespace pe
