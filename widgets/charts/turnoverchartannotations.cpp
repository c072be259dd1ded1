#include "widgets/charts/turnoverchart.h"

#include "render/colour.h"
#include "render/labelplacer.h"
#include "render/palette.h"

#include <QHash>
#include <QPainter>
#include <QXYSeries>

#include <algorithm>

// The turnover chart's annotations, drawn at paint time over and under the series so that
// they follow every layout, on screen and in every export: the bands of years without a
// full-year figure, the dataset's landmarks, the marked year, the callouts of the series'
// record and first billion, and the periods of part-year figures, placed without collisions.

namespace pe {

void TurnoverChart::paintUnderlay(QPainter *painter)
{
    if (!m_anchor)
        return;
    // Everything below is drawn inside the plot by its own geometry, without a clip: an SVG
    // reader ignores the painter's clip, and a PNG drawn without one shows what it would.
    const QRectF plot = chart()->plotArea();

    // Years with no full-year figure: a faint band, labelled, so that a break in a line reads
    // as "no figure" and not as a drop. Computed inside the plot rather than clipped: an SVG
    // renderer would not see Qt's clip.
    QColor wash = theme().grid;
    wash.setAlphaF(0.45f);
    const QFont font = scaledFont(0.8);
    const QFontMetricsF metrics(font);
    const QString noFigure = tr("no full-year figure");
    const QList<int> &gaps = m_data.gapYears;
    for (int i = 0; i < gaps.size();) {
        int j = i;
        while (j + 1 < gaps.size() && gaps.at(j + 1) == gaps.at(j) + 1)
            ++j;
        const qreal left = chartPosition(gaps.at(i) - 0.5, 0).x();
        const qreal right = chartPosition(gaps.at(j) + 0.5, 0).x();
        const QRectF band =
            QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).intersected(plot);
        if (band.isEmpty()) {
            i = j + 1;
            continue;
        }
        painter->fillRect(band, wash);
        painter->setFont(font);
        const qreal textWidth = metrics.horizontalAdvance(noFigure);
        const QColor textColour = theme().mutedText;
        if (textWidth + scaled(6) <= band.width()) {
            drawHaloText(painter,
                         QPointF(band.center().x() - textWidth / 2, band.bottom() - scaled(6)),
                         noFigure, textColour);
        } else if (textWidth + scaled(12) <= band.height() &&
                   metrics.height() + scaled(2) <= band.width()) {
            // Upright where the band is narrow; left out where even that would stick out.
            painter->save();
            painter->translate(band.center().x() + metrics.ascent() / 2 - metrics.descent(),
                               band.bottom() - scaled(6));
            painter->rotate(-90);
            drawHaloText(painter, QPointF(0, 0), noFigure, textColour);
            painter->restore();
        }
        i = j + 1;
    }

