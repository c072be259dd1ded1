#include "render/timeline/timelinerenderer.h"
#include "render/textwrap.h"

#include "models/vocabulary.h"
#include "render/clipgeometry.h"
#include "render/colour.h"
#include "render/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pe {

namespace {

QString countText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

} // namespace

void TimelineRenderer::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme,
                             const TimelineItems &items, const TimelineViewport &viewport,
                             const QString &selectedId, int markedYear)
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    const TimelineFrame f =
        TimelineFrame::compute(painter->device(), rect, theme, items.lanes(), viewport, m_periods);
    const TimelineLayout &timelineLayout = layout(f, items);
    prepareLabels(items, f.textKey);

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(rect, theme.background);

    drawBackground(painter, f, theme);
    drawPeriods(painter, f, theme);
    drawGrid(painter, f, theme);
    drawMarkedYear(painter, f, theme, markedYear);
    drawNodes(painter, f, theme, items, timelineLayout);
    drawSelection(painter, f, theme, items, timelineLayout, items.indexOf(selectedId));
    drawAxis(painter, f, theme);
    drawMarkedYearTag(painter, f, theme, markedYear);
    drawLaneLabels(painter, f, theme, items.lanes());
    drawLegend(painter, f, theme);

    if (items.isEmpty()) {
        // The view's translation context, as for the legend (see TimelineFrame).
        painter->setFont(theme.font(1.1));
        painter->setPen(theme.mutedText);
        painter->drawText(
            f.plot, Qt::AlignCenter,
            items.modelHasNoRows()
                ? QCoreApplication::translate("pe::TimelineView",
                                              "No events match the current filters")
                : QCoreApplication::translate("pe::TimelineView", "No events to show"));
    }
    painter->restore();
}

const TimelineLayout &TimelineRenderer::layout(const TimelineFrame &frame,
                                               const TimelineItems &items)
{
    if (m_layoutRevision != items.revision() || m_layout.metrics() != frame.metrics ||
        m_layout.laneCount() != frame.lanes) {
        m_layout.build(items.events(), frame.lanes, frame.metrics);
        m_layoutRevision = items.revision();
    }
    return m_layout;
}

void TimelineRenderer::prepareLabels(const TimelineItems &items, const QString &textKey)
{
    if (m_labelsRevision == items.revision() && m_textKey == textKey)
        return;
    // Other events, or another font or resolution: every measured width is stale.
    m_labelsRevision = items.revision();
    m_textKey = textKey;
    const size_t n = size_t(items.size());
    m_titleWidth.assign(n, -1.f);
    m_elided.assign(n, QString());
    m_elidedFor.assign(n, -1.f);
}

QString TimelineRenderer::labelFor(const TimelineItems &items, int item, double width,
                                   const QFont &font, const QPaintDevice *device)
{
    const QString &title = items.at(item).title;
    if (m_titleWidth[item] < 0)
        m_titleWidth[item] = float(QFontMetricsF(font, device).horizontalAdvance(title));
    if (m_titleWidth[item] <= width)
        return title;
    if (m_elidedFor[item] != float(width)) {
        m_elided[item] = QFontMetricsF(font, device).elidedText(title, Qt::ElideRight, width);
        m_elidedFor[item] = float(width);
    }
    return m_elided[item];
}

void TimelineRenderer::drawBackground(QPainter *p, const TimelineFrame &f,
                                      const ViewTheme &theme) const
{
    // Every other lane faintly tinted: enough to follow a lane, too little to compete.
    const QColor stripe = colour::mix(theme.background, theme.text, theme.isDark() ? 0.045 : 0.028);
    for (int lane = 1; lane < f.lanes; lane += 2)
        p->fillRect(f.laneRect(lane), stripe);
}

