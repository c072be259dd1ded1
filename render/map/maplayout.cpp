#include "render/map/maplayout.h"

#include "render/clipgeometry.h"
#include "render/labelplacer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

constexpr double pi = 3.14159265358979323846;

// Sutherland–Hodgman against a rectangle: a fill cut to a frame. Where the polygon runs
// outside, the result runs along the frame's edge, which is where the frame is drawn.
QPolygonF cutRing(const QPolygonF &ring, const QRectF &rect)
{
    if (rect.contains(ring.boundingRect()))
        return ring;
    QPolygonF points = ring;
    const auto cutEdge = [&points](auto inside, auto crossing) {
        if (points.isEmpty())
            return;
        QPolygonF result;
        QPointF previous = points.last();
        for (const QPointF &current : std::as_const(points)) {
            if (inside(current)) {
                if (!inside(previous))
                    result.append(crossing(previous, current));
                result.append(current);
            } else if (inside(previous)) {
                result.append(crossing(previous, current));
            }
            previous = current;
        }
        points = result;
    };
    const auto atX = [](const QPointF &a, const QPointF &b, qreal x) {
        return QPointF(x, a.y() + (x - a.x()) / (b.x() - a.x()) * (b.y() - a.y()));
    };
    const auto atY = [](const QPointF &a, const QPointF &b, qreal y) {
        return QPointF(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()), y);
    };
    const qreal left = rect.left();
    const qreal right = rect.right();
    const qreal top = rect.top();
    const qreal bottom = rect.bottom();
    cutEdge([&](const QPointF &p) { return p.x() >= left; },
            [&](const QPointF &a, const QPointF &b) { return atX(a, b, left); });
    cutEdge([&](const QPointF &p) { return p.x() <= right; },
            [&](const QPointF &a, const QPointF &b) { return atX(a, b, right); });
    cutEdge([&](const QPointF &p) { return p.y() >= top; },
            [&](const QPointF &a, const QPointF &b) { return atY(a, b, top); });
    cutEdge([&](const QPointF &p) { return p.y() <= bottom; },
            [&](const QPointF &a, const QPointF &b) { return atY(a, b, bottom); });
    return points;
}

// The runs of a polyline inside a rectangle.
QList<QPolygonF> cutLine(const QPolygonF &line, const QRectF &rect)
{
    if (rect.contains(line.boundingRect()))
        return {line};
    QList<QPolygonF> runs;
    QPolygonF run;
    for (int i = 1; i < line.size(); ++i) {
        const std::optional<QLineF> part = clippedLine(QLineF(line.at(i - 1), line.at(i)), rect);
        if (!part) {
            if (run.size() >= 2)
                runs.append(run);
            run.clear();
            continue;
        }
        if (run.isEmpty() || run.last() != part->p1()) {
            if (run.size() >= 2)
                runs.append(run);
            run = QPolygonF{part->p1()};
        }
        run.append(part->p2());
    }
    if (run.size() >= 2)
        runs.append(run);
    return runs;
}

QPolygonF project(const QPolygonF &degrees, const MapGeometry::Frame &frame)
{
    QPolygonF points;
    points.reserve(degrees.size());
    for (const QPointF &p : degrees)
        points.append(frame.map({p.x(), p.y()}));
    return points;
}

// The projected bounds of one country's regions.
QRectF projectedBounds(const BaseMap &map, Side country, const LambertProjection &projection)
{
    qreal left = 1e18, right = -1e18, south = 1e18, north = -1e18;
    for (const BaseMap::Area &area : map.areas()) {
        if (area.country != country)
            continue;
        for (const QPolygonF &ring : area.rings) {
            for (const QPointF &p : ring) {
                const QPointF km = projection.project({p.x(), p.y()});
                left = std::min(left, km.x());
                right = std::max(right, km.x());
                south = std::min(south, km.y());
                north = std::max(north, km.y());
            }
        }
    }
    return QRectF(QPointF(left, south), QPointF(right, north));
}

