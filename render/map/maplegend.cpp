#include "render/map/maplegend.h"

#include "render/map/maprenderer.h"
#include "render/textwrap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pe {

namespace {

void drawDot(QPainter *p, const QPointF &at, qreal radius, const QColor &fill, const QColor &edge,
             qreal edgeWidth)
{
    p->setPen(edgeWidth > 0 ? QPen(edge, edgeWidth) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawEllipse(at, radius, radius);
}

} // namespace

MapLegend MapLegend::compute(const QPaintDevice *device, const MapStyle &style,
                             const MapScene &scene, const MapLayers &layers, qreal width)
{
    MapLegend legend;
    const qreal u = style.u;
    legend.m_u = u;
    const QFontMetricsF text(style.legendFont, device);
    const QFontMetricsF heading(style.legendHeadingFont, device);
    legend.m_headingHeight = heading.height();
    legend.m_lineHeight = text.height();
    legend.m_rowHeight = std::max(text.height(), 15 * u);

    // The place symbols share the arcs' block, whose ends they are; alone without arcs.
    QStringList symbols;
    if (layers.labels) {
        symbols = QStringList{tr("capital"), tr("town or district")};
        if (layers.arcs)
            symbols.append(tr("region's centre"));
    }
    if (layers.regions)
        legend.m_blocks.append({Kind::Regions, tr("Partnerships per region"), {}, {}});
    if (layers.arcs)
        legend.m_blocks.append({Kind::Arcs, tr("Partnerships between places"), symbols, {}});
    if (layers.pins)
        legend.m_blocks.append(
            {Kind::Pins,
             tr("Joint ventures and plants"),
             {tr("in a town (number: how many)"), tr("only the region is known")},
             {}});
    if (layers.labels && !layers.arcs)
        legend.m_blocks.append({Kind::Places, tr("Places"), symbols, {}});
    QStringList unplaced;
    if (layers.arcs && !scene.pairingsWithoutArc.isEmpty())
        unplaced.append(tr("%n partnership(s): a side names no place", nullptr,
                           int(scene.pairingsWithoutArc.size())));
    if (layers.pins && !scene.venturesWithoutPin.isEmpty())
        unplaced.append(tr("%n joint venture(s): no town or region given", nullptr,
                           int(scene.venturesWithoutPin.size())));
    if (!unplaced.isEmpty()) {
        // Wrapped to a column of its own, or to the legend when that is narrower.
        const qreal column = std::min(width, 230 * u);
        QStringList lines;
        for (const QString &line : std::as_const(unplaced))
            lines += wrapText(text, line, column, 3);
        legend.m_blocks.append({Kind::Unplaced, tr("Not on the map"), lines, {}});
    }

    // Blocks left to right, a new row when the next would pass the width; top-aligned.
    const qreal gap = 16 * u;
    const qreal rowGap = 8 * u;
    qreal x = 0;
    qreal top = 0;
    qreal rowHeight = 0;
    for (int i = 0; i < legend.m_blocks.size(); ++i) {
        Block &block = legend.m_blocks[i];
        QSizeF size = legend.measure(block, text);
        size.setWidth(std::max(size.width(), heading.horizontalAdvance(block.heading)));
        if (x > 0 && x + size.width() > width) {
            top += rowHeight + rowGap;
            rowHeight = 0;
            x = 0;
        }
        block.rect = QRectF(QPointF(x, top), size);
        x += size.width() + gap;
        rowHeight = std::max(rowHeight, size.height());
    }
    legend.m_height = legend.m_blocks.isEmpty() ? 0 : top + rowHeight;
    return legend;
}

void MapLegend::fitTo(qreal maxHeight)
{
    while (!m_blocks.isEmpty() && m_blocks.last().rect.bottom() > maxHeight + 0.5)
        m_blocks.removeLast();
    m_height = 0;
    for (const Block &block : std::as_const(m_blocks))
        m_height = std::max(m_height, block.rect.bottom());
}

QSizeF MapLegend::measure(const Block &block, const QFontMetricsF &text) const
{
    const qreal u = m_u;
    qreal widest = 0;
    qreal inline_ = 0; // the place symbols, side by side
    for (const QString &line : block.lines) {
        const qreal width = text.horizontalAdvance(line);
        widest = std::max(widest, width);
        inline_ += 13 * u + width + 10 * u;
    }
    const qreal below = m_headingHeight + 3 * u;
    const qreal swatchWidth = 27 * u;
    switch (block.kind) {
    case Kind::Regions:
        return QSizeF(MapStyle::classCount * swatchWidth + (MapStyle::classCount - 1) * 3 * u,
                      below + 10 * u + m_lineHeight);
    case Kind::Arcs:
        return QSizeF(std::max(MapStyle::arcClassCount * 46 * u, inline_ - 10 * u),
                      below + m_lineHeight + (block.lines.isEmpty() ? 0 : m_rowHeight));
    case Kind::Pins:
        return QSizeF(20 * u + widest, below + block.lines.size() * m_rowHeight);
    case Kind::Places:
        return QSizeF(inline_ - 10 * u, below + m_rowHeight);
    case Kind::Unplaced:
        return QSizeF(widest, below + block.lines.size() * m_lineHeight);
    }
    return {};
}

void MapLegend::drawSymbols(QPainter *p, const QStringList &words, const QPointF &at,
                            const MapStyle &style) const
{
    // Capital, town, region's centre, side by side, each with its word.
    const qreal u = m_u;
    const qreal mid = at.y() + m_rowHeight / 2;
    const QFontMetricsF metrics(style.legendFont, p->device());
    qreal x = at.x();
    for (int i = 0; i < words.size(); ++i) {
        const QPointF c(x + 5 * u, mid);
        if (i == 0) {
            drawDot(p, c, 4 * u, style.theme.background, style.placeDot, 1.3 * u);
            drawDot(p, c, 1.8 * u, style.placeDot, QColor(), 0);
        } else if (i == 1) {
            drawDot(p, c, 2.5 * u, style.placeDot, style.theme.background, 0.8 * u);
        } else {
            drawDot(p, c, 2.4 * u, style.theme.background, style.placeDot, 1.1 * u);
        }
        const qreal width = metrics.horizontalAdvance(words.at(i));
        p->setFont(style.legendFont);
        p->setPen(style.labelText);
        p->drawText(QRectF(x + 13 * u, at.y(), width + 2 * u, m_rowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, words.at(i));
        x += 13 * u + width + 10 * u;
    }
}

void MapLegend::draw(QPainter *p, const QPointF &origin, const MapStyle &style) const
{
    for (const Block &block : m_blocks)
        drawBlock(p, block, origin + block.rect.topLeft(), style);
}

void MapLegend::drawBlock(QPainter *p, const Block &block, const QPointF &at,
                          const MapStyle &style) const
{
    const qreal u = m_u;
    p->setFont(style.legendHeadingFont);
    p->setPen(style.labelText);
    p->drawText(QRectF(at, QSizeF(block.rect.width() + 40 * u, m_headingHeight)),
                Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, block.heading);
    const qreal top = at.y() + m_headingHeight + 3 * u;
    p->setFont(style.legendFont);
    const auto textAt = [&](const QRectF &rect, const QString &words, const QColor &colour) {
        p->setPen(colour);
        p->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, words);
    };
    switch (block.kind) {
    case Kind::Regions: {
        const qreal width = 27 * u;
        for (int cls = 0; cls < MapStyle::classCount; ++cls) {
            const QRectF swatch(at.x() + cls * (width + 3 * u), top, width, 9 * u);
            p->fillRect(swatch, style.regionFill(cls));
            fillRectEdge(p, swatch, 0.6 * u, style.regionEdge);
            p->setPen(style.labelText);
            p->drawText(
                QRectF(swatch.left() - 1.5 * u, swatch.bottom() + u, width + 3 * u, m_lineHeight),
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, MapStyle::classLabel(cls));
        }
        break;
    }
    case Kind::Arcs: {
        const qreal step = 46 * u;
        const qreal length = 22 * u;
        for (int cls = 0; cls < MapStyle::arcClassCount; ++cls) {
            const qreal x = at.x() + cls * step;
            const qreal mid = top + m_lineHeight / 2;
            // A capsule filled, as the arcs' round ends look (see fillAxisLine).
            const qreal width = style.arcWidth(cls + 1);
            QPainterPath sample;
            sample.addRoundedRect(QRectF(x + 2 * u, mid - width / 2, length - 2 * u, width),
                                  width / 2, width / 2);
            p->fillPath(sample, style.arc);
            textAt(QRectF(x + length + 4 * u, top, step - length - 4 * u, m_lineHeight),
                   cls + 1 < MapStyle::arcClassCount ? QString::number(cls + 1)
                                                     : QStringLiteral("3+"),
                   style.labelText);
        }
        drawSymbols(p, block.lines, QPointF(at.x(), top + m_lineHeight), style);
        break;
    }
    case Kind::Pins: {
        const qreal radius = 4.2 * u;
        for (int i = 0; i < block.lines.size(); ++i) {
            const qreal y = top + i * m_rowHeight;
            const QPointF tip(at.x() + 8 * u, y + m_rowHeight / 2 + 1.2 * radius);
            drawMapPin(p, MapLayout::makePin(tip, radius), style, 1, i == 1);
            textAt(QRectF(at.x() + 20 * u, y, block.rect.width(), m_rowHeight), block.lines.at(i),
                   style.labelText);
        }
        break;
    }
    case Kind::Places:
        drawSymbols(p, block.lines, QPointF(at.x(), top), style);
        break;
    case Kind::Unplaced:
        for (int i = 0; i < block.lines.size(); ++i)
            textAt(QRectF(at.x(), top + i * m_lineHeight, block.rect.width(), m_lineHeight),
                   block.lines.at(i), style.mutedText);
        break;
    }
}

} // namespace pe
