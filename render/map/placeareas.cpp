#include "render/map/placeareas.h"

#include <algorithm>

namespace pe {

namespace {

bool isCountry(const Place *place)
{
    return place && place->kind == PlaceKind::Country;
}

// "South Kazakhstan region" names Natural Earth's "South Kazakhstan".
bool namesArea(const Place &place, const QString &areaName)
{
    if (areaName.isEmpty())
        return false;
    QStringList names = place.altNames;
    names << place.name.en << place.name.fr << place.name.ru;
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
        return name.startsWith(areaName, Qt::CaseInsensitive);
    });
}

} // namespace

PlaceAreas::PlaceAreas(const Dataset &dataset, const BaseMap &map)
{
    QHash<QString, int> firstLevelArea;
    for (const Place &place : dataset.places) {
        if (place.kind == PlaceKind::Country)
            continue;
        // Up the parents to the place whose parent is the country (or that has none); a
        // cycle the loader would have refused cannot hang the walk.
        const Place *first = &place;
        for (int guard = 0; guard < 16; ++guard) {
            const Place *parent = dataset.place(first->parent);
            if (!parent || isCountry(parent))
                break;
            first = parent;
        }
        m_firstLevel.insert(place.id, first->id);
        if (!firstLevelArea.contains(first->id)) {
            const GeoPoint point{first->lon, first->lat};
            int area = map.areaAt(point);
            if (area >= 0 && map.areas().at(area).country != first->country)
                area = -1;
            if (area < 0) {
                area = map.nearestArea(point, first->country);
                if (area >= 0)
                    m_nearest.append(first->id);
            }
            firstLevelArea.insert(first->id, area);
            if (area >= 0)
                m_placesIn[area].append(first->id);
        }
        m_area.insert(place.id, firstLevelArea.value(first->id));
    }
    for (auto it = m_placesIn.begin(); it != m_placesIn.end(); ++it) {
        const QString &areaName = map.areas().at(it.key()).name;
        std::sort(it->begin(), it->end(), [&](const QString &a, const QString &b) {
            const bool aNames = namesArea(*dataset.place(a), areaName);
            const bool bNames = namesArea(*dataset.place(b), areaName);
            if (aNames != bNames)
                return aNames;
            return a < b;
        });
    }
}

} // namespace pe