// Scale and origin putting the projected bounds in the middle of the padded frame.
void fit(MapGeometry::Frame &frame, const QRectF &km, qreal left, qreal top, qreal right,
         qreal bottom)
{
    const QRectF room = frame.rect.adjusted(left, top, -right, -bottom);
    frame.scale = std::max(1e-6, std::min(room.width() / std::max(km.width(), 1.0),
                                          room.height() / std::max(km.height(), 1.0)));
    frame.origin =
        room.center() - QPointF(km.center().x() * frame.scale, -km.center().y() * frame.scale);
}

// A round length for a scale bar at most maxPixels long.
std::pair<int, qreal> scaleBarLength(double pixelsPerKm, qreal maxPixels)
{
    static const int steps[] = {2000, 1000, 500, 250, 200, 100, 50, 25, 20, 10, 5};
    for (const int km : steps) {
        if (km * pixelsPerKm <= maxPixels)
            return {km, km * pixelsPerKm};
    }
    return {0, 0};
}

QString neighbourName(const QString &english)
{
    // The base map's names (scripts/make-map-boundaries.py), translated like any other text.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("MapLayout", "Russia"),
        QT_TRANSLATE_NOOP("MapLayout", "China"),
        QT_TRANSLATE_NOOP("MapLayout", "Mongolia"),
        QT_TRANSLATE_NOOP("MapLayout", "Ukraine"),
        QT_TRANSLATE_NOOP("MapLayout", "Poland"),
        QT_TRANSLATE_NOOP("MapLayout", "Lithuania"),
        QT_TRANSLATE_NOOP("MapLayout", "Latvia"),
        QT_TRANSLATE_NOOP("MapLayout", "Uzbekistan"),
        QT_TRANSLATE_NOOP("MapLayout", "Turkmenistan"),
        QT_TRANSLATE_NOOP("MapLayout", "Kyrgyzstan"),
        QT_TRANSLATE_NOOP("MapLayout", "Caspian Sea"),
        QT_TRANSLATE_NOOP("MapLayout", "Black Sea"),
    };
    for (const char *name : names) {
        if (english == QLatin1String(name))
            return MapLayout::tr(name);
    }
    return english;
}

// Where a label may go around a point, nearest first: right, left, above, below, then the
// diagonals.
QList<QRectF> candidatesAround(const QPointF &p, const QSizeF &size, qreal gap)
{
    const qreal w = size.width();
    const qreal h = size.height();
    return {
        QRectF(p.x() + gap, p.y() - h / 2, w, h),
        QRectF(p.x() - gap - w, p.y() - h / 2, w, h),
        QRectF(p.x() - w / 2, p.y() - gap - h, w, h),
        QRectF(p.x() - w / 2, p.y() + gap, w, h),
        QRectF(p.x() + gap * 0.7, p.y() - gap * 0.7 - h, w, h),
        QRectF(p.x() + gap * 0.7, p.y() + gap * 0.7, w, h),
        QRectF(p.x() - gap * 0.7 - w, p.y() - gap * 0.7 - h, w, h),
        QRectF(p.x() - gap * 0.7 - w, p.y() + gap * 0.7, w, h),
    };
}

} // namespace

MapLayers MapLayers::withHidden(const QSet<QString> &hidden)
{
    MapLayers layers;
    layers.regions = !hidden.contains(QStringLiteral("regions"));
    layers.arcs = !hidden.contains(QStringLiteral("arcs"));
    layers.pins = !hidden.contains(QStringLiteral("pins"));
    layers.labels = !hidden.contains(QStringLiteral("labels"));
    return layers;
}

QSet<QString> MapLayers::hidden() const
{
    QSet<QString> keys;
    if (!regions)
        keys.insert(QStringLiteral("regions"));
    if (!arcs)
        keys.insert(QStringLiteral("arcs"));
    if (!pins)
        keys.insert(QStringLiteral("pins"));
    if (!labels)
        keys.insert(QStringLiteral("labels"));
    return keys;
}

