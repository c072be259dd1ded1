#include "render/map/maprenderer.h"

#include "render/colour.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

void drawPlate(QPainter *p, const QRectF &text, const MapStyle &style)
{
    p->setPen(Qt::NoPen);
    p->setBrush(style.labelPlate);
    p->drawRoundedRect(text.adjusted(-1.5 * style.u, 0, 1.5 * style.u, 0), 2 * style.u,
                       2 * style.u);
}

void drawDot(QPainter *p, const QPointF &at, qreal radius, const QColor &fill, const QColor &edge,
             qreal edgeWidth)
{
    p->setPen(edgeWidth > 0 ? QPen(edge, edgeWidth) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawEllipse(at, radius, radius);
}

} // namespace

void fillAxisLine(QPainter *p, const QPointF &from, const QPointF &to, qreal width,
                  const QColor &colour)
{
    const QRectF line = QRectF(from, to).normalized();
    p->fillRect(line.adjusted(-width / 2, -width / 2, width / 2, width / 2), colour);
}

void fillRectEdge(QPainter *p, const QRectF &rect, qreal width, const QColor &colour)
{
    QPainterPath edge;
    edge.setFillRule(Qt::OddEvenFill);
    edge.addRect(rect.adjusted(-width / 2, -width / 2, width / 2, width / 2));
    edge.addRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    p->fillPath(edge, colour);
}

void drawMapPin(QPainter *p, const MapLayout::Pin &pin, const MapStyle &style, int count,
                bool hollow)
{
    const qreal u = style.u;
    p->setPen(QPen(hollow ? style.pin.darker(125) : style.pinEdge, hollow ? 1.8 * u : 0.9 * u));
    p->setBrush(hollow ? style.theme.background : style.pin);
    p->drawPath(pin.shape);
    if (count > 1) {
        p->setFont(style.pinFont);
        p->setPen(hollow ? style.labelText : colour::textOn(style.pin));
        const QRectF box(pin.head - QPointF(pin.radius, pin.radius),
                         QSizeF(2 * pin.radius, 2 * pin.radius));
        p->drawText(box, Qt::AlignCenter, QString::number(count));
    } else if (!hollow) {
        drawDot(p, pin.head, pin.radius * 0.36, style.theme.background, QColor(), 0);
    }
}

MapRenderer::MapRenderer(const BaseMap *map)
    : m_map(map)
{}

std::shared_ptr<const MapGeometry> MapRenderer::geometry(const QRectF &rect, qreal u,
                                                         qreal legendHeight)
{
    if (!m_geometry || m_geometry->rect != rect || !qFuzzyCompare(m_geometry->u, u) ||
        !qFuzzyCompare(m_geometry->legendHeight + 1, legendHeight + 1))
        m_geometry = MapGeometry::compute(rect, u, baseMap(), legendHeight);
    return m_geometry;
}

MapLayout MapRenderer::layout(const QPaintDevice *device, const QRectF &rect,
                              const ViewTheme &theme, const MapScene &scene,
                              const MapLayers &layers, const QStringList &extraPlaces)
{
    const MapStyle style = MapStyle::of(theme, device);
    // The legend first: its height decides how much room the frames have.
    MapLegend legend =
        MapLegend::compute(device, style, scene, layers, MapGeometry::legendWidth(rect, style.u));
    legend.fitTo(MapGeometry::legendRoom(rect, style.u, baseMap()));
    MapLayout placed = MapLayout::compute(device, geometry(rect, style.u, legend.height()), style,
                                          baseMap(), scene, layers, extraPlaces);
    placed.legend = legend;
    return placed;
}

void MapRenderer::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme,
                        const MapScene &scene, const MapLayers &layers, const MapEmphasis &emphasis)
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    const MapLayout placed = layout(painter->device(), rect, theme, scene, layers, emphasis.places);
    paint(painter, placed, theme, scene, layers, emphasis);
}