void TimelineRenderer::drawPeriods(QPainter *p, const TimelineFrame &f,
                                   const ViewTheme &theme) const
{
    const qreal u = f.u;
    const QColor base = theme.greyscale ? QColor(0, 0, 0, 18) : palette::era();
    const qreal strength = theme.isDark() ? 2.2 : 1.0;
    const QFontMetricsF fm(f.periodFont, p->device());
    int index = 0;
    for (const TimelinePeriod &period : m_periods) {
        // Adjacent periods are told apart by a slightly different depth of tint.
        const QColor band =
            colour::withAlpha(base, std::min(1.0, strength * (index % 2 ? 1.45 : 1.0)));
        ++index;
        const QRectF bandRect = f.periodBand(period);
        if (bandRect.isEmpty())
            continue;
        const double x0 = bandRect.left();
        const double x1 = bandRect.right();
        p->fillRect(bandRect, band);
        p->fillRect(QRectF(x0, f.periodStrip.top(), x1 - x0, f.periodStrip.height()), band);
        // Edges that really are the period's start or end get a fine line; cut edges do not.
        p->setPen(QPen(colour::withAlpha(base, std::min(1.0, strength * 3.5)), 0.8 * u));
        if (f.x(period.from) >= f.plot.left())
            p->drawLine(QPointF(x0, f.periodStrip.top()), QPointF(x0, f.plot.bottom()));
        if (f.x(period.to) <= f.plot.right())
            p->drawLine(QPointF(x1, f.periodStrip.top()), QPointF(x1, f.plot.bottom()));

        // The label stays at the visible start of the band while panning.
        const qreal room = f.periodLabelRoom(period);
        if (room <= 0)
            continue;
        const QStringList lines = wrapText(fm, period.label, room, f.periodLines);
        p->setFont(f.periodFont);
        p->setPen(theme.mutedText);
        const qreal textHeight = lines.size() * fm.lineSpacing();
        qreal y = f.periodStrip.center().y() - textHeight / 2;
        for (const QString &line : lines) {
            p->drawText(QRectF(x0 + 6 * u, y, room, fm.lineSpacing()),
                        Qt::AlignLeft | Qt::AlignVCenter, line);
            y += fm.lineSpacing();
        }
    }
}

void TimelineRenderer::drawGrid(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const
{
    const qreal u = f.u;
    const double to = f.from + f.span;
    const QColor major = theme.grid;
    const QColor minor = colour::mix(theme.grid, theme.background, 0.55);
    const int firstYearShown = int(std::floor(f.from));
    const int lastYearShown = int(std::ceil(to));
    p->save();
    p->setClipRect(f.plot);
    if (f.ticks.monthGrid) {
        p->setPen(QPen(minor, 0.7 * u));
        for (int year = firstYearShown; year <= lastYearShown; ++year) {
            for (int month = 1; month < 12; ++month) {
                const double x = f.x(year + month / 12.0);
                if (x >= f.plot.left() && x <= f.plot.right())
                    p->drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
            }
        }
    }
    for (int year = firstYearShown; year <= lastYearShown; ++year) {
        const bool labelled = year % f.ticks.yearStep == 0;
        // Unlabelled years still get a faint line while they are a few points apart.
        if (!labelled && f.ppy < 10 * u)
            continue;
        const double x = f.x(year);
        if (x < f.plot.left() || x > f.plot.right())
            continue;
        p->setPen(QPen(labelled ? major : minor, (labelled ? 1.0 : 0.7) * u));
        p->drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
    }
    p->restore();
}

void TimelineRenderer::drawMarkedYear(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                                      int year) const
{
    if (!year)
        return;
    const qreal u = f.u;
    const double x0 = f.x(year);
    const double x1 = f.x(year + 1);
    if (x1 < f.plot.left() || x0 > f.plot.right())
        return;
    const QColor colour = theme.adjust(palette::highlight());
    p->save();
    p->setClipRect(f.plot.adjusted(0, -f.periodStrip.height(), 0, 0));
    // Cut to the plot by hand as well: an SVG reader ignores the painter's clip.
    p->fillRect(QRectF(x0, f.plot.top(), x1 - x0, f.plot.height()).intersected(f.plot),
                colour::withAlpha(colour, 0.07));
    const double centre = (x0 + x1) / 2;
    p->setPen(QPen(colour, 1.5 * u));
    if (centre >= f.plot.left() && centre <= f.plot.right())
        p->drawLine(QPointF(centre, f.plot.top()), QPointF(centre, f.plot.bottom()));
    p->restore();
}

void TimelineRenderer::drawMarkedYearTag(QPainter *p, const TimelineFrame &f,
                                         const ViewTheme &theme, int year) const
{
    if (!year)
        return;
    const double centre = f.x(year + 0.5);
    if (centre < f.plot.left() || centre > f.plot.right())
        return;
    // On the axis, where the eye looks for years, rather than over period labels.
    const qreal u = f.u;
    const QColor colour = theme.adjust(palette::highlight());
    const QString text = QString::number(year);
    const QFontMetricsF fm(f.yearFont, p->device());
    const qreal w = fm.horizontalAdvance(text) + 10 * u;
    // max/min rather than clamp: on a plot narrower than the tag the bounds cross.
    const QRectF tag(std::max(f.plot.left(), std::min(centre - w / 2, f.plot.right() - w)),
                     f.axis.top() + 3 * u, w, fm.height() + 3 * u);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawRoundedRect(tag, 3 * u, 3 * u);
    p->setPen(colour::textOn(colour));
    p->setFont(f.yearFont);
    p->drawText(tag, Qt::AlignCenter, text);
    p->restore();
}

namespace {

// The bar of a month or year event: across its month or year, never narrower than a mark.
QRectF spanRect(const TimelineEvent &e, double x0, double x1, double anchorX, double y, qreal u)
{
    const bool year = e.precision == DatePrecision::Year;
    const qreal h = (year ? 8 : 6) * u;
    const qreal inset = std::min(1.0 * u, (x1 - x0) / 4);
    x0 += inset;
    x1 -= inset;
    const qreal minWidth = (year ? 16 : 11) * u;
    if (x1 - x0 < minWidth) {
        x0 = anchorX - minWidth / 2;
        x1 = anchorX + minWidth / 2;
    }
    return QRectF(x0, y - h / 2, x1 - x0, h);
}

} // namespace

namespace {
// Sizes in 1/64 device units: equal for the hash exactly when equal for ==.
int fixed(qreal value)
{
    return qRound(value * 64);
}
} // namespace

size_t qHash(const TimelineRenderer::Sprite &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), key.colour, key.background, key.count,
                      fixed(key.size.width()), fixed(key.size.height()), fixed(key.unit),
                      fixed(key.dpr));
}

