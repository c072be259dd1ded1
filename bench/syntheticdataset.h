#pragma once

#include <QByteArray>

namespace pe::bench {

// A valid dataset of the given size, for measuring load, filter and paint times at scale
// (the product budgets: 10,000 events, 2,000 pairings, 1,000 ventures). The texts are generated,
// not facts: it never ships.
QByteArray syntheticDataset(int events, int pairings, int ventures);

} // namespace pe::bench
