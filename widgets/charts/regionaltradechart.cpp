#include "widgets/charts/regionaltradechart.h"

#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/vocabulary.h"
#include "render/colour.h"
#include "render/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pe {

namespace {

enum SetKind { BookExact, BookInexact, Supplementary, SetKindCount };

SetKind kindOf(const ChartPoint &p)
{
    if (p.has(ChartPoint::Supplementary))
        return Supplementary;
    return p.isInexact() ? BookInexact : BookExact;
}

} // namespace

RegionalTradeChart::RegionalTradeChart(QWidget *parent)
    : DataChartView(parent)
{
    setObjectName(QStringLiteral("regionalTradeChart"));
}

void RegionalTradeChart::setModel(QAbstractItemModel *observations)
{
    watchModel(observations);
}

void RegionalTradeChart::setPlace(const QString &placeId)
{
    if (placeId == m_place)
        return;
    m_place = placeId;
    scheduleRebuild();
}

const QList<RegionalBar> &RegionalTradeChart::bars() const
{
    ensureUpToDate();
    return m_bars;
}

int RegionalTradeChart::barCount() const
{
    ensureUpToDate();
    int count = 0;
    for (QBarSet *set : m_sets) {
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) != 0)
                ++count;
        }
    }
    return count;
}

bool RegionalTradeChart::matchesPlace(const RegionalBar &bar) const
{
    return !m_place.isEmpty() && bar.point.places.contains(m_place);
}

QList<int> RegionalTradeChart::highlightedBars() const
{
    ensureUpToDate();
    QList<int> indexes;
    for (int i = 0; i < m_bars.size(); ++i) {
        if (matchesPlace(m_bars.at(i)))
            indexes.append(i);
    }
    return indexes;
}

void RegionalTradeChart::rebuild()
{
    m_sets.clear();
    m_setKinds.clear();
    m_series = nullptr;
    m_bars = ChartSeriesBuilder::regional(model());
    setEmptyMessage(tr("No regional figures match the filters"));
    if (m_bars.isEmpty())
        return;

    // Bars are listed bottom to top by the axis: append the smallest first so that the
    // largest figure heads the chart.
    QList<RegionalBar> ordered = m_bars;
    std::reverse(ordered.begin(), ordered.end());

    // One set per kind of figure, each category holding a value in exactly one set: the
    // legend then explains the styles, and nothing is ever stacked on anything.
    const QColor base = theme().adjust(palette::turnover());
    const QColor supplementary = theme().adjust(palette::supplementary());
    const QColor background = theme().background;
    const QStringList names = {tr("Book figure"), tr("Book figure, approximate (≈) or bound (>)"),
                               tr("Supplementary figure (not from the book)")};
    QList<QBarSet *> sets;
    for (int kind = 0; kind < SetKindCount; ++kind) {
        auto *set = new QBarSet(names.at(kind));
        QColor fill = base;
        QPen pen(Qt::NoPen);
        if (kind == BookInexact) {
            fill = colour::mix(base, background, 0.6);
            pen = QPen(base, scaled(1.2), Qt::DashLine);
        } else if (kind == Supplementary) {
            fill = colour::mix(supplementary, background, 0.55);
            pen = QPen(supplementary, scaled(1.2));
        }
        set->setBrush(fill);
        set->setPen(pen);
        set->setSelectedColor(theme().adjust(palette::highlight()));
        set->setLabelColor(theme().text);
        sets.append(set);
    }
    // Each bar's label ("Gomel Region, Pavlodar Region — Belarusian exports, 2017, Jan–Feb")
    // is drawn over its bar across the plot's width, as Datawrapper does with long labels,
    // rather than beside it, where it would have to be cut to leave the bars any room. The
    // category axis only spaces the bars.
    QStringList categories;
    for (int i = 0; i < ordered.size(); ++i) {
        const RegionalBar &bar = ordered.at(i);
        categories.append(QString::number(i));
        const SetKind kind = kindOf(bar.point);
        for (int k = 0; k < SetKindCount; ++k)
            sets.at(k)->append(k == kind ? bar.point.value : 0.0);
        if (matchesPlace(bar))
            sets.at(kind)->selectBar(i);
    }

    m_series = new QHorizontalStackedBarSeries;
    // The rest of each row holds the bar's label: the bars are thinner where the rows are
    // short for the type (a small export, presentation mode). The plot's height is
    // estimated from the target's, less the legend and the value axis.
    const qreal labelRoom = QFontMetricsF(scaledFont(0.9)).height() + scaled(4);
    const qreal estimatedRow = std::max<qreal>(1, targetSize().height() - scaled(110)) /
                               std::max<qsizetype>(1, ordered.size());
    m_series->setBarWidth(std::clamp(1.0 - labelRoom / estimatedRow, 0.2, 0.42));
    for (int k = 0; k < SetKindCount; ++k) {
        const bool used = std::any_of(ordered.cbegin(), ordered.cend(),
                                      [k](const RegionalBar &b) { return kindOf(b.point) == k; });
        if (used) {
            m_series->append(sets.at(k));
            m_sets.append(sets.at(k));
        } else {
            delete sets.at(k);
        }
    }
    chart()->addSeries(m_series);
    for (QBarSet *set : std::as_const(m_sets)) {
        connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
            const int bar = barAt(set, index);
            if (status && bar >= 0)
                QToolTip::showText(QCursor::pos(), toolTipFor(m_bars.at(bar)), this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this, set](int index) {
            const int bar = barAt(set, index);
            if (bar >= 0)
                emit observationActivated(m_bars.at(bar).point.id);
        });
    }

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, false);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setLineVisible(false);

    double high = 0;
    for (const RegionalBar &bar : std::as_const(m_bars))
        high = std::max(high, bar.point.value);
    const AxisScale scale = ChartSeriesBuilder::niceScale(0, high * 1.18, 6);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(scale.min, scale.max);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(scale.step);
    valueAxis->setLabelFormat(scale.step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    styleAxis(valueAxis, true);
    valueAxis->setTitleText(tr("US$ million"));

    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    m_series->attachAxis(categoryAxis);
    m_series->attachAxis(valueAxis);
    // Bar legends are keys, not toggles: every bar is one figure of one kind.
    const auto markers = chart()->legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setShape(QLegend::MarkerShapeRectangle);
}

