#pragma once

#include <Qt>

namespace pe {

// Roles every dataset model answers, so that one filter proxy and every view can ask any
// model the same questions. A model returns an invalid QVariant for a role that does not
// apply to its records (a pairing has no sector): filters ignore such roles.
enum DataRole : int {
    IdRole = Qt::UserRole + 1, // QString, the record's id
    YearRole,                  // int, 0 when unknown
    DateKeyRole,               // int, sortable yyyymmdd (month/day 0 when not given)
    CategoryRole,              // QString event category key
    SectorRole,                // QStringList of sector keys
    PlacesRole,        // QStringList of place ids, with the regions and countries containing them
    SourcesRole,       // QStringList of source ids
    SearchTextRole,    // QString: every text of the record in en, fr and ru
    TitleRole,         // QString in the dataset language
    TextRole,          // QString in the dataset language
    ValueRole,         // double (observations, milestone totals)
    IndicatorRole,     // QString (observations)
    UnitRole,          // QString (observations)
    QualifierRole,     // QString (observations)
    StatusRole,        // QString (observations: actual/target/forecast; ventures)
    ReportingSideRole, // QString BY/KZ/unknown (observations)
    SupplementaryRole, // bool: the record comes from outside the book
    FullYearRole,      // bool (observations)
    ScopeRole,         // QString (observations)
    LinkedIdsRole,     // QStringList of related record ids (events, observations)
    SortRole,          // a value to sort the column by
    MilestonesRole,    // QVariantList of QVariantMap {year, units, valueUsdM, jobs, text, sources}
                       // (ventures)
};

} // namespace pe
