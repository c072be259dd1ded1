#pragma once

#include <QHashFunctions>

namespace pe {

// Qt's PDF writer keeps the fonts it embeds in a QHash and writes them in the hash's order,
// which the random per-process seed changes from one run to the next: the same export would
// differ in every byte after the first font. A hash takes the global seed when it is made
// and keeps it: the writer's, made while this lives, orders its fonts alike in every
// process. Only the hashes made while one PDF is drawn have the fixed seed.
class DeterministicHashOrder
{
public:
    DeterministicHashOrder() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashOrder() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashOrder(const DeterministicHashOrder &) = delete;
    DeterministicHashOrder &operator=(const DeterministicHashOrder &) = delete;
};

} // namespace pe