MapLayout::Pin MapLayout::makePin(const QPointF &anchor, qreal radius, qreal lean, qreal stretch)
{
    Pin pin;
    pin.anchor = anchor;
    pin.radius = radius;
    const qreal reach = 2.5 * radius * stretch; // from the head's centre to the tip
    pin.head = anchor + QPointF(std::sin(lean), -std::cos(lean)) * reach;
    // The head's circle from one tangent to the other around the far side, then the tip.
    const qreal towardsTip = std::atan2(anchor.y() - pin.head.y(), anchor.x() - pin.head.x());
    const qreal tangent = std::acos(radius / reach);
    const qreal from = towardsTip + tangent;
    const qreal to = towardsTip - tangent + 2 * pi;
    QPolygonF outline;
    const int steps = 28;
    for (int i = 0; i <= steps; ++i) {
        const qreal angle = from + (to - from) * i / steps;
        outline.append(pin.head + QPointF(std::cos(angle), std::sin(angle)) * radius);
    }
    outline.append(anchor);
    pin.shape.addPolygon(outline);
    pin.shape.closeSubpath();
    return pin;
}

qreal MapGeometry::legendWidth(const QRectF &rect, qreal u)
{
    return isWide(rect) ? rect.width() - 2 * u : rect.width() * 0.5 - 11 * u;
}

namespace {

// Belarus's frame on a portrait page: half the width, as tall as Belarus needs there.
qreal insetBand(const QRectF &rect, qreal u, const BaseMap &map)
{
    const LambertProjection projection = LambertProjection::fittedTo(map.bounds(Side::Belarus));
    const QRectF km = projectedBounds(map, Side::Belarus, projection);
    const qreal aspect = km.height() / std::max(km.width(), 1.0);
    return std::min((rect.width() * 0.5 - 16 * u) * aspect + 42 * u, rect.height() * 0.4);
}

} // namespace

qreal MapGeometry::legendRoom(const QRectF &rect, qreal u, const BaseMap &map)
{
    // Below the frames on a landscape page, with the frames keeping most of it; beside
    // Belarus's frame on a portrait one.
    return isWide(rect) ? rect.height() * 0.42 : insetBand(rect, u, map);
}

