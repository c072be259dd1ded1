#include "render/map/mapscene.h"

#include "models/items/roles.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace pe {

namespace {

bool isBelowCountry(const Place *place)
{
    return place && place->kind != PlaceKind::Country;
}

// The dataset's city the base map names as a capital, by its current or a former name.
QString capitalPlace(const Dataset &dataset, const BaseMap::Capital &capital)
{
    for (const Place &place : dataset.places) {
        if (place.kind != PlaceKind::City || place.country != capital.country)
            continue;
        QStringList names = place.altNames;
        names << place.name.en << place.name.fr << place.name.ru;
        if (names.contains(capital.name, Qt::CaseInsensitive))
            return place.id;
    }
    return {};
}

} // namespace

QStringList recordIdsOf(const QAbstractItemModel *model)
{
    QStringList ids;
    if (!model)
        return ids;
    ids.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(IdRole).toString());
    return ids;
}

MapScene MapScene::build(const Dataset &dataset, const BaseMap &map, const PlaceAreas &areas,
                         const QStringList &pairings, const QStringList &ventures,
                         const QString &language)
{
    MapScene scene;
    const auto nameOf = [&](const QString &placeId) {
        const Place *place = dataset.place(placeId);
        return place ? place->name.text(language) : placeId;
    };

    // Regions: every area some place of the dataset lies in, shaded or not.
    QHash<int, int> regionOfArea;
    for (int area = 0; area < map.areas().size(); ++area) {
        const QStringList places = areas.placesIn(area);
        if (places.isEmpty())
            continue;
        Region region;
        region.area = area;
        region.country = map.areas().at(area).country;
        region.places = places;
        QStringList others;
        for (int i = 1; i < places.size(); ++i)
            others.append(nameOf(places.at(i)));
        region.name = others.isEmpty()
                          ? nameOf(places.first())
                          : tr("%1 (with %2)").arg(nameOf(places.first()), others.join(tr(", ")));
        regionOfArea.insert(area, int(scene.regions.size()));
        scene.regions.append(region);
    }

    QMap<std::pair<QString, QString>, QStringList> arcs;
    QMap<QString, QStringList> pins;
    for (const QString &id : pairings) {
        const Pairing *pairing = dataset.pairing(id);
        if (!pairing)
            continue;
        ++scene.pairingCount;
        QString belarus;
        QString kazakh;
        QSet<int> touched;
        for (const Party *side : {&pairing->belarusianSide, &pairing->kazakhSide}) {
            const Place *place = dataset.place(side->place);
            if (!isBelowCountry(place))
                continue;
            (place->country == Side::Belarus ? belarus : kazakh) = place->id;
            const int area = areas.areaOf(place->id);
            if (area >= 0 && regionOfArea.contains(area) && !touched.contains(area)) {
                touched.insert(area);
                scene.regions[regionOfArea.value(area)].pairings.append(id);
            }
        }
        if (belarus.isEmpty() || kazakh.isEmpty())
            scene.pairingsWithoutArc.append(id);
        else
            arcs[{belarus, kazakh}].append(id);
    }
    for (const QString &id : ventures) {
        const Venture *venture = dataset.venture(id);
        if (!venture)
            continue;
        ++scene.ventureCount;
        bool pinned = false;
        for (const QString &placeId : venture->places) {
            if (!isBelowCountry(dataset.place(placeId)))
                continue;
            pins[placeId].append(id);
            pinned = true;
        }
        if (!pinned)
            scene.venturesWithoutPin.append(id);
    }

    QHash<QString, int> weight;
    for (auto it = arcs.cbegin(); it != arcs.cend(); ++it) {
        scene.arcs.append({it.key().first, it.key().second,
                           tr("%1 – %2").arg(nameOf(it.key().first), nameOf(it.key().second)),
                           it.value()});
        weight[it.key().first] += int(it.value().size());
        weight[it.key().second] += int(it.value().size());
    }
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        const Place *place = dataset.place(it.key());
        scene.pins.append(
            {it.key(), nameOf(it.key()), place->kind == PlaceKind::Region, it.value()});
        weight[it.key()] += int(it.value().size());
    }

    QCollator collator{QLocale(language)};
    collator.setNumericMode(true);
    std::sort(scene.regions.begin(), scene.regions.end(), [&](const Region &a, const Region &b) {
        if (a.country != b.country)
            return a.country == Side::Belarus;
        return collator.compare(a.name, b.name) < 0;
    });
    for (int i = 0; i < scene.regions.size(); ++i) {
        for (const Place &place : dataset.places) {
            if (areas.areaOf(place.id) == scene.regions.at(i).area)
                scene.regionOfPlace.insert(place.id, i);
        }
    }
    const auto byCountThenName = [&](const auto &a, const auto &b) {
        if (a.count() != b.count())
            return a.count() > b.count();
        return collator.compare(a.name, b.name) < 0;
    };
    std::sort(scene.arcs.begin(), scene.arcs.end(), byCountThenName);
    std::sort(scene.pins.begin(), scene.pins.end(), byCountThenName);

    for (const Place &place : dataset.places) {
        scene.locations.insert(
            place.id,
            {{place.lon, place.lat}, place.country, place.kind, place.name.text(language)});
        if (place.kind == PlaceKind::Country)
            (place.country == Side::Belarus ? scene.belarusName : scene.kazakhstanName) =
                place.name.text(language);
    }

    // Places: the capitals always, then every place an arc or a pin is drawn at.
    QSet<QString> capitals;
    for (const BaseMap::Capital &capital : map.capitals()) {
        const QString id = capitalPlace(dataset, capital);
        if (!id.isEmpty())
            capitals.insert(id);
    }
    QSet<QString> marked;
    const auto mark = [&](const QString &placeId) {
        const Place *place = dataset.place(placeId);
        if (!place || marked.contains(placeId))
            return;
        marked.insert(placeId);
        scene.places.append({placeId, place->country, place->name.text(language),
                             capitals.contains(placeId), place->kind, weight.value(placeId)});
    };
    for (const Place &place : dataset.places) {
        if (capitals.contains(place.id) || weight.contains(place.id))
            mark(place.id);
    }
    // Capitals, then towns, then regions' points, then districts (a few villages' worth of
    // land each, named in the tooltips when the map has no room); busier first; then by name.
    const auto rank = [](const PlaceMark &mark) {
        if (mark.capital)
            return 0;
        switch (mark.kind) {
        case PlaceKind::City:
            return 1;
        case PlaceKind::Region:
            return 2;
        case PlaceKind::District:
        case PlaceKind::Village:
        case PlaceKind::Country:
            break;
        }
        return 3;
    };
    std::sort(scene.places.begin(), scene.places.end(),
              [&](const PlaceMark &a, const PlaceMark &b) {
                  if (rank(a) != rank(b))
                      return rank(a) < rank(b);
                  if (a.weight != b.weight)
                      return a.weight > b.weight;
                  return collator.compare(a.name, b.name) < 0;
              });
    return scene;
}

