#include "widgets/charts/turnoverchart.h"

#include "render/colour.h"
#include "render/labelplacer.h"
#include "render/palette.h"
#include "render/textwrap.h"

#include <QHash>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>
#include <functional>

// The turnover chart's annotations, drawn at paint time over and under the series so that
// they follow every layout, on screen and in every export: the bands of years without a
// full-year figure, the dataset's landmarks, the marked year, the callouts of the series'
// record and first billion, and the periods of part-year figures, placed without collisions.

namespace pe {

QList<TurnoverChart::SideDifference> TurnoverChart::sideDifferences() const
{
    QList<SideDifference> differences;
    for (const IndicatorSeries &series : m_data.indicators) {
        QHash<int, double> belarus;
        QHash<int, double> kazakh;
        for (const TradeLine &line : series.lines) {
            for (const ChartPoint &p : line.points())
                (line.side == Side::Kazakhstan ? kazakh : belarus).insert(p.year, p.value);
        }
        for (auto it = belarus.cbegin(); it != belarus.cend(); ++it) {
            if (kazakh.contains(it.key()) && kazakh.value(it.key()) != it.value())
                differences.append({it.key(), it.value(), kazakh.value(it.key())});
        }
    }
    std::sort(differences.begin(), differences.end(),
              [](const SideDifference &a, const SideDifference &b) { return a.year < b.year; });
    return differences;
}

QList<QRectF> TurnoverChart::markerRects() const
{
    QList<QRectF> rects;
    const qreal r = scaled(6);
    for (const DrawnSeries &drawn : m_drawn) {
        if (drawn.kind == Kind::Line || !isGroupVisible(drawn.series))
            continue;
        for (const ChartPoint &p : drawn.points) {
            const QPointF c = chartPosition(p.year, p.value);
            rects.append(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    }
    return rects;
}

QList<TurnoverChart::GapBand> TurnoverChart::gapBands() const
{
    QList<GapBand> bands;
    // Computed inside the plot rather than clipped: an SVG reader ignores the painter's clip,
    // and a PNG drawn without one shows what it would.
    const QRectF plot = chart()->plotArea();
    const QFontMetricsF metrics(scaledFont(0.8));
    const qreal textWidth = metrics.horizontalAdvance(tr("no full-year figure"));
    const qreal height = metrics.height();
    const qreal inset = scaled(6);
    const QList<int> &gaps = m_data.gapYears;
    for (int i = 0; i < gaps.size();) {
        int j = i;
        while (j + 1 < gaps.size() && gaps.at(j + 1) == gaps.at(j) + 1)
            ++j;
        const qreal left = chartPosition(gaps.at(i) - 0.5, 0).x();
        const qreal right = chartPosition(gaps.at(j) + 0.5, 0).x();
        i = j + 1;
        GapBand gap;
        gap.band =
            QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).intersected(plot);
        if (gap.band.isEmpty())
            continue;
        const QRectF &band = gap.band;
        // From the foot of the band up to its top, a few pixels at a time.
        const auto spots = [&](const QSizeF &size, qreal x) {
            QList<QRectF> list;
            const qreal lowest = band.bottom() - inset - size.height();
            const qreal highest = band.top() + inset;
            for (qreal y = lowest; y >= highest; y -= scaled(8))
                list.append(QRectF(QPointF(x, y), size));
            return list;
        };
        if (textWidth + scaled(6) <= band.width()) {
            gap.labelSpots = spots(QSizeF(textWidth, height), band.center().x() - textWidth / 2);
        } else if (height + scaled(2) <= band.width()) {
            gap.labelUpright = true;
            gap.labelSpots = spots(QSizeF(height, textWidth), band.center().x() - height / 2);
        }
        bands.append(gap);
    }
    return bands;
}

void TurnoverChart::paintUnderlay(QPainter *painter)
{
    if (!m_anchor)
        return;
    // Everything below is drawn inside the plot by its own geometry, without a clip: an SVG
    // reader ignores the painter's clip, and a PNG drawn without one shows what it would.
    const QRectF plot = chart()->plotArea();

    // Years with no full-year figure: a faint band, labelled in the overlay, so that a break
    // in a line reads as "no figure" and not as a drop.
    QColor wash = theme().grid;
    wash.setAlphaF(0.45f);
    for (const GapBand &gap : gapBands())
        painter->fillRect(gap.band, wash);

    // Both sides compared: where each gives a year, a bar spans the gap between their
    // figures, so the reader sees at once how far the two statistics part.
    if (m_series.compareSides) {
        QColor bar = theme().mutedText;
        bar.setAlphaF(0.35f);
        QPen pen(bar, scaled(6));
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        for (const SideDifference &d : sideDifferences())
            painter->drawLine(chartPosition(d.year, d.belarus),
                              chartPosition(d.year, d.kazakhstan));
    }

    // Landmarks: a thin dashed rule at their month.
    for (const ChartLandmark &landmark : std::as_const(m_landmarks)) {
        if (landmark.year < m_data.firstYear || landmark.year > m_data.lastYear)
            continue;
        const qreal x = chartPosition(landmark.axisPosition(), 0).x();
        painter->setPen(QPen(theme().mutedText, scaled(1.2), Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    if (m_markedYear >= m_data.firstYear && m_markedYear <= m_data.lastYear) {
        const qreal x = chartPosition(m_markedYear, 0).x();
        QColor colour = theme().adjust(palette::highlight());
        painter->setPen(QPen(colour, scaled(2)));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TurnoverChart::paintOverlay(QPainter *painter)
{
    DataChartView::paintOverlay(painter);
    if (!m_anchor)
        return;
    const QRectF plot = chart()->plotArea();
    LabelPlacer placer(plot.adjusted(scaled(2), scaled(2), -scaled(2), -scaled(2)), scaled(4));
    const qreal pad = scaled(3);

    // Markers are obstacles for labels.
    for (const QRectF &marker : markerRects())
        placer.reserve(marker);

    const QFont labelFont = scaledFont(0.85);
    const QFont strongFont = scaledFont(0.85, QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF strongMetrics(strongFont);

    if (m_markedYear >= m_data.firstYear && m_markedYear <= m_data.lastYear) {
        const qreal x = chartPosition(m_markedYear, 0).x();
        const QString text = QString::number(m_markedYear);
        painter->setFont(strongFont);
        const QRectF rect =
            placer.place({QRectF(x + pad, plot.top() + pad, strongMetrics.horizontalAdvance(text),
                                 strongMetrics.height()),
                          QRectF(x - pad - strongMetrics.horizontalAdvance(text), plot.top() + pad,
                                 strongMetrics.horizontalAdvance(text), strongMetrics.height())});
        drawHaloText(painter, QPointF(rect.left(), rect.top() + strongMetrics.ascent()), text,
                     theme().adjust(palette::highlight()));
    }

    // The landmarks' labels and the callouts are drawn once all are placed. Placed first,
    // the labels of the rules may leave a callout no room: then the other order is tried
    // too, and the one with fewer labels over others wins. Each returns its count.
    using Draws = QList<std::function<void()>>;
    const auto placeLandmarks = [&](LabelPlacer &placer, Draws &draws) {
        int fallbacks = 0;
        for (const ChartLandmark &landmark : std::as_const(m_landmarks)) {
            if (landmark.year < m_data.firstYear || landmark.year > m_data.lastYear)
                continue;
            const qreal x = chartPosition(landmark.axisPosition(), 0).x();
            // Beside its rule at the top of the plot, right then left, a row lower where
            // the first is taken; at the foot of the rule where the top is full.
            const auto candidatesFor = [&](const QSizeF &size) {
                QList<QRectF> list;
                const qreal rowStep =
                    std::max(labelMetrics.height(), strongMetrics.height()) + scaled(6);
                for (int row = 0; row < 3; ++row) {
                    const qreal top = plot.top() + pad + row * rowStep;
                    list << QRectF(QPointF(x + pad, top), size)
                         << QRectF(QPointF(x - pad - size.width(), top), size);
                }
                for (int row = 0; row < 3; ++row) {
                    const qreal top = plot.bottom() - pad - size.height() - row * rowStep;
                    list << QRectF(QPointF(x + pad, top), size)
                         << QRectF(QPointF(x - pad - size.width(), top), size);
                }
                return list;
            };
            const auto sizeOf = [&](const QStringList &lines) {
                qreal w = 0;
                for (const QString &line : lines)
                    w = std::max(w, labelMetrics.horizontalAdvance(line));
                return QSizeF(w, labelMetrics.height() * lines.size());
            };
            // A label longer than a quarter of the plot takes two short lines from the
            // start, as annotations do in print: it leaves the top of the plot to others.
            const qreal fullWidth = labelMetrics.horizontalAdvance(landmark.label);
            const QStringList lines = fullWidth > plot.width() / 4
                                          ? splitInTwo(labelMetrics, landmark.label)
                                          : QStringList{landmark.label};
            std::optional<QRectF> rect = placer.tryPlace(candidatesFor(sizeOf(lines)));
            if (!rect) {
                ++fallbacks;
                rect = placer.place(candidatesFor(sizeOf(lines)));
            }
            draws.append([=] {
                painter->setFont(labelFont);
                qreal top = rect->top();
                for (const QString &line : lines) {
                    drawHaloText(painter, QPointF(rect->left(), top + labelMetrics.ascent()), line,
                                 theme().mutedText);
                    top += labelMetrics.height();
                }
            });
        }
        return fallbacks;
    };

    // Callouts for the record and the first billion: a title, the value and a leader line.
    const auto callout = [&](LabelPlacer &placer, Draws &draws, const ChartPoint &p,
                             const QString &title) {
        for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
            if (drawn.kind == Kind::Main && drawn.indicator == p.indicator &&
                !isGroupVisible(drawn.series))
                return 0;
        }
        const QPointF anchor = chartPosition(p.year, p.value);
        const QString value = p.valueText;
        const qreal gap = scaled(14);
        // Beside the point, left or right, at heights from well above it to below it and
        // further out along the row; then centred above it. Nearest first, so that the
        // leader stays short.
        const auto candidatesFor = [&](qreal w, qreal h) {
            QList<QRectF> list;
            for (qreal dy = -h - gap * 1.6; dy <= gap * 1.6; dy += std::max(h / 4, scaled(4))) {
                for (qreal dx = 0; dx <= w; dx += std::max(w / 4, scaled(8))) {
                    list << QRectF(anchor.x() - w - gap - dx, anchor.y() + dy, w, h)
                         << QRectF(anchor.x() + gap + dx, anchor.y() + dy, w, h);
                }
            }
            list << QRectF(anchor.x() - w / 2, anchor.y() - h - gap * 1.6, w, h);
            const auto distance = [&anchor](const QRectF &r) {
                const QPointF nearest(qBound(r.left(), anchor.x(), r.right()),
                                      qBound(r.top(), anchor.y(), r.bottom()));
                return QLineF(anchor, nearest).length();
            };
            std::stable_sort(list.begin(), list.end(), [&](const QRectF &a, const QRectF &b) {
                return distance(a) < distance(b) - 0.5;
            });
            return list;
        };
        const auto boxOf = [&](const QStringList &lines) {
            qreal w = labelMetrics.horizontalAdvance(value);
            for (const QString &line : lines)
                w = std::max(w, strongMetrics.horizontalAdvance(line));
            return QSizeF(w, strongMetrics.height() * lines.size() + labelMetrics.height());
        };
        // On one line where it fits, else on two (large type, a long language), and only
        // then over whatever is in the way.
        QStringList lines{title};
        QSizeF box = boxOf(lines);
        std::optional<QRectF> free = placer.tryPlace(candidatesFor(box.width(), box.height()));
        if (!free) {
            const QStringList wrapped = splitInTwo(strongMetrics, title);
            const QSizeF wrappedBox = boxOf(wrapped);
            free = placer.tryPlace(candidatesFor(wrappedBox.width(), wrappedBox.height()));
            if (free || wrappedBox.width() < box.width()) {
                lines = wrapped;
                box = wrappedBox;
            }
        }
        const QRectF rect = free ? *free : placer.place(candidatesFor(box.width(), box.height()));
        draws.append([=] {
            // Leader from the marker's edge to the nearest corner of the label.
            const QPointF target(qBound(rect.left(), anchor.x(), rect.right()),
                                 qBound(rect.top(), anchor.y(), rect.bottom()));
            QLineF leader(anchor, target);
            if (leader.length() > scaled(8)) {
                leader.setP1(leader.pointAt(scaled(7) / leader.length()));
                painter->setPen(QPen(theme().mutedText, scaled(1)));
                painter->drawLine(leader);
            }
            painter->setFont(strongFont);
            qreal top = rect.top();
            for (const QString &line : lines) {
                drawHaloText(painter, QPointF(rect.left(), top + strongMetrics.ascent()), line,
                             theme().text);
                top += strongMetrics.height();
            }
            painter->setFont(labelFont);
            drawHaloText(painter, QPointF(rect.left(), top + labelMetrics.ascent()), value,
                         theme().mutedText);
        });
        return free ? 0 : 1;
    };
    const auto onAxis = [this](const ChartPoint &p) {
        return p.year >= m_data.firstYear && p.year <= m_data.lastYear &&
               m_series.shows(p.indicator, p.side);
    };
    const bool billionShown = m_data.hasFirstBillion && onAxis(m_data.firstBillion);
    const bool recordShown = m_data.hasRecord && onAxis(m_data.record);
    const auto placeCallouts = [&](LabelPlacer &placer, Draws &draws) {
        if (billionShown && recordShown && m_data.record.id == m_data.firstBillion.id)
            return callout(
                placer, draws, m_data.record,
                tr("%1: record, first year above US$ 1 billion").arg(m_data.record.year));
        int fallbacks = 0;
        if (billionShown)
            fallbacks +=
                callout(placer, draws, m_data.firstBillion,
                        tr("%1: first year above US$ 1 billion").arg(m_data.firstBillion.year));
        if (recordShown)
            fallbacks +=
                callout(placer, draws, m_data.record, tr("%1 record").arg(m_data.record.year));
        return fallbacks;
    };
    LabelPlacer landmarksFirst = placer;
    Draws draws;
    const int fallbacks =
        placeLandmarks(landmarksFirst, draws) + placeCallouts(landmarksFirst, draws);
    LabelPlacer calloutsFirst = placer;
    Draws otherDraws;
    if (fallbacks > 0 &&
        placeCallouts(calloutsFirst, otherDraws) + placeLandmarks(calloutsFirst, otherDraws) <
            fallbacks) {
        placer = calloutsFirst;
        draws = otherDraws;
    } else {
        placer = landmarksFirst;
    }
    for (const auto &draw : std::as_const(draws))
        draw();

    // Part-year markers carry their period.
    painter->setFont(labelFont);
    for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
        if (drawn.kind != Kind::PartYear || !isGroupVisible(drawn.series))
            continue;
        const QColor colour = drawn.series->pen().color();
        for (const ChartPoint &p : drawn.points) {
            const QPointF anchor = chartPosition(p.year, p.value);
            const qreal w = labelMetrics.horizontalAdvance(p.period);
            const qreal h = labelMetrics.height();
            const qreal off = scaled(6);
            const QRectF rect =
                placer.place({QRectF(anchor.x() + off, anchor.y() - h / 2, w, h),
                              QRectF(anchor.x() - off - w, anchor.y() - h / 2, w, h),
                              QRectF(anchor.x() - w / 2, anchor.y() + off, w, h),
                              QRectF(anchor.x() - w / 2, anchor.y() - off - h, w, h)});
            drawHaloText(painter, QPointF(rect.left(), rect.top() + labelMetrics.ascent()),
                         p.period, colour == theme().background ? theme().mutedText : colour);
        }
    }

    // The gap bands' labels come last: they say what the band already shows, so they give
    // way to every other label and are left out where none of their spots is free.
    const QFont gapFont = scaledFont(0.8);
    const QFontMetricsF gapMetrics(gapFont);
    const QString noFigure = tr("no full-year figure");
    painter->setFont(gapFont);
    for (const GapBand &gap : gapBands()) {
        const std::optional<QRectF> rect = placer.tryPlace(gap.labelSpots);
        if (!rect)
            continue;
        painter->save();
        if (gap.labelUpright) {
            painter->translate(rect->left() + gapMetrics.ascent(), rect->bottom());
            painter->rotate(-90);
        } else {
            painter->translate(rect->left(), rect->top() + gapMetrics.ascent());
        }
        drawHaloText(painter, QPointF(0, 0), noFigure, theme().mutedText);
        painter->restore();
    }
}

} // namespace pe
