#pragma once

#include "models/dataset.h"
#include "render/map/placeareas.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace pe {

// The ids of a model's rows (IdRole), in row order: the records a filtered model lets through.
QStringList recordIdsOf(const QAbstractItemModel *model);

// What the map shows for a set of records, in words and ids, before anything is placed on a
// page: the regions with the partnerships touching them, the partnerships drawn as arcs
// between the two sides' places, the ventures pinned at their places, and what cannot be
// drawn. Built from the ids of the records that pass the filters; the same scene is drawn
// on screen, written to every file and read out to a screen reader.
class MapScene
{
    Q_DECLARE_TR_FUNCTIONS(MapScene)

public:
    // A region of the base map that some place of the dataset lies in.
    struct Region
    {
        int area = -1; // in BaseMap::areas()
        Side country = Side::Belarus;
        QStringList places;   // its first-level places (PlaceAreas::placesIn)
        QString name;         // their names, joined: "East Kazakhstan Region, Abai Region"
        QStringList pairings; // the partnerships with a side in it
        int count() const { return int(pairings.size()); }
    };
    // Partnerships between the same two places.
    struct Arc
    {
        QString belarusPlace;
        QString kazakhPlace;
        QString name; // "Gomel Region – Kostanay Region"
        QStringList pairings;
        int count() const { return int(pairings.size()); }
    };
    // Ventures at one place.
    struct Pin
    {
        QString place;
        QString name;
        bool regionOnly = false; // the place is a region: the town is not known
        QStringList ventures;
        int count() const { return int(ventures.size()); }
    };
    // A place drawn with a dot and a label.
    struct PlaceMark
    {
        QString place;
        Side country = Side::Belarus;
        QString name;
        bool capital = false;
        PlaceKind kind = PlaceKind::City;
        int weight = 0; // records drawn there: busier places are labelled first
        // A region's own point, where arcs to the region meet: labelled in italics.
        bool isRegion() const { return kind == PlaceKind::Region; }
    };
    // Where a place is, for drawing it: every place of the dataset.
    struct Location
    {
        GeoPoint at;
        Side country = Side::Belarus;
        PlaceKind kind = PlaceKind::City;
        QString name;
    };
    enum class ItemKind { Region, Arc, Pin };
    struct Item
    {
        ItemKind kind = ItemKind::Region;
        int index = -1;
    };

    MapScene() = default;
    // pairings and ventures: the ids of the records to show (the filtered rows); language:
    // of the dataset's names (kk and be are given as ru by the caller).
    static MapScene build(const Dataset &dataset, const BaseMap &map, const PlaceAreas &areas,
                          const QStringList &pairings, const QStringList &ventures,
                          const QString &language);

    QList<Region> regions; // Belarus first, then by name
    QList<Arc> arcs;       // most partnerships first, then by name
    QList<Pin> pins;       // most ventures first, then by name
    QList<PlaceMark> places;
    // Records shown nowhere on the map, said in the legend and the notes.
    QStringList pairingsWithoutArc; // a side names no place below the country
    QStringList venturesWithoutPin; // no place below the country
    int pairingCount = 0;
    int ventureCount = 0;
    // The dataset's names of the two countries (empty when it has no such place).
    QString belarusName;
    QString kazakhstanName;
    QHash<QString, Location> locations;
    // The region each place lies in (an index into regions), for every place but countries.
    QHash<QString, int> regionOfPlace;

    // Regions, arcs, then pins: the order keys and screen readers step through.
    QList<Item> items(bool regionLayer, bool arcLayer, bool pinLayer) const;
    // What a screen reader says for an item: its name and its counts.
    QString describe(const Item &item) const;
    int maxRegionCount() const;
    // The records an item stands for.
    QStringList recordsOf(const Item &item) const;
};

} // namespace pe
