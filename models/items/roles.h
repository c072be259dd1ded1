#pragma once

#include <QModelIndex>
#include <QVariant>

#include <optional>

namespace pe {

// Roles every dataset model answers, so that one filter proxy and every view can ask any
// model the same questions. A model returns an invalid QVariant for a role that does not
// apply to its records (a pairing has no sector): filters ignore such roles. Vocabulary
// values travel as their enums (models/terms.h), never as keys or labels.
enum DataRole : int {
    IdRole = Qt::UserRole + 1, // QString, the record's id
    YearRole,                  // int, 0 when unknown
    DateKeyRole,               // int, sortable yyyymmdd (month/day 0 when not given)
    CategoryRole,              // Category (events)
    SectorRole,                // QList<Sector>: a record's own, or its ventures' (events)
    PlacesRole,        // QStringList of place ids, with the regions and countries containing them
    SourcesRole,       // QStringList of source ids
    SearchTextRole,    // QString: every text of the record in en, fr and ru
    TitleRole,         // QString in the dataset language
    TextRole,          // QString in the dataset language
    ValueRole,         // double (observations, milestone totals)
    IndicatorRole,     // Indicator (observations)
    UnitRole,          // Unit (observations)
    QualifierRole,     // Qualifier (observations)
    StatusRole,        // ObservationStatus (observations); VentureStatus (ventures)
    ReportingSideRole, // Side: Belarus, Kazakhstan or Unknown (observations)
    SupplementaryRole, // bool: the record comes from outside the book
    FullYearRole,      // bool (observations)
    ScopeRole,         // Scope (observations)
    LinkedIdsRole,     // QStringList of related record ids (events, observations)
    SortRole,          // a value to sort the column by
    MilestonesRole,    // QVariantList of QVariantMap {year, units, valueUsdM, jobs, text, sources}
                       // (ventures)
};

// The vocabulary value a role holds, or nullopt when the model does not answer the role
// with one of type E: a row of another model never passes for the enum's first value.
template<typename E> std::optional<E> roleValue(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    if (value.metaType() != QMetaType::fromType<E>())
        return std::nullopt;
    return value.value<E>();
}

} // namespace pe
