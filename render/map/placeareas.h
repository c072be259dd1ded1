#pragma once

#include "models/dataset.h"
#include "render/map/basemap.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pe {

// Where each place of the dataset lies on the base map. A place belongs to its first-level
// place (the region, or a city that belongs to no region: Astana, Almaty, Shymkent, Minsk),
// found through the places table's parents, so a town counts where the dataset files it; that
// place lies in the area its coordinates fall in. The boundaries predate 2018: the dataset's
// newer regions land in the regions they were carved from (Turkestan Region and Shymkent in
// South Kazakhstan, Abai Region in East Kazakhstan), and no place is ever left out: a point a
// simplified border leaves just outside its country goes to the nearest region of it.
class PlaceAreas
{
public:
    PlaceAreas() = default;
    PlaceAreas(const Dataset &dataset, const BaseMap &map);

    // The base-map area of a place, or -1 for a country or a place the dataset lacks.
    int areaOf(const QString &placeId) const { return m_area.value(placeId, -1); }
    // The first-level place a place belongs to ("kz-semey" → "kz-abai-region"); empty for a
    // country.
    QString firstLevelOf(const QString &placeId) const { return m_firstLevel.value(placeId); }
    // The first-level places lying in an area: the one whose names match the area's first
    // (the dataset's Turkestan Region, also called South Kazakhstan Region, for Natural
    // Earth's "South Kazakhstan"), then the others by id. Empty for an area no place of the
    // dataset lies in.
    QStringList placesIn(int area) const { return m_placesIn.value(area); }
    // First-level places whose point lies outside every region of their country.
    QStringList placedByNearest() const { return m_nearest; }

private:
    QHash<QString, int> m_area;
    QHash<QString, QString> m_firstLevel;
    QHash<int, QStringList> m_placesIn;
    QStringList m_nearest;
};

} // namespace pe