std::shared_ptr<const MapGeometry> MapGeometry::compute(const QRectF &page, qreal u,
                                                        const BaseMap &map, qreal legendHeight)
{
    // Frames and legend a unit inside the page: their edges' strokes, half outside a shape,
    // stay inside the page's clip in the PNG as they do in vector files, which keep no clip.
    const QRectF rect = page.adjusted(u, u, -u, -u);
    auto g = std::make_shared<MapGeometry>();
    g->rect = page;
    g->u = u;
    g->legendHeight = legendHeight;
    if (!map.isValid() || rect.width() < 40 || rect.height() < 40)
        return g;
    const QRectF byDegrees = map.bounds(Side::Belarus);
    const QRectF kzDegrees = map.bounds(Side::Kazakhstan);
    g->inset.projection = LambertProjection::fittedTo(byDegrees);
    g->main.projection = LambertProjection::fittedTo(kzDegrees);
    const QRectF byKm = projectedBounds(map, Side::Belarus, g->inset.projection);
    const QRectF kzKm = projectedBounds(map, Side::Kazakhstan, g->main.projection);

    const qreal gap = 10 * u;
    // Room above the country for the caption and for pins standing on its northern places.
    const qreal insetTop = 34 * u;
    const qreal insetSide = 8 * u;
    const qreal byAspect = byKm.height() / std::max(byKm.width(), 1.0);
    g->wide = isWide(rect);
    if (g->wide) {
        const qreal strip = std::min(legendHeight, legendRoom(rect, u, map));
        g->legend = QRectF(rect.left(), rect.bottom() - strip, rect.width(), strip);
        const QRectF frames(rect.topLeft(),
                            QSizeF(rect.width(), std::max(0.0, rect.height() - strip - gap)));
        // Belarus as large as the frames' height allows, within a third of the width or so:
        // Kazakhstan keeps the rest.
        const qreal column =
            std::clamp((frames.height() - insetTop - 8 * u) / byAspect + 2 * insetSide,
                       frames.width() * 0.22, frames.width() * 0.36);
        g->inset.rect = QRectF(frames.left(), frames.top(), column, frames.height());
        g->main.rect = QRectF(frames.left() + column + gap, frames.top(),
                              frames.width() - column - gap, frames.height());
    } else {
        const qreal half = rect.width() * 0.5;
        const qreal band = insetBand(rect, u, map);
        g->inset.rect = QRectF(rect.left(), rect.top(), half, band);
        g->legend = QRectF(rect.left() + half + gap, rect.top(), rect.width() - half - gap, band);
        g->main.rect =
            QRectF(rect.left(), rect.top() + band + gap, rect.width(), rect.height() - band - gap);
    }
    fit(g->inset, byKm, insetSide, insetTop, insetSide, 8 * u);
    // Pins stand up to 20 units above their place; scale bars sit in the lower corners.
    fit(g->main, kzKm, 12 * u, 24 * u, 12 * u, 14 * u);

    for (const Frame *frame : {&g->main, &g->inset}) {
        QPainterPath land;
        land.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : map.land()) {
            const QPolygonF cut = cutRing(project(ring, *frame), frame->rect);
            if (cut.size() >= 3)
                land.addPolygon(cut);
        }
        QList<QPolygonF> borders;
        for (const QPolygonF &line : map.borders())
            borders += cutLine(project(line, *frame), frame->rect);
        if (frame == &g->main) {
            g->landMain = land;
            g->bordersMain = borders;
        } else {
            g->landInset = land;
            g->bordersInset = borders;
        }
    }
    for (const BaseMap::Area &area : map.areas()) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : area.rings) {
            path.addPolygon(project(ring, g->frameOf(area.country)));
            path.closeSubpath();
        }
        g->areas.append(path);
    }
    for (const QPolygonF &line : map.outline(Side::Belarus))
        g->outlineBelarus.append(project(line, g->inset));
    for (const QPolygonF &line : map.outline(Side::Kazakhstan))
        g->outlineKazakhstan.append(project(line, g->main));
    for (const Side country : {Side::Belarus, Side::Kazakhstan}) {
        for (const QPolygonF &line : map.innerBorders(country))
            g->innerBorders.append(project(line, g->frameOf(country)));
    }
    return g;
}