bool TimelineRenderer::Sprite::operator==(const Sprite &o) const
{
    return kind == o.kind && colour == o.colour && background == o.background && count == o.count &&
           fixed(size.width()) == fixed(o.size.width()) &&
           fixed(size.height()) == fixed(o.size.height()) && fixed(unit) == fixed(o.unit) &&
           fixed(dpr) == fixed(o.dpr);
}

void TimelineRenderer::drawSprite(QPainter *p, const Sprite &key, const QRectF &bounds,
                                  const QRectF &cut,
                                  const std::function<void(QPainter *, const QPointF &)> &draw)
{
    // Vector targets (SVG, PDF) and scaled painters get real shapes; raster targets get
    // the marker drawn once and copied: antialiased curves cost far more than a blit,
    // and a crowded frame draws hundreds of identical markers.
    const bool raster = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster &&
                        p->worldTransform().type() <= QTransform::TxTranslate;
    if (!raster) {
        drawInside(p, bounds, cut, [&](QPainter *q) { draw(q, bounds.topLeft()); });
        return;
    }
    Sprite k = key;
    k.dpr = p->device()->devicePixelRatio();
    auto it = m_sprites.find(k);
    if (it == m_sprites.end()) {
        if (m_sprites.size() > 1024)
            m_sprites.clear(); // zooming through many counts: start afresh
        QImage sprite((bounds.size() * k.dpr).toSize() + QSize(2, 2),
                      QImage::Format_ARGB32_Premultiplied);
        sprite.setDevicePixelRatio(k.dpr);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        draw(&sp, QPointF(0, 0));
        sp.end();
        it = m_sprites.insert(k, sprite);
    }
    // Whole device pixels: a copy at a fractional position would be resampled.
    const QPointF origin = p->worldTransform().map(bounds.topLeft()) * k.dpr;
    const QPointF snapped(std::round(origin.x()) / k.dpr, std::round(origin.y()) / k.dpr);
    p->drawImage(p->worldTransform().inverted().map(snapped), it.value());
}

