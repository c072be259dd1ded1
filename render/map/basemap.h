#pragma once

#include "models/terms.h"
#include "render/map/lambertprojection.h"

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace pe {

// The boundaries the map is drawn on (resources/map/boundaries.json, written once by
// scripts/make-map-boundaries.py from Natural Earth): the first-level regions of Belarus and
// Kazakhstan as they were before 2018, each country's outline, land and the borders between
// the neighbouring countries. Coordinates are degrees, x longitude and y latitude.
class BaseMap
{
public:
    struct Area
    {
        QString id;             // "KZ.EK"
        Side country;           // Belarus or Kazakhstan
        QString name;           // as Natural Earth spells it ("East Kazakhstan"), never shown
        QList<QPolygonF> rings; // closed; holes are rings inside rings (even-odd)
        QRectF bounds;
    };
    struct Label
    {
        enum class Kind { Country, Water };
        QString name; // English: the view translates it
        GeoPoint at;
        Kind kind = Kind::Country;
    };
    struct Capital
    {
        Side country;
        QString name; // matched against the dataset's cities' names and former names
    };

    // The embedded map, read once; an empty map (isValid false) if the resource is broken.
    static const BaseMap &builtIn();
    // The file's bytes; on a problem an empty map and *error says what.
    static BaseMap fromJson(const QByteArray &bytes, QString *error = nullptr);

    bool isValid() const { return !m_areas.isEmpty(); }
    const QList<Area> &areas() const { return m_areas; }
    // Polylines along each country's edge (coasts and borders), drawn heavier than the
    // regions' own edges.
    const QList<QPolygonF> &outline(Side country) const;
    // Polylines along the borders between a country's regions, each border once.
    const QList<QPolygonF> &innerBorders(Side country) const;
    const QList<QPolygonF> &land() const { return m_land; }
    const QList<QPolygonF> &borders() const { return m_borders; }
    const QList<Label> &labels() const { return m_labels; }
    const QList<Capital> &capitals() const { return m_capitals; }
    // What the land and borders cover: the map never shows more.
    QRectF extent() const { return m_extent; }
    // The regions of one country together.
    QRectF bounds(Side country) const;
    QString attribution() const { return m_attribution; }

    // The area containing the point, or -1.
    int areaAt(const GeoPoint &point) const;
    // The area of the country whose edge is nearest the point: for a point a simplified
    // border left just outside (a town on a river that is the border).
    int nearestArea(const GeoPoint &point, Side country) const;
    // Whether an area's rings contain the point (even-odd: holes excluded).
    static bool contains(const Area &area, const QPointF &point);

private:
    QList<Area> m_areas;
    QList<QPolygonF> m_outlineBelarus;
    QList<QPolygonF> m_outlineKazakhstan;
    QList<QPolygonF> m_innerBelarus;
    QList<QPolygonF> m_innerKazakhstan;
    QList<QPolygonF> m_land;
    QList<QPolygonF> m_borders;
    QList<Label> m_labels;
    QList<Capital> m_capitals;
    QRectF m_extent;
    QString m_attribution;
};

} // namespace pe