MapLayout MapLayout::compute(const QPaintDevice *device,
                             std::shared_ptr<const MapGeometry> geometry, const MapStyle &style,
                             const BaseMap &map, const MapScene &scene, const MapLayers &layers,
                             const QStringList &extraPlaces)
{
    MapLayout layout;
    layout.m_geometry = std::move(geometry);
    const MapGeometry &g = *layout.m_geometry;
    if (g.main.rect.isEmpty())
        return layout;
    const qreal u = style.u;

    const auto pointOf = [&](const QString &placeId) -> std::optional<QPointF> {
        const auto it = scene.locations.constFind(placeId);
        if (it == scene.locations.cend() || it->kind == PlaceKind::Country)
            return std::nullopt;
        return g.frameOf(it->country).map(it->at);
    };
    const auto addPoint = [&](const QString &placeId) {
        if (layout.points.contains(placeId))
            return;
        if (const auto p = pointOf(placeId))
            layout.points.insert(placeId, *p);
    };

    if (layers.arcs) {
        for (const MapScene::Arc &arc : scene.arcs) {
            addPoint(arc.belarusPlace);
            addPoint(arc.kazakhPlace);
            const QPointF a = layout.points.value(arc.belarusPlace);
            const QPointF b = layout.points.value(arc.kazakhPlace);
            const QPointF along = b - a;
            const qreal length = std::hypot(along.x(), along.y());
            QPointF normal = length > 0 ? QPointF(-along.y(), along.x()) / length : QPointF();
            if (normal.y() > 0)
                normal = -normal; // arcs bow north, away from the legend below Belarus
            QPointF control = (a + b) / 2 + normal * length * 0.12;
            // Inside the body, and so is the whole curve (it stays within the triangle of
            // its three points): nothing of it reaches the title or the notes in any file.
            control.setX(std::clamp(control.x(), g.rect.left(), g.rect.right()));
            control.setY(std::clamp(control.y(), g.rect.top(), g.rect.bottom()));
            QPainterPath path(a);
            path.quadTo(control, b);
            layout.arcs.append(path);
        }
    }
    if (layers.pins) {
        QList<QPointF> anchors;
        for (const MapScene::Pin &pin : scene.pins) {
            addPoint(pin.place);
            anchors.append(layout.points.value(pin.place));
        }
        for (int i = 0; i < scene.pins.size(); ++i) {
            const QPointF anchor = anchors.at(i);
            const qreal radius = (scene.pins.at(i).count() > 9 ? 6.8 : 5.8) * u;
            // Upright, or leaning aside when it would cover a pin placed before it or the
            // point another pin stands on (a town and its region's centre a few kilometres
            // apart).
            const QRectF frame = g.inset.rect.contains(anchor) ? g.inset.rect : g.main.rect;
            const auto clear = [&](const Pin &candidate) {
                // A leaning or taller pin stays in its frame: nothing spills onto the title.
                if (!frame.contains(candidate.shape.boundingRect()))
                    return false;
                for (int j = 0; j < anchors.size(); ++j) {
                    const QRectF dot(anchors.at(j) - QPointF(2 * u, 2 * u), QSizeF(4 * u, 4 * u));
                    if (j != i && candidate.shape.intersects(dot))
                        return false;
                }
                // Tails may cross; a head, which carries the count, stays clear.
                const auto headOf = [u](const Pin &pin) {
                    QPainterPath head;
                    head.addEllipse(pin.head, pin.radius + u, pin.radius + u);
                    return head;
                };
                return std::none_of(layout.pins.cbegin(), layout.pins.cend(),
                                    [&](const Pin &other) {
                                        return other.shape.intersects(headOf(candidate)) ||
                                               candidate.shape.intersects(headOf(other));
                                    });
            };
            Pin shape = makePin(anchor, radius);
            // Leaning first, then taller, as a cluster of pins on a wall map does.
            static const qreal leans[] = {0.0, -0.2, 0.2, -0.35, 0.35, -0.5,
                                          0.5, -0.7, 0.7, -0.9,  0.9};
            QList<std::pair<qreal, qreal>> poses;
            for (const qreal stretch : {1.0, 1.6, 2.3}) {
                for (const qreal lean : leans)
                    poses.append({lean, stretch});
            }
            for (const auto &[lean, stretch] : std::as_const(poses)) {
                const Pin candidate = makePin(anchor, radius, lean, stretch);
                if (clear(candidate)) {
                    shape = candidate;
                    break;
                }
            }
            layout.pins.append(shape);
        }
    }
    for (const QString &place : extraPlaces)
        addPoint(place);
    for (const MapScene::PlaceMark &mark : scene.places) {
        if (mark.capital)
            addPoint(mark.place);
    }

    // Labels: fixed furniture first (caption, scale bars, attribution), then the markers
    // they must not cover, then names by importance.
    const QRectF mainArea = g.main.rect.adjusted(3 * u, 3 * u, -3 * u, -3 * u);
    const QRectF insetArea = g.inset.rect.adjusted(3 * u, 3 * u, -3 * u, -3 * u);
    LabelPlacer mainPlacer(mainArea, 2 * u);
    LabelPlacer insetPlacer(insetArea, 2 * u);
    const auto placerFor = [&](const QPointF &p) -> LabelPlacer * {
        if (g.inset.rect.contains(p))
            return &insetPlacer;
        if (g.main.rect.contains(p))
            return &mainPlacer;
        return nullptr;
    };
    const qreal plate = 1.5 * u; // the label's plate reaches this far beyond its text

    {
        const QFontMetricsF metrics(style.legendHeadingFont, device);
        const QString country = scene.belarusName.isEmpty() ? tr("Belarus") : scene.belarusName;
        const double ratio = g.inset.pixelsPerKm(map.bounds(Side::Belarus).center().y()) /
                             g.main.pixelsPerKm(map.bounds(Side::Kazakhstan).center().y());
        layout.insetCaption.text =
            tr("%1 (enlarged ×%2)").arg(country, QLocale().toString(ratio, 'f', 1));
        layout.insetCaption.kind = Label::Kind::Country;
        layout.insetCaption.rect =
            QRectF(g.inset.rect.left() + 7 * u, g.inset.rect.top() + 6 * u,
                   metrics.horizontalAdvance(layout.insetCaption.text), metrics.height());
        insetPlacer.reserveLabel(layout.insetCaption.rect);
    }
    {
        const QFontMetricsF metrics(style.regionFont, device);
        layout.attribution.text = tr("Boundaries: %1").arg(map.attribution());
        layout.attribution.kind = Label::Kind::Water;
        const QSizeF size(metrics.horizontalAdvance(layout.attribution.text), metrics.height());
        layout.attribution.rect =
            QRectF(g.main.rect.right() - 6 * u - size.width(),
                   g.main.rect.bottom() - 5 * u - size.height(), size.width(), size.height());
        mainPlacer.reserveLabel(layout.attribution.rect);
    }
    {
        const QFontMetricsF metrics(style.regionFont, device);
        for (const auto &[frame, latitude, placer] :
             {std::tuple{&g.main, map.bounds(Side::Kazakhstan).center().y(), &mainPlacer},
              std::tuple{&g.inset, map.bounds(Side::Belarus).center().y(), &insetPlacer}}) {
            const auto [km, pixels] =
                scaleBarLength(frame->pixelsPerKm(latitude), frame->rect.width() * 0.22);
            if (km == 0)
                continue;
            ScaleBar bar;
            const QPointF start(frame->rect.left() + 10 * u, frame->rect.bottom() - 9 * u);
            bar.line = QLineF(start, start + QPointF(pixels, 0));
            bar.text = tr("%1 km").arg(QLocale().toString(km));
            const qreal width = metrics.horizontalAdvance(bar.text);
            bar.textRect = QRectF(start.x(), start.y() - 3 * u - metrics.height(),
                                  std::max(width, pixels), metrics.height());
            placer->reserveLabel(bar.textRect.united(QRectF(start, QSizeF(pixels, 3 * u))));
            layout.scaleBars.append(bar);
        }
    }

    const qreal dot = 2.6 * u;
    for (const Pin &pin : std::as_const(layout.pins)) {
        if (LabelPlacer *placer = placerFor(pin.anchor))
            placer->reserve(pin.shape.boundingRect());
    }
    for (auto it = layout.points.cbegin(); it != layout.points.cend(); ++it) {
        if (LabelPlacer *placer = placerFor(it.value()))
            placer->reserve(QRectF(it.value() - QPointF(dot, dot), QSizeF(2 * dot, 2 * dot)));
    }

    if (layers.labels) {
        QList<MapScene::PlaceMark> marks;
        for (const MapScene::PlaceMark &mark : scene.places) {
            if (layout.points.contains(mark.place))
                marks.append(mark);
        }
        // The selected event's places come right after the capitals: they are what the
        // reader asked to see.
        for (const QString &place : extraPlaces) {
            const auto it = scene.locations.constFind(place);
            if (it == scene.locations.cend() || !layout.points.contains(place) ||
                std::any_of(marks.cbegin(), marks.cend(),
                            [&](const MapScene::PlaceMark &m) { return m.place == place; }))
                continue;
            const auto firstOther =
                std::find_if(marks.begin(), marks.end(),
                             [](const MapScene::PlaceMark &m) { return !m.capital; });
            marks.insert(firstOther, {place, it->country, it->name, false, it->kind, 0});
        }
        for (const MapScene::PlaceMark &mark : std::as_const(marks)) {
            const QPointF p = layout.points.value(mark.place);
            LabelPlacer *placer = placerFor(p);
            if (!placer)
                continue;
            const Label::Kind kind = mark.capital      ? Label::Kind::Capital
                                     : mark.isRegion() ? Label::Kind::Region
                                                       : Label::Kind::Town;
            const QFont &font = kind == Label::Kind::Capital  ? style.capitalFont
                                : kind == Label::Kind::Region ? style.regionFont
                                                              : style.townFont;
            const QFontMetricsF metrics(font, device);
            const QSizeF size(metrics.horizontalAdvance(mark.name) + 2 * plate, metrics.height());
            if (const auto rect = placer->tryPlace(candidatesAround(p, size, dot + 2 * u)))
                layout.labels.append({mark.name, rect->adjusted(plate, 0, -plate, 0), kind});
        }
        // The neighbours' and seas' names, only where they leave the data's names alone.
        const QFontMetricsF neighbourMetrics(style.neighbourFont, device);
        const auto placeName = [&](const QString &text, const QPointF &p, Label::Kind kind) {
            LabelPlacer *placer = placerFor(p);
            if (!placer || text.isEmpty())
                return;
            const QSizeF size(neighbourMetrics.horizontalAdvance(text), neighbourMetrics.height());
            const QRectF centred(p - QPointF(size.width() / 2, size.height() / 2), size);
            if (const auto rect = placer->tryPlace({centred}))
                layout.labels.append({text, *rect, kind});
        };
        for (const BaseMap::Label &label : map.labels()) {
            const Label::Kind kind = label.kind == BaseMap::Label::Kind::Water
                                         ? Label::Kind::Water
                                         : Label::Kind::Neighbour;
            const QString text = kind == Label::Kind::Water ? neighbourName(label.name)
                                                            : neighbourName(label.name).toUpper();
            for (const MapGeometry::Frame *frame : {&g.main, &g.inset}) {
                const QPointF p = frame->map(label.at);
                if (frame->rect.contains(p))
                    placeName(text, p, kind);
            }
        }
    }
    return layout;
}

