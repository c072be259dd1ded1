#pragma once

#include "models/dataset.h"

#include <QStringList>

#include <algorithm>

namespace pe {

// Whether a record comes from outside the book: every source it cites is a supplementary
// page. The one answer behind Observation::isSupplementary and every model's
// SupplementaryRole, so the detail pane's "(supplementary)" and a table's mark agree.
// A record citing nothing is not called supplementary: that would claim an origin no source
// gives (the loader refuses such records anyway). Unknown ids count as not supplementary.
inline bool isSupplementary(const Dataset &dataset, const QStringList &sourceIds)
{
    return !sourceIds.isEmpty() &&
           std::all_of(sourceIds.cbegin(), sourceIds.cend(), [&](const QString &id) {
               const Source *s = dataset.source(id);
               return s && s->kind == Source::Kind::Supplementary;
           });
}

} // namespace pe