int RegionalTradeChart::barAt(QBarSet *set, int index) const
{
    // Categories run bottom to top, bars() top to bottom.
    if (!m_sets.contains(set) || index < 0 || index >= m_bars.size())
        return -1;
    return int(m_bars.size()) - 1 - index;
}

QString RegionalTradeChart::toolTipFor(const RegionalBar &bar) const
{
    const ChartPoint &p = bar.point;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(bar.label.toHtmlEscaped());
    lines << QStringLiteral("%1 · %2").arg(p.valueText.toHtmlEscaped(),
                                           Vocabulary::label(p.qualifier).toHtmlEscaped());
    lines << p.sideText.toHtmlEscaped();
    lines << QStringLiteral("<i>%1</i>").arg(sourceText(p).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QList<DataChartView::ChartItem> RegionalTradeChart::chartItems() const
{
    ensureUpToDate();
    QList<ChartItem> items;
    if (!m_series)
        return items;
    const qreal half = m_series->barWidth() / 2;
    const int count = int(m_bars.size());
    for (int b = 0; b < count; ++b) {
        const RegionalBar &bar = m_bars.at(b);
        // Categories run bottom to top, bars() top to bottom.
        const qreal category = count - 1 - b;
        const QPointF from = chart()->mapToPosition(QPointF(0, category - half), m_series);
        const QPointF to =
            chart()->mapToPosition(QPointF(bar.point.value, category + half), m_series);
        items.append({bar.point.id, tr("%1: %2").arg(bar.label, bar.point.valueText),
                      QStringLiteral("%1 · %2").arg(bar.point.sideText, sourceText(bar.point)),
                      QRectF(from, to).normalized()});
    }
    return items;
}

QStringList RegionalTradeChart::sourceIds() const
{
    ensureUpToDate();
    QStringList ids;
    for (const RegionalBar &bar : m_bars) {
        for (const QString &id : bar.point.sources) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    ids.sort();
    return ids;
}

QList<QStringList> RegionalTradeChart::csvRows() const
{
    ensureUpToDate();
    QList<QStringList> rows{QStringList{tr("Region")} + pointCsvHeader()};
    for (const RegionalBar &bar : m_bars)
        rows.append(QStringList{bar.point.scopeText} + pointCsvRow(bar.point));
    return rows;
}

QString RegionalTradeChart::altText() const
{
    ensureUpToDate();
    if (m_bars.isEmpty())
        return tr("Regional trade chart: no regional figures match the filters.");
    QStringList parts;
    parts << tr("Bar chart of %n regional trade figure(s) the book gives, in US$ million, "
                "largest first; each bar is one figure for one region, indicator and period.",
                "", int(m_bars.size()));
    QStringList items;
    for (const RegionalBar &bar : m_bars)
        items << tr("%1: %2").arg(bar.label, bar.point.valueText);
    parts << items.join(QStringLiteral("; ")) + QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

void RegionalTradeChart::paintOverlay(QPainter *painter)
{
    DataChartView::paintOverlay(painter);
    if (!m_series)
        return;
    // Above each bar its label, across the plot; at its end the value, with ≈ / > as the
    // model formats them, inside the bar where the end is too near the edge. Where a row is
    // too short for a label above a value (a small export, large type), the value follows
    // the label on its line and the bar is a thin rule below them.
    const QRectF plot = chart()->plotArea();
    const QFont labelFont = scaledFont(0.9);
    const QFontMetricsF labelMetrics(labelFont);
    const QFont valueFont = scaledFont(0.85);
    const QFontMetricsF valueMetrics(valueFont);
    const int count = int(m_bars.size());
    const qreal row = count > 1 ? std::abs(chart()->mapToPosition(QPointF(0, 1), m_series).y() -
                                           chart()->mapToPosition(QPointF(0, 0), m_series).y())
                                : plot.height();
    const qreal halfBar = row * m_series->barWidth() / 2;
    const bool compact = labelMetrics.height() + valueMetrics.height() + scaled(3) > row;
    for (int i = 0; i < count; ++i) {
        const RegionalBar &bar = m_bars.at(count - 1 - i);
        const bool selected = matchesPlace(bar);
        const QColor valueColour =
            selected ? theme().adjust(palette::highlight()) : theme().mutedText;
        const QPointF start = chart()->mapToPosition(QPointF(0, i), m_series);
        const qreal above = compact ? halfBar : std::max(halfBar, valueMetrics.height() / 2);
        const qreal baseline = start.y() - above - labelMetrics.descent() - scaled(1);
        const qreal valueWidth = valueMetrics.horizontalAdvance(bar.point.valueText);
        const qreal valueGap = scaled(8);
        const qreal labelRoom = compact ? plot.width() - valueWidth - valueGap : plot.width();
        const QString label = labelMetrics.elidedText(bar.label, Qt::ElideRight, labelRoom);
        painter->setFont(labelFont);
        painter->setPen(selected ? theme().adjust(palette::highlight()) : theme().text);
        painter->drawText(QPointF(plot.left(), baseline), label);

        painter->setFont(valueFont);
        if (compact) {
            painter->setPen(valueColour);
            painter->drawText(
                QPointF(plot.left() + labelMetrics.horizontalAdvance(label) + valueGap, baseline),
                bar.point.valueText);
            continue;
        }
        const QPointF end = chart()->mapToPosition(QPointF(bar.point.value, i), m_series);
        const qreal y = end.y() + valueMetrics.ascent() / 2 - valueMetrics.descent() / 2;
        const bool inside = end.x() + scaled(5) + valueWidth > plot.right() &&
                            end.x() - plot.left() > valueWidth + scaled(10);
        drawHaloText(painter,
                     QPointF(inside ? end.x() - scaled(5) - valueWidth : end.x() + scaled(5), y),
                     bar.point.valueText, valueColour);
    }
}

} // namespace pe