int MapLayout::regionAt(const MapScene &scene, const QPointF &pos) const
{
    if (!isValid())
        return -1;
    for (int i = 0; i < scene.regions.size(); ++i) {
        const int area = scene.regions.at(i).area;
        if (area >= 0 && area < m_geometry->areas.size() &&
            m_geometry->areas.at(area).contains(pos))
            return i;
    }
    return -1;
}

int MapLayout::arcAt(const MapScene &scene, const MapStyle &style, const QPointF &pos) const
{
    // The thinnest arc on top wins, as it is drawn last.
    for (int i = int(arcs.size()) - 1; i >= 0; --i) {
        QPainterPathStroker stroker;
        stroker.setWidth(style.arcWidth(scene.arcs.at(i).count()) + 5 * style.u);
        if (stroker.createStroke(arcs.at(i)).contains(pos))
            return i;
    }
    return -1;
}

int MapLayout::pinAt(const QPointF &pos) const
{
    for (int i = int(pins.size()) - 1; i >= 0; --i) {
        if (pins.at(i).shape.contains(pos))
            return i;
    }
    return -1;
}

QRectF MapLayout::itemRect(const MapScene &scene, const MapScene::Item &item) const
{
    if (!isValid())
        return {};
    switch (item.kind) {
    case MapScene::ItemKind::Region: {
        const int area = scene.regions.value(item.index).area;
        return area >= 0 && area < m_geometry->areas.size()
                   ? m_geometry->areas.at(area).boundingRect()
                   : QRectF();
    }
    case MapScene::ItemKind::Arc:
        return item.index < arcs.size() ? arcs.at(item.index).boundingRect() : QRectF();
    case MapScene::ItemKind::Pin:
        return item.index < pins.size() ? pins.at(item.index).shape.boundingRect() : QRectF();
    }
    return {};
}

} // namespace pe
