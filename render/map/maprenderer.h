#pragma once

#include "render/map/basemap.h"
#include "render/map/maplayout.h"
#include "render/map/mapscene.h"
#include "render/map/mapstyle.h"
#include "render/viewtheme.h"

#include <QCoreApplication>

#include <memory>

class QPainter;
class QPaintDevice;

namespace pe {

// Draws a map scene: the one routine behind the screen and every exported file. Sizes
// follow the theme's type on the painter's device, never a widget or the screen, so PNG,
// SVG and PDF match the view. Keeps the projected base map for the last rectangle drawn.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    // map: the built-in one when null, read the first time it is needed rather than when
    // the window is built, so that start-up does not wait for it.
    explicit MapRenderer(const BaseMap *map = nullptr);

    const BaseMap &baseMap() const { return m_map ? *m_map : BaseMap::builtIn(); }

    // The placement of a scene in rect on device: what paint() draws and hit tests read.
    MapLayout layout(const QPaintDevice *device, const QRectF &rect, const ViewTheme &theme,
                     const MapScene &scene, const MapLayers &layers,
                     const QStringList &extraPlaces);
    // Lays out and draws.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme, const MapScene &scene,
               const MapLayers &layers, const MapEmphasis &emphasis);
    // Draws a placement computed for this painter's device and rect.
    void paint(QPainter *painter, const MapLayout &layout, const ViewTheme &theme,
               const MapScene &scene, const MapLayers &layers, const MapEmphasis &emphasis) const;

private:
    std::shared_ptr<const MapGeometry> geometry(const QRectF &rect, qreal u, qreal legendHeight);
    void drawBaseMap(QPainter *p, const MapLayout &layout, const MapStyle &style,
                     const MapScene &scene, const MapLayers &layers) const;
    void drawRegionEmphasis(QPainter *p, const MapLayout &layout, const MapStyle &style,
                            const MapScene &scene, const MapEmphasis &emphasis) const;
    void drawArcs(QPainter *p, const MapLayout &layout, const MapStyle &style,
                  const MapScene &scene, const MapEmphasis &emphasis) const;
    void drawPlaces(QPainter *p, const MapLayout &layout, const MapStyle &style,
                    const MapScene &scene, const MapLayers &layers,
                    const MapEmphasis &emphasis) const;
    void drawPins(QPainter *p, const MapLayout &layout, const MapStyle &style,
                  const MapScene &scene, const MapEmphasis &emphasis) const;
    void drawLabels(QPainter *p, const MapLayout &layout, const MapStyle &style) const;
    void drawFurniture(QPainter *p, const MapLayout &layout, const MapStyle &style,
                       const MapScene &scene) const;
    void drawFocus(QPainter *p, const MapLayout &layout, const MapStyle &style,
                   const MapScene &scene, const MapLayers &layers, int focus) const;

    const BaseMap *m_map = nullptr;
    std::shared_ptr<const MapGeometry> m_geometry;
};

// A straight line along an axis, or a rectangle's edge, drawn as a fill: PDF readers snap thin
// strokes to whole pixels (poppler's stroke adjustment) and a fill they leave where it is, so
// the frame reads the same in the PNG, the SVG and the PDF.
void fillAxisLine(QPainter *p, const QPointF &from, const QPointF &to, qreal width,
                  const QColor &colour);
void fillRectEdge(QPainter *p, const QRectF &rect, qreal width, const QColor &colour);

// A pin as the map draws it, for the legend and the view's own use.
void drawMapPin(QPainter *p, const MapLayout::Pin &pin, const MapStyle &style, int count,
                bool hollow);

} // namespace pe