void TimelineRenderer::drawNodes(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                                 const TimelineItems &items, const TimelineLayout &layout)
{
    if (f.lanes == 0)
        return;
    const qreal u = f.u;
    const TimelineLayoutMetrics &m = f.metrics;
    const double absLeft = f.absolute(f.plot.left());
    const double absRight = f.absolute(f.plot.right());
    const std::vector<TimelineNode> &nodes = layout.nodes();
    const QFontMetricsF countFm(f.countFont, p->device());
    const qreal pillHeight = std::min(15 * u, f.rowHeight - 2 * u);
    const qreal dotRadius = std::min(4.5 * u, f.rowHeight / 2 - 1 * u);
    const QPaintDevice *device = p->device();

    p->save();
    p->setClipRect(f.plot);
    for (int lane = 0; lane < f.lanes; ++lane) {
        const auto [begin, end] = layout.laneNodesIn(lane, absLeft, absRight);
        if (begin == end)
            continue;
        const QColor colour = theme.adjust(palette::category(items.lanes().at(lane)));
        const std::vector<int> &laneEvents = layout.laneEvents(lane);

        // Markers are filled shapes only, halos included: strokes cost several times a
        // fill in the raster engine, and a frame of 10,000 events draws hundreds of them.
        // Year bars first and faint: they are background for everything else in the lane.
        p->setPen(Qt::NoPen);
        p->setBrush(colour::withAlpha(colour, theme.isDark() ? 0.34 : 0.26));
        for (int n = begin; n < end; ++n) {
            const TimelineNode &node = nodes[n];
            if (node.isCluster())
                continue;
            const TimelineEvent &e = items.at(laneEvents[node.first]);
            if (e.precision != DatePrecision::Year)
                continue;
            const QRectF bar =
                spanRect(e, f.x(e.start), f.x(e.end), f.x(e.anchor), f.rowY(lane, node.row), u);
            drawInside(p, bar, f.plot, [&](QPainter *q) {
                q->drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
            });
        }

        // Markers.
        const QColor onColour = colour::textOn(colour);
        const QBrush shadow(colour::withAlpha(colour, 0.35));
        const QBrush halo(theme.background);
        const QBrush solid(colour);
        const QBrush light(colour::withAlpha(colour, theme.isDark() ? 0.5 : 0.4));
        const qreal haloWidth = 1.4 * u;
        for (int n = begin; n < end; ++n) {
            const TimelineNode &node = nodes[n];
            const double y = f.rowY(lane, node.row);
            if (node.isCluster()) {
                const QRectF pill(f.screen(node.left), y - pillHeight / 2, node.right - node.left,
                                  pillHeight);
                // Room for the halo and for the second pill peeking out behind.
                const QRectF bounds =
                    pill.adjusted(-haloWidth, -haloWidth - 2 * u, haloWidth + 2 * u, haloWidth);
                const QPointF offset = pill.topLeft() - bounds.topLeft();
                const QString count = countText(node.count);
                const Sprite key{Sprite::Cluster, colour.rgba(), theme.background.rgba(),
                                 node.count,      bounds.size(), u};
                drawSprite(p, key, bounds, f.plot, [&](QPainter *sp, const QPointF &origin) {
                    const QRectF at(origin + offset, pill.size());
                    const qreal r = pillHeight / 2;
                    sp->setPen(Qt::NoPen);
                    // A second pill peeking out behind says "more than one".
                    sp->setBrush(shadow);
                    sp->drawRoundedRect(at.translated(2 * u, -2 * u), r, r);
                    sp->setBrush(halo);
                    sp->drawRoundedRect(at.adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth),
                                        r + haloWidth, r + haloWidth);
                    sp->setBrush(solid);
                    sp->drawRoundedRect(at, r, r);
                    sp->setPen(onColour);
                    sp->setFont(f.countFont);
                    const QFontMetricsF fm(f.countFont, sp->device());
                    sp->drawText(QPointF(at.center().x() - fm.horizontalAdvance(count) / 2,
                                         at.center().y() + (fm.ascent() - fm.descent()) / 2),
                                 count);
                });
                continue;
            }
            const TimelineEvent &e = items.at(laneEvents[node.first]);
            const double x = f.x(e.anchor);
            p->setPen(Qt::NoPen);
            switch (e.precision) {
            case DatePrecision::Day: {
                const qreal outer = dotRadius + haloWidth;
                const QRectF bounds(x - outer, y - outer, 2 * outer, 2 * outer);
                const Sprite key{Sprite::Dot, colour.rgba(), theme.background.rgba(),
                                 0,           bounds.size(), u};
                drawSprite(p, key, bounds, f.plot, [&](QPainter *sp, const QPointF &origin) {
                    const QPointF centre = origin + QPointF(outer, outer);
                    sp->setPen(Qt::NoPen);
                    sp->setBrush(halo);
                    sp->drawEllipse(centre, outer, outer);
                    sp->setBrush(solid);
                    sp->drawEllipse(centre, dotRadius, dotRadius);
                });
                break;
            }
            case DatePrecision::Month: {
                const QRectF bar = spanRect(e, f.x(e.start), f.x(e.end), x, y, u);
                const qreal r = bar.height() / 2;
                const QRectF outer = bar.adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth);
                drawInside(p, outer, f.plot, [&](QPainter *q) {
                    if (bar.width() > 18 * u) {
                        // Zoomed in, the month is wide: a lighter bar keeps labels over it
                        // readable, and a centre gives the eye a point to aim at.
                        q->setBrush(light);
                        q->drawRoundedRect(bar, r, r);
                        q->setBrush(solid);
                        q->drawEllipse(QPointF(x, y), dotRadius * 0.7, dotRadius * 0.7);
                    } else {
                        q->setBrush(halo);
                        q->drawRoundedRect(outer, r + haloWidth, r + haloWidth);
                        q->setBrush(solid);
                        q->drawRoundedRect(bar, r, r);
                    }
                });
                break;
            }
            case DatePrecision::Year:
                // A small solid centre on the faint bar: something to aim at and to select.
                p->setBrush(solid);
                drawInside(p, QRectF(x - dotRadius, y - dotRadius, 2 * dotRadius, 2 * dotRadius),
                           f.plot, [&](QPainter *q) {
                               q->drawEllipse(QPointF(x, y), dotRadius * 0.6, dotRadius * 0.6);
                           });
                break;
            }
        }

        // Labels, in the room the layout left them.
        p->setFont(f.labelFont);
        for (int n = begin; n < end; ++n) {
            const TimelineNode &node = nodes[n];
            if (node.labelWidth <= 0)
                continue;
            // A label whose marker has left the view would be cut mid-word: drop it.
            if (f.screen(node.left) < f.plot.left())
                continue;
            const double x = f.screen(node.right) + m.labelPadding;
            const double room = std::min(node.labelWidth, f.plot.right() - x - 2 * u);
            if (room < m.minLabelWidth)
                continue;
            const double y = f.textBaseline(f.rowY(lane, node.row));
            const int item = laneEvents[node.first];
            p->setPen(theme.text);
            p->drawText(QPointF(x, y), labelFor(items, item, room, f.labelFont, device));
        }
    }
    p->restore();
}