void MapRenderer::paint(QPainter *painter, const MapLayout &layout, const ViewTheme &theme,
                        const MapScene &scene, const MapLayers &layers,
                        const MapEmphasis &emphasis) const
{
    if (!painter || !painter->isActive() || !layout.isValid())
        return;
    const MapStyle style = MapStyle::of(theme, painter->device());
    const QRectF rect = layout.geometry().rect;
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(rect, theme.background);
    if (layout.geometry().main.rect.isEmpty()) {
        painter->restore();
        return;
    }
    drawBaseMap(painter, layout, style, scene, layers);
    drawRegionEmphasis(painter, layout, style, scene, emphasis);
    if (layers.arcs)
        drawArcs(painter, layout, style, scene, emphasis);
    drawPlaces(painter, layout, style, scene, layers, emphasis);
    if (layers.pins)
        drawPins(painter, layout, style, scene, emphasis);
    drawLabels(painter, layout, style);
    drawFurniture(painter, layout, style, scene);
    layout.legend.draw(painter, layout.geometry().legend.topLeft(), style);
    if (emphasis.focus >= 0)
        drawFocus(painter, layout, style, scene, layers, emphasis.focus);
    painter->restore();
}

void MapRenderer::drawBaseMap(QPainter *p, const MapLayout &layout, const MapStyle &style,
                              const MapScene &scene, const MapLayers &layers) const
{
    const MapGeometry &g = layout.geometry();
    const qreal u = style.u;
    for (const auto &[frame, land, borders] :
         {std::tuple{&g.main, &g.landMain, &g.bordersMain},
          std::tuple{&g.inset, &g.landInset, &g.bordersInset}}) {
        p->fillRect(frame->rect, style.water);
        p->fillPath(*land, style.land);
        p->setPen(QPen(style.border, 0.7 * u, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        p->setBrush(Qt::NoBrush);
        for (const QPolygonF &line : *borders)
            p->drawPolyline(line);
    }

    QList<int> countOfArea(g.areas.size(), 0);
    if (layers.regions) {
        for (const MapScene::Region &region : scene.regions) {
            if (region.area >= 0 && region.area < countOfArea.size())
                countOfArea[region.area] = region.count();
        }
    }
    for (int area = 0; area < g.areas.size(); ++area)
        p->fillPath(g.areas.at(area), style.regionFill(MapStyle::classOf(countOfArea.at(area))));
    // Each border between two regions once, then the countries' edges over them.
    p->setPen(QPen(style.regionEdge, 0.6 * u, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    p->setBrush(Qt::NoBrush);
    for (const QPolygonF &line : g.innerBorders)
        p->drawPolyline(line);
    p->setPen(QPen(style.countryEdge, 1.3 * u, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    for (const QList<QPolygonF> *outline : {&g.outlineBelarus, &g.outlineKazakhstan}) {
        for (const QPolygonF &line : *outline)
            p->drawPolyline(line);
    }
    for (const MapGeometry::Frame *frame : {&g.main, &g.inset})
        fillRectEdge(p, frame->rect, 0.8 * u, style.frame);
}

void MapRenderer::drawRegionEmphasis(QPainter *p, const MapLayout &layout, const MapStyle &style,
                                     const MapScene &scene, const MapEmphasis &emphasis) const
{
    const MapGeometry &g = layout.geometry();
    const auto outlineRegion = [&](int region, const QPen &pen) {
        if (region < 0 || region >= scene.regions.size())
            return;
        const int area = scene.regions.at(region).area;
        if (area < 0 || area >= g.areas.size())
            return;
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(g.areas.at(area));
    };
    // The region the filters show: drawn as a frame around it, in the text's colour.
    if (!emphasis.filterPlace.isEmpty())
        outlineRegion(
            scene.regionOfPlace.value(emphasis.filterPlace, -1),
            QPen(style.labelText, 2.4 * style.u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    // The selected event's regions (its towns are ringed with the places).
    for (const QString &place : emphasis.places) {
        const auto it = scene.locations.constFind(place);
        if (it == scene.locations.cend() || it->kind != PlaceKind::Region)
            continue;
        outlineRegion(
            scene.regionOfPlace.value(place, -1),
            QPen(style.highlight, 2.6 * style.u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
}

void MapRenderer::drawArcs(QPainter *p, const MapLayout &layout, const MapStyle &style,
                           const MapScene &scene, const MapEmphasis &emphasis) const
{
    const qreal u = style.u;
    p->setBrush(Qt::NoBrush);
    int selected = -1;
    // Heaviest first, so that a single agreement stays visible on top of a bundle.
    for (int i = 0; i < layout.arcs.size(); ++i) {
        const MapScene::Arc &arc = scene.arcs.at(i);
        if (!emphasis.record.isEmpty() && arc.pairings.contains(emphasis.record))
            selected = i;
        p->setPen(QPen(style.arc, style.arcWidth(arc.count()), Qt::SolidLine, Qt::RoundCap));
        p->drawPath(layout.arcs.at(i));
    }
    if (selected >= 0) {
        const qreal width = style.arcWidth(scene.arcs.at(selected).count()) + 1.2 * u;
        p->setPen(QPen(style.arcCasing, width + 2.4 * u, Qt::SolidLine, Qt::RoundCap));
        p->drawPath(layout.arcs.at(selected));
        p->setPen(QPen(style.highlight, width, Qt::SolidLine, Qt::RoundCap));
        p->drawPath(layout.arcs.at(selected));
    }
}

void MapRenderer::drawPlaces(QPainter *p, const MapLayout &layout, const MapStyle &style,
                             const MapScene &scene, const MapLayers &layers,
                             const MapEmphasis &emphasis) const
{
    const qreal u = style.u;
    QSet<QString> arcEnds;
    if (layers.arcs) {
        for (int i = 0; i < layout.arcs.size(); ++i)
            arcEnds << scene.arcs.at(i).belarusPlace << scene.arcs.at(i).kazakhPlace;
    }
    QSet<QString> capitals;
    for (const MapScene::PlaceMark &mark : scene.places) {
        if (mark.capital)
            capitals.insert(mark.place);
    }
    QSet<QString> ringed(emphasis.places.cbegin(), emphasis.places.cend());
    if (!emphasis.record.isEmpty()) {
        for (int i = 0; i < layout.arcs.size(); ++i) {
            if (scene.arcs.at(i).pairings.contains(emphasis.record))
                ringed << scene.arcs.at(i).belarusPlace << scene.arcs.at(i).kazakhPlace;
        }
    }
    if (!emphasis.filterPlace.isEmpty())
        ringed << emphasis.filterPlace;
    // Regions' centres first, then towns and districts, the capitals last: where points
    // nearly meet (Minsk and its Partizansky District), the capital's symbol stays whole.
    const auto rank = [&](const QString &place) {
        if (capitals.contains(place))
            return 2;
        const auto location = scene.locations.constFind(place);
        return location != scene.locations.cend() && location->kind == PlaceKind::Region ? 0 : 1;
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (auto it = layout.points.cbegin(); it != layout.points.cend(); ++it) {
            const QString &place = it.key();
            const QPointF at = it.value();
            if (rank(place) != pass)
                continue;
            if (!layers.labels && !arcEnds.contains(place) && !ringed.contains(place))
                continue;
            if (ringed.contains(place)) {
                p->setPen(QPen(style.highlight, 2 * u));
                p->setBrush(Qt::NoBrush);
                p->drawEllipse(at, 6 * u, 6 * u);
            }
            if (pass == 2) {
                drawDot(p, at, 4 * u, style.theme.background, style.placeDot, 1.3 * u);
                drawDot(p, at, 1.8 * u, style.placeDot, QColor(), 0);
            } else if (pass == 0) {
                // A region's own point: where arcs to the region meet, not a town.
                drawDot(p, at, 2.4 * u, style.theme.background, style.placeDot, 1.1 * u);
            } else {
                drawDot(p, at, 2.5 * u, style.placeDot, style.theme.background, 0.8 * u);
            }
        }
    }
}

void MapRenderer::drawPins(QPainter *p, const MapLayout &layout, const MapStyle &style,
                           const MapScene &scene, const MapEmphasis &emphasis) const
{
    for (int i = 0; i < layout.pins.size(); ++i) {
        const MapScene::Pin &pin = scene.pins.at(i);
        const MapLayout::Pin &shape = layout.pins.at(i);
        if (!emphasis.record.isEmpty() && pin.ventures.contains(emphasis.record)) {
            p->setPen(QPen(style.highlight, 2.2 * style.u));
            p->setBrush(Qt::NoBrush);
            const qreal r = shape.radius + 3 * style.u;
            p->drawEllipse(shape.head, r, r);
        }
        drawMapPin(p, shape, style, pin.count(), pin.regionOnly);
    }
}

void MapRenderer::drawLabels(QPainter *p, const MapLayout &layout, const MapStyle &style) const
{
    using Kind = MapLayout::Label::Kind;
    for (const MapLayout::Label &label : layout.labels) {
        const bool data =
            label.kind == Kind::Capital || label.kind == Kind::Town || label.kind == Kind::Region;
        if (data)
            drawPlate(p, label.rect, style);
        switch (label.kind) {
        case Kind::Capital:
            p->setFont(style.capitalFont);
            p->setPen(style.labelText);
            break;
        case Kind::Town:
            p->setFont(style.townFont);
            p->setPen(style.labelText);
            break;
        case Kind::Region:
            p->setFont(style.regionFont);
            p->setPen(style.labelText);
            break;
        case Kind::Country:
        case Kind::Neighbour:
            p->setFont(style.neighbourFont);
            p->setPen(style.mutedText);
            break;
        case Kind::Water: {
            QFont font = style.neighbourFont;
            font.setItalic(true);
            p->setFont(font);
            p->setPen(colour::mix(style.water, style.theme.text, 0.45));
            break;
        }
        }
        // Plain text always: names come from the dataset and are never markup.
        p->drawText(label.rect, Qt::AlignCenter | Qt::TextSingleLine, label.text);
    }
}

void MapRenderer::drawFurniture(QPainter *p, const MapLayout &layout, const MapStyle &style,
                                const MapScene &scene) const
{
    const qreal u = style.u;
    p->setFont(style.regionFont);
    for (const MapLayout::ScaleBar &bar : layout.scaleBars) {
        fillAxisLine(p, bar.line.p1(), bar.line.p2(), 1.2 * u, style.labelText);
        for (const QPointF &end : {bar.line.p1(), bar.line.p2()})
            fillAxisLine(p, end, end - QPointF(0, 3 * u), 1.2 * u, style.labelText);
        p->setPen(style.labelText);
        p->drawText(bar.textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, bar.text);
    }
    drawPlate(p, layout.attribution.rect, style);
    p->setPen(style.mutedText);
    p->drawText(layout.attribution.rect, Qt::AlignCenter | Qt::TextSingleLine,
                layout.attribution.text);
    p->setFont(style.legendHeadingFont);
    p->setPen(style.labelText);
    p->drawText(layout.insetCaption.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                layout.insetCaption.text);

    if (scene.pairingCount == 0 && scene.ventureCount == 0) {
        const QRectF main = layout.geometry().main.rect;
        p->setFont(style.townFont);
        const QString text = tr("No partnerships or ventures match the current filters");
        const QFontMetricsF metrics(style.townFont, p->device());
        const qreal width = std::min(metrics.horizontalAdvance(text), main.width() - 12 * u);
        const QRectF box(main.center().x() - width / 2, main.top() + 6 * u, width,
                         metrics.height());
        drawPlate(p, box, style);
        p->setPen(style.labelText);
        p->drawText(box, Qt::AlignCenter | Qt::TextSingleLine,
                    metrics.elidedText(text, Qt::ElideRight, width));
    }
}

void MapRenderer::drawFocus(QPainter *p, const MapLayout &layout, const MapStyle &style,
                            const MapScene &scene, const MapLayers &layers, int focus) const
{
    const QList<MapScene::Item> items = scene.items(layers.regions, layers.arcs, layers.pins);
    if (focus < 0 || focus >= items.size())
        return;
    const MapScene::Item item = items.at(focus);
    const qreal u = style.u;
    QPen pen(style.highlight, 2.2 * u, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    p->setBrush(Qt::NoBrush);
    switch (item.kind) {
    case MapScene::ItemKind::Region: {
        const int area = scene.regions.at(item.index).area;
        if (area >= 0 && area < layout.geometry().areas.size()) {
            p->setPen(pen);
            p->drawPath(layout.geometry().areas.at(area));
        }
        break;
    }
    case MapScene::ItemKind::Arc:
        if (item.index < layout.arcs.size()) {
            pen.setWidthF(style.arcWidth(scene.arcs.at(item.index).count()) + 3 * u);
            pen.setColor(colour::withAlpha(style.highlight, 0.55));
            pen.setStyle(Qt::SolidLine);
            p->setPen(pen);
            p->drawPath(layout.arcs.at(item.index));
        }
        break;
    case MapScene::ItemKind::Pin:
        if (item.index < layout.pins.size()) {
            const MapLayout::Pin &pin = layout.pins.at(item.index);
            p->setPen(pen);
            p->drawEllipse(pin.head, pin.radius + 4 * u, pin.radius + 4 * u);
        }
        break;
    }
}

} // namespace pe
