#pragma once

#include <QByteArray>

namespace pe::bench {

// A valid dataset of the given size, for measuring load, filter and paint times at scale
// (the product budgets: 10,000 events, 2,000 pairings, 1,000 ventures). The texts are generated,
// not facts: it never ships.
QByteArray syntheticDataset(int events, int pairings, int ventures);

// A large dataset made of real texts: the shipped dataset (its bytes given) with its events,
// pairings and ventures copied under new ids until there are as many as asked, each copy's
// texts numbered. About 20 MB for 10,000 events, 2,000 pairings and 1,000 ventures: what a
// compiler of a much bigger chronicle would open, for the loader's speed and memory.
QByteArray largeDataset(const QByteArray &shipped, int events, int pairings, int ventures);

} // namespace pe::bench