void TimelineRenderer::drawSelection(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                                     const TimelineItems &items, const TimelineLayout &layout,
                                     int item) const
{
    const int nodeIndex = layout.nodeOfEvent(item);
    if (item < 0 || nodeIndex < 0)
        return;
    const qreal u = f.u;
    const TimelineNode &node = layout.nodes()[nodeIndex];
    const TimelineEvent &e = items.at(item);
    const double y = f.rowY(node.lane, node.row);
    const double left = f.screen(node.left);
    const double right = f.screen(node.right);
    if (right < f.plot.left() || left > f.plot.right())
        return;
    const QColor colour = palette::highlight();

    p->save();
    p->setClipRect(f.plot);
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(colour, 2 * u));
    QRectF ring;
    if (node.isCluster()) {
        const qreal h = std::min(15 * u, f.rowHeight - 2 * u);
        ring = QRectF(left, y - h / 2, right - left, h).adjusted(-3 * u, -3 * u, 3 * u, 3 * u);
    } else if (e.precision == DatePrecision::Month) {
        ring = spanRect(e, f.x(e.start), f.x(e.end), f.x(e.anchor), y, u)
                   .adjusted(-3 * u, -3 * u, 3 * u, 3 * u);
    } else {
        const qreal r = 8 * u;
        ring = QRectF(f.x(e.anchor) - r, y - r, 2 * r, 2 * r);
    }
    drawInside(p, ring.adjusted(-u, -u, u, u), f.plot, [&](QPainter *q) {
        q->drawRoundedRect(ring, ring.height() / 2, ring.height() / 2);
    });

    // The selected title is always readable, even where its label had no room.
    const QFontMetricsF fm(f.selectedFont, p->device());
    const QString title =
        fm.elidedText(e.title, Qt::ElideRight, std::min(320 * u, f.plot.width() * 0.6));
    const qreal w = fm.horizontalAdvance(title) + 12 * u;
    const qreal h = fm.height() + 6 * u;
    qreal x = ring.right() + 4 * u;
    if (x + w > f.plot.right())
        x = std::max(f.plot.left(), ring.left() - 4 * u - w);
    const QRectF box(x, y - h / 2, w, h);
    p->setPen(QPen(colour, 1.2 * u));
    p->setBrush(theme.background);
    p->drawRoundedRect(box, 4 * u, 4 * u);
    p->setPen(theme.text);
    p->setFont(f.selectedFont);
    p->drawText(box, Qt::AlignCenter, title);
    p->restore();
}

