#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace pe {

// Geometry cut to a rectangle before it is drawn, for what must stay inside an area in
// every file format. Qt 6.4's SVG generator writes no clip paths: whatever relies on
// QPainter::setClipRect is drawn whole by a browser, librsvg or Inkscape. A painter's clip
// can still serve the screen and raster output, never the only thing keeping a stroke in.

// The part of line inside rect, or nothing when it misses rect (Liang–Barsky).
std::optional<QLineF> clippedLine(const QLineF &line, const QRectF &rect);

// Runs draw on a painter that records instead of drawing, then draws what it recorded onto
// painter cut to rect: fills as the part of their path inside rect, strokes and text as the
// part of their outline inside it. For the few shapes that straddle an edge of the plot in
// a vector file; draw uses painter's coordinates. Images are not recorded.
void drawCut(QPainter *painter, const QRectF &rect, const std::function<void(QPainter *)> &draw);

// Whether painter's device ignores or may ignore a clip: every device but a raster one.
bool needsGeometricCut(const QPainter *painter);

// Runs draw, whose shapes lie within bounds, on painter as it is where that is enough: on a
// raster device (screen, image), whose clip the caller sets and which cuts at no cost, and
// wherever bounds is inside cut. On a vector device bounds across cut's edge is drawn with
// drawCut, and bounds outside cut not at all. A template so that the raster path, which
// draws thousands of markers a frame, makes no std::function.
template<class Draw>
void drawInside(QPainter *painter, const QRectF &bounds, const QRectF &cut, const Draw &draw)
{
    if (!needsGeometricCut(painter) || cut.contains(bounds))
        draw(painter);
    else if (cut.intersects(bounds))
        drawCut(painter, cut, draw);
}

} // namespace pe