QList<MapScene::Item> MapScene::items(bool regionLayer, bool arcLayer, bool pinLayer) const
{
    QList<Item> items;
    if (regionLayer) {
        for (int i = 0; i < regions.size(); ++i)
            items.append({ItemKind::Region, i});
    }
    if (arcLayer) {
        for (int i = 0; i < arcs.size(); ++i)
            items.append({ItemKind::Arc, i});
    }
    if (pinLayer) {
        for (int i = 0; i < pins.size(); ++i)
            items.append({ItemKind::Pin, i});
    }
    return items;
}

QString MapScene::describe(const Item &item) const
{
    switch (item.kind) {
    case ItemKind::Region: {
        const Region &region = regions.at(item.index);
        return tr("%1: %n partnership(s)", nullptr, region.count()).arg(region.name);
    }
    case ItemKind::Arc: {
        const Arc &arc = arcs.at(item.index);
        return tr("%1: %n partnership(s) between them", nullptr, arc.count()).arg(arc.name);
    }
    case ItemKind::Pin: {
        const Pin &pin = pins.at(item.index);
        return pin.regionOnly ? tr("%1, town not given: %n joint venture(s)", nullptr, pin.count())
                                    .arg(pin.name)
                              : tr("%1: %n joint venture(s)", nullptr, pin.count()).arg(pin.name);
    }
    }
    return {};
}

int MapScene::maxRegionCount() const
{
    int most = 0;
    for (const Region &region : regions)
        most = std::max(most, region.count());
    return most;
}

QStringList MapScene::recordsOf(const Item &item) const
{
    switch (item.kind) {
    case ItemKind::Region:
        return regions.at(item.index).pairings;
    case ItemKind::Arc:
        return arcs.at(item.index).pairings;
    case ItemKind::Pin:
        return pins.at(item.index).ventures;
    }
    return {};
}

} // namespace pe