void TimelineRenderer::drawAxis(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const
{
    const qreal u = f.u;
    const double to = f.from + f.span;
    const QFontMetricsF fm(f.axisFont, p->device());
    const qreal line = fm.height() + 2 * u;
    const qreal top = f.axis.top() + 5 * u;

    p->save();
    p->setClipRect(
        QRectF(f.plot.left() - 30 * u, f.axis.top(), f.plot.width() + 60 * u, f.axis.height()));
    p->setPen(QPen(theme.axis, 1.0 * u));
    p->drawLine(QPointF(f.plot.left(), f.axis.top()), QPointF(f.plot.right(), f.axis.top()));

    const int firstYearShown = int(std::floor(f.from));
    const int lastYearShown = int(std::ceil(to));
    // Ticks at the start of labelled years.
    for (int year = firstYearShown; year <= lastYearShown; ++year) {
        if (year % f.ticks.yearStep)
            continue;
        const double x = f.x(year);
        if (x < f.plot.left() || x > f.plot.right())
            continue;
        p->drawLine(QPointF(x, f.axis.top()), QPointF(x, f.axis.top() + 4 * u));
    }

    if (f.ticks.monthStep) {
        // Months on the first line, each centred in its month; years below, kept in view.
        const QLocale locale;
        p->setFont(f.axisFont);
        p->setPen(theme.mutedText);
        for (int year = firstYearShown; year <= lastYearShown; ++year) {
            for (int month = 1; month <= 12; month += f.ticks.monthStep) {
                const double x0 = f.x(year + (month - 1) / 12.0);
                const double x1 = f.x(year + (month - 1 + f.ticks.monthStep) / 12.0);
                if (x1 < f.plot.left() || x0 > f.plot.right())
                    continue;
                const QString name = locale.standaloneMonthName(month, QLocale::ShortFormat);
                const double centre = f.ticks.monthStep == 1 ? (x0 + x1) / 2 : x0;
                const double half = fm.horizontalAdvance(name) / 2;
                if (centre - half < f.plot.left() - 2 * u || centre + half > f.plot.right() + 2 * u)
                    continue; // half a month name reads as a typo
                p->drawText(QRectF(centre - 40 * u, top, 80 * u, line), Qt::AlignCenter, name);
            }
        }
        p->setFont(f.yearFont);
        p->setPen(theme.text);
        for (int year = firstYearShown; year <= lastYearShown; ++year) {
            const double x0 = std::max(f.x(year), f.plot.left());
            const double x1 = std::min(f.x(year + 1), f.plot.right());
            if (x1 <= x0)
                continue;
            const QString text = QString::number(year);
            const double w = fm.horizontalAdvance(text) + 8 * u;
            if (x1 - x0 < w)
                continue;
            const double centre = std::clamp((x0 + x1) / 2, x0 + w / 2, x1 - w / 2);
            p->drawText(QRectF(centre - w / 2, top + line, w, line), Qt::AlignCenter, text);
        }
    } else {
        // Years alone: a single year is labelled across its width, longer steps at the tick.
        p->setFont(f.axisFont);
        p->setPen(theme.mutedText);
        for (int year = firstYearShown; year <= lastYearShown; ++year) {
            if (year % f.ticks.yearStep)
                continue;
            const double centre = f.ticks.yearStep == 1 ? f.x(year + 0.5) : f.x(year);
            if (centre < f.plot.left() - 2 * u || centre > f.plot.right() + 2 * u)
                continue;
            p->drawText(QRectF(centre - 30 * u, top, 60 * u, line), Qt::AlignCenter,
                        QString::number(year));
        }
    }
    p->restore();
}

void TimelineRenderer::drawLaneLabels(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                                      const QList<Category> &lanes) const
{
    const qreal u = f.u;
    const QFontMetricsF fm(f.laneFont, p->device());
    p->save();
    p->setFont(f.laneFont);
    for (int lane = 0; lane < f.lanes; ++lane) {
        const Category category = lanes.at(lane);
        const double y = f.plot.top() + (lane + 0.5) * f.laneHeight;
        const QColor colour = theme.adjust(palette::category(category));
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(QRectF(f.laneColumn.left(), y - 5 * u, 4 * u, 10 * u), 2 * u, 2 * u);
        const qreal x = f.laneColumn.left() + 10 * u;
        const qreal room = f.laneColumn.right() - x - 10 * u;
        p->setPen(theme.text);
        p->drawText(QRectF(x, y - f.laneHeight / 2, room, f.laneHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(Vocabulary::label(category), Qt::ElideRight, room));
    }
    p->restore();
}

void TimelineRenderer::drawLegend(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const
{
    using Entry = TimelineFrame::LegendEntry;
    const qreal u = f.u;
    const QColor neutral = theme.mutedText;
    p->save();
    p->setFont(f.legendFont);
    const QFontMetricsF fm(f.legendFont, p->device());
    for (const Entry &e : f.legendEntries) {
        const QPointF c = e.pos;
        qreal symbol = 9 * u;
        switch (e.kind) {
        case Entry::Category:
            p->setPen(Qt::NoPen);
            p->setBrush(theme.adjust(palette::category(e.category)));
            p->drawEllipse(QPointF(c.x() + 4.5 * u, c.y()), 4.5 * u, 4.5 * u);
            break;
        case Entry::Day:
            p->setPen(Qt::NoPen);
            p->setBrush(neutral);
            p->drawEllipse(QPointF(c.x() + 4.5 * u, c.y()), 4 * u, 4 * u);
            break;
        case Entry::Month:
            symbol = 12 * u;
            p->setPen(Qt::NoPen);
            p->setBrush(neutral);
            p->drawRoundedRect(QRectF(c.x(), c.y() - 3 * u, 12 * u, 6 * u), 3 * u, 3 * u);
            break;
        case Entry::Year:
            symbol = 20 * u;
            p->setPen(QPen(colour::withAlpha(neutral, 0.6), 0.8 * u));
            p->setBrush(colour::withAlpha(neutral, 0.22));
            p->drawRoundedRect(QRectF(c.x(), c.y() - 4 * u, 20 * u, 8 * u), 4 * u, 4 * u);
            p->setPen(Qt::NoPen);
            p->setBrush(neutral);
            p->drawEllipse(QPointF(c.x() + 10 * u, c.y()), 2.7 * u, 2.7 * u);
            break;
        case Entry::Cluster: {
            symbol = 18 * u;
            const QRectF pill(c.x(), c.y() - 6 * u, 18 * u, 12 * u);
            p->setPen(Qt::NoPen);
            p->setBrush(neutral);
            p->drawRoundedRect(pill, 6 * u, 6 * u);
            p->setPen(colour::textOn(neutral));
            p->setFont(f.countFont);
            p->drawText(pill, Qt::AlignCenter, QStringLiteral("7"));
            p->setFont(f.legendFont);
            break;
        }
        }
        p->setPen(theme.mutedText);
        p->drawText(QPointF(c.x() + symbol + 5 * u, c.y() + (fm.ascent() - fm.descent()) / 2),
                    e.text);
    }
    p->restore();
}

} // namespace pe
