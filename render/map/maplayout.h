#pragma once

#include "render/map/basemap.h"
#include "render/map/lambertprojection.h"
#include "render/map/maplayers.h"
#include "render/map/maplegend.h"
#include "render/map/mapscene.h"
#include "render/map/mapstyle.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QMap>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>

class QPaintDevice;

namespace pe {

// The frames of a map in a rectangle and the base map projected into them, cut to them by
// geometry (a vector file keeps no clip). Kazakhstan fills the main frame; Belarus, which
// would be a tenth of the width at Kazakhstan's scale and hold half the places, has a frame
// of its own at a larger scale beside it; the legend runs below both. Depends on the
// rectangle, the spacing unit and the legend's height only, so it is kept while the records
// and the selection change.
struct MapGeometry
{
    // One projection drawn into one rectangle.
    struct Frame
    {
        QRectF rect;
        LambertProjection projection;
        double scale = 1; // pixels per kilometre of the projection
        QPointF origin;   // where the projection's origin lands
        QPointF map(const GeoPoint &point) const
        {
            const QPointF km = projection.project(point);
            return origin + QPointF(km.x() * scale, -km.y() * scale);
        }
        // Pixels per kilometre on the ground at a latitude.
        double pixelsPerKm(double latitude) const
        {
            return scale * projection.scaleFactor(latitude);
        }
    };

    // Whether the frames stand side by side above the legend (a landscape page) or
    // Belarus's frame and the legend share a band above Kazakhstan's (a portrait one).
    static bool isWide(const QRectF &rect) { return rect.width() >= 1.25 * rect.height(); }
    // The width the legend is laid out to, and the most height it may take.
    static qreal legendWidth(const QRectF &rect, qreal u);
    static qreal legendRoom(const QRectF &rect, qreal u, const BaseMap &map);
    // legendHeight: the legend's height at legendWidth (on a wide page, a strip at the bottom).
    static std::shared_ptr<const MapGeometry> compute(const QRectF &rect, qreal u,
                                                      const BaseMap &map, qreal legendHeight);

    QRectF rect;
    qreal u = 1;
    qreal legendHeight = 0;
    bool wide = true;
    Frame main;  // Kazakhstan
    Frame inset; // Belarus
    QRectF legend;
    const Frame &frameOf(Side country) const { return country == Side::Belarus ? inset : main; }

    QPainterPath landMain;
    QPainterPath landInset;
    QList<QPolygonF> bordersMain;
    QList<QPolygonF> bordersInset;
    QList<QPainterPath> areas; // by BaseMap area index, in its country's frame
    QList<QPolygonF> outlineBelarus;
    QList<QPolygonF> outlineKazakhstan;
    QList<QPolygonF> innerBorders; // between regions, both countries
};

// What the emphasis of the moment is: the window's selection, the filter's region and the
// keyboard's item. Exports carry only what the reader asked for.
struct MapEmphasis
{
    QStringList places;  // places to ring (the places of the selected event)
    QString record;      // the selected partnership or venture
    QString filterPlace; // the place the filters show
    int focus = -1;      // index into MapScene::items() of the keyboard's item; -1: none
};

// Everything of a scene placed on the page: place points, arcs, pins, labels without
// collisions, scale bars and the legend's box. The one placement the screen, every file
// and the hit tests use.
class MapLayout
{
    Q_DECLARE_TR_FUNCTIONS(MapLayout)

public:
    struct Pin
    {
        QPointF anchor;
        QPainterPath shape;
        QPointF head;
        qreal radius = 0;
    };
    struct Label
    {
        enum class Kind { Capital, Town, Region, Country, Neighbour, Water };
        QString text;
        QRectF rect;
        Kind kind = Kind::Town;
    };
    struct ScaleBar
    {
        QLineF line;
        QString text;
        QRectF textRect;
    };

    // A pin with its tip at anchor: a round head above a point, like a map pin; lean tilts
    // it (radians, clockwise from upright), stretch makes it taller.
    static Pin makePin(const QPointF &anchor, qreal radius, qreal lean = 0, qreal stretch = 1);

    static MapLayout compute(const QPaintDevice *device,
                             std::shared_ptr<const MapGeometry> geometry, const MapStyle &style,
                             const BaseMap &map, const MapScene &scene, const MapLayers &layers,
                             const QStringList &extraPlaces);

    bool isValid() const { return m_geometry != nullptr; }
    const MapGeometry &geometry() const { return *m_geometry; }

    // Place id → page point, every place drawn at; ordered, so that every run draws alike.
    QMap<QString, QPointF> points;
    QList<QPainterPath> arcs; // by scene arc index (empty when the layer is off)
    QList<Pin> pins;          // by scene pin index
    QList<Label> labels;
    QList<ScaleBar> scaleBars;
    MapLegend legend;
    Label attribution;
    Label insetCaption;

    // Hit tests in page coordinates: the scene's index, or -1.
    int regionAt(const MapScene &scene, const QPointF &pos) const;
    int arcAt(const MapScene &scene, const MapStyle &style, const QPointF &pos) const;
    int pinAt(const QPointF &pos) const;
    // Where an item is drawn, for focus rings, tooltips and screen readers.
    QRectF itemRect(const MapScene &scene, const MapScene::Item &item) const;

private:
    std::shared_ptr<const MapGeometry> m_geometry;
};

} // namespace pe
