#pragma once

#include "render/map/maplayers.h"
#include "render/map/mapscene.h"
#include "render/map/mapstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace pe {

// The map's key, in blocks set side by side and wrapped to the width it is given: the
// regions' shades, the arcs' weights, the pins, the place symbols, and what the map cannot
// place. Only the layers shown have a block.
class MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(MapLegend)

public:
    static MapLegend compute(const QPaintDevice *device, const MapStyle &style,
                             const MapScene &scene, const MapLayers &layers, qreal width);

    qreal height() const { return m_height; }
    // Leaves out the last blocks until the legend is at most maxHeight tall: type too large
    // for a small page (presentation mode, a print preset) must not spill into the notes.
    void fitTo(qreal maxHeight);
    // Draws the blocks with the legend's top-left corner at origin.
    void draw(QPainter *p, const QPointF &origin, const MapStyle &style) const;

private:
    enum class Kind { Regions, Arcs, Pins, Places, Unplaced };
    struct Block
    {
        Kind kind;
        QString heading;
        QStringList lines; // the text of each row, already wrapped for the Unplaced block
        QRectF rect;       // relative to the legend's top-left corner
    };

    QSizeF measure(const Block &block, const QFontMetricsF &text) const;
    void drawBlock(QPainter *p, const Block &block, const QPointF &at, const MapStyle &style) const;
    void drawSymbols(QPainter *p, const QStringList &words, const QPointF &at,
                     const MapStyle &style) const;

    QList<Block> m_blocks;
    qreal m_height = 0;
    qreal m_u = 1;
    qreal m_headingHeight = 0;
    qreal m_lineHeight = 0;
    qreal m_rowHeight = 0;
};

} // namespace pe
