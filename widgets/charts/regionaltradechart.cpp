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
    if (m_bars.isEmpty()) {
        chart()->legend()->setVisible(false);
        return;
    }

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
    QStringList categories;
    // Long labels ("Gomel Region, Pavlodar Region — Belarusian exports, 2017, Jan–Feb") are
    // shortened in the middle to leave the bars most of a small export; the tooltip and the
    // CSV keep them whole.
    const QFontMetricsF labelMetrics(scaledFont());
    const qreal maxLabelWidth = std::max<qreal>(120, targetSize().width() * 0.34);
    for (int i = 0; i < ordered.size(); ++i) {
        const RegionalBar &bar = ordered.at(i);
        QString label = labelMetrics.elidedText(bar.label, Qt::ElideMiddle, maxLabelWidth);
        // Equal labels would merge into one category: tell them apart by source.
        while (categories.contains(label))
            label = QStringLiteral("%1 (%2)").arg(
                label, bar.point.sourceLabel.isEmpty() ? bar.point.id : bar.point.sourceLabel);
        categories.append(label);
        const SetKind kind = kindOf(bar.point);
        for (int k = 0; k < SetKindCount; ++k)
            sets.at(k)->append(k == kind ? bar.point.value : 0.0);
        if (matchesPlace(bar))
            sets.at(kind)->selectBar(i);
    }

    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.62);
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
    categoryAxis->setTruncateLabels(false);
    styleAxis(categoryAxis, false);
    categoryAxis->setLabelsColor(theme().text);
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
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignTop);
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
    // Value labels at the end of each bar, with ≈ / > as the model formats them.
    const QFont font = scaledFont(0.85);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const int count = int(m_bars.size());
    for (int i = 0; i < count; ++i) {
        const RegionalBar &bar = m_bars.at(count - 1 - i);
        const QPointF end = chart()->mapToPosition(QPointF(bar.point.value, i), m_series);
        const QPointF baseline(end.x() + scaled(5),
                               end.y() + metrics.ascent() / 2 - metrics.descent() / 2);
        drawHaloText(painter, baseline, bar.point.valueText,
                     matchesPlace(bar) ? theme().adjust(palette::highlight()) : theme().mutedText);
    }
}

} // namespace pe
