#pragma once

#include "models/terms.h"

#include <QSet>
#include <QString>

#include <optional>

namespace pe {

// The filters shared by every view: one search box, a year range, event categories, a
// region and a sector. A default-constructed filter lets everything through.
struct RecordFilter
{
    QString text;
    int fromYear = 0; // 0: open
    int toYear = 0;   // 0: open
    QSet<Category> categories;
    QString place; // a place id; matches records in it or in places within it
    std::optional<Sector> sector;
    // The book's records only: what comes from supplementary pages is hidden.
    bool bookOnly = false;
    // Records a lecture holds back until it reveals them (a tour step's "reveal"). Not a
    // filter the reader set, so the filter bar does not count it.
    QSet<QString> heldBack;

    bool isActive() const
    {
        return !text.trimmed().isEmpty() || fromYear || toYear || !categories.isEmpty() ||
               !place.isEmpty() || sector.has_value() || bookOnly;
    }
    // Whether anything but the search text can hide a record (held-back records included).
    bool constrainsFields() const
    {
        return fromYear || toYear || !categories.isEmpty() || !place.isEmpty() ||
               sector.has_value() || bookOnly || !heldBack.isEmpty();
    }
    bool operator==(const RecordFilter &o) const
    {
        return text == o.text && fromYear == o.fromYear && toYear == o.toYear &&
               categories == o.categories && place == o.place && sector == o.sector &&
               bookOnly == o.bookOnly && heldBack == o.heldBack;
    }
    bool operator!=(const RecordFilter &o) const { return !(*this == o); }
};

} // namespace pe