    // Both sides compared: where each gives a year, a bar spans the gap between their
    // figures, so the reader sees at once how far the two statistics part.
    if (m_series.compareSides) {
        QColor bar = theme().mutedText;
        bar.setAlphaF(0.35f);
        QPen pen(bar, scaled(6));
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        for (const IndicatorSeries &series : m_data.indicators) {
            QHash<int, double> belarus;
            QHash<int, double> kazakh;
            for (const TradeLine &line : series.lines) {
                for (const ChartPoint &p : line.points())
                    (line.side == Side::Kazakhstan ? kazakh : belarus).insert(p.year, p.value);
            }
            for (auto it = belarus.cbegin(); it != belarus.cend(); ++it) {
                if (!kazakh.contains(it.key()) || kazakh.value(it.key()) == it.value())
                    continue;
                const QPointF a = chartPosition(it.key(), it.value());
                const QPointF b = chartPosition(it.key(), kazakh.value(it.key()));
                painter->drawLine(a, b);
            }
        }
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
    LabelPlacer placer(plot.adjusted(scaled(2), scaled(2), -scaled(2), -scaled(2)));
    const qreal pad = scaled(3);

    // Markers are obstacles for labels.
    for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
        if (drawn.kind == Kind::Line || !isGroupVisible(drawn.series))
            continue;
        for (const ChartPoint &p : drawn.points) {
            const QPointF c = chartPosition(p.year, p.value);
            const qreal r = scaled(6);
            placer.reserve(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    }

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

    for (const ChartLandmark &landmark : std::as_const(m_landmarks)) {
        if (landmark.year < m_data.firstYear || landmark.year > m_data.lastYear)
            continue;
        const qreal x = chartPosition(landmark.axisPosition(), 0).x();
        const QString &text = landmark.label;
        const qreal w = labelMetrics.horizontalAdvance(text);
        const qreal h = labelMetrics.height();
        const QRectF rect = placer.place({QRectF(x + pad, plot.top() + pad, w, h),
                                          QRectF(x - pad - w, plot.top() + pad, w, h),
                                          QRectF(x + pad, plot.top() + pad + h * 1.2, w, h),
                                          QRectF(x - pad - w, plot.top() + pad + h * 1.2, w, h)});
        painter->setFont(labelFont);
        drawHaloText(painter, QPointF(rect.left(), rect.top() + labelMetrics.ascent()), text,
                     theme().mutedText);
    }

    // Callouts for the record and the first billion: two lines of text and a leader line.
    const auto callout = [&](const ChartPoint &p, const QString &title) {
        const IndicatorSeries *turnover = m_data.indicator(Indicator::Turnover);
        if (!turnover)
            return;
        for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
            if (drawn.kind == Kind::Main && drawn.indicator == p.indicator &&
                !isGroupVisible(drawn.series))
                return;
        }
        const QPointF anchor = chartPosition(p.year, p.value);
        const QString value = p.valueText;
        const qreal w =
            std::max(strongMetrics.horizontalAdvance(title), labelMetrics.horizontalAdvance(value));
        const qreal h = strongMetrics.height() + labelMetrics.height();
        const qreal gap = scaled(14);
        const QList<QRectF> candidates = {
            QRectF(anchor.x() - w - gap, anchor.y() - h - gap * 0.6, w, h), // above left
            QRectF(anchor.x() + gap, anchor.y() - h - gap * 0.6, w, h),     // above right
            QRectF(anchor.x() - w - gap, anchor.y() - h / 2, w, h),         // left
            QRectF(anchor.x() + gap, anchor.y() - h / 2, w, h),             // right
            QRectF(anchor.x() - w / 2, anchor.y() - h - gap * 1.6, w, h),   // above
            QRectF(anchor.x() - w - gap, anchor.y() + gap * 0.6, w, h),     // below left
            QRectF(anchor.x() + gap, anchor.y() + gap * 0.6, w, h),         // below right
        };
        const QRectF rect = placer.place(candidates);
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
        drawHaloText(painter, QPointF(rect.left(), rect.top() + strongMetrics.ascent()), title,
                     theme().text);
        painter->setFont(labelFont);
        drawHaloText(
            painter,
            QPointF(rect.left(), rect.top() + strongMetrics.height() + labelMetrics.ascent()),
            value, theme().mutedText);
    };
    const auto onAxis = [this](const ChartPoint &p) {
        return p.year >= m_data.firstYear && p.year <= m_data.lastYear &&
               m_series.shows(p.indicator, p.side);
    };
    const bool billionShown = m_data.hasFirstBillion && onAxis(m_data.firstBillion);
    const bool recordShown = m_data.hasRecord && onAxis(m_data.record);
    if (billionShown && recordShown && m_data.record.id == m_data.firstBillion.id) {
        callout(m_data.record,
                tr("%1: record, first year above US$ 1 billion").arg(m_data.record.year));
    } else {
        if (billionShown)
            callout(m_data.firstBillion,
                    tr("%1: first year above US$ 1 billion").arg(m_data.firstBillion.year));
        if (recordShown)
            callout(m_data.record, tr("%1 record").arg(m_data.record.year));
    }

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
}

} // namespace pe
