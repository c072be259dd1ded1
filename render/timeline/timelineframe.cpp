#include "render/timeline/timelineframe.h"

#include "models/vocabulary.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>

#include <algorithm>

namespace pe {

TimelineFrame TimelineFrame::compute(const QPaintDevice *device, const QRectF &rect,
                                     const ViewTheme &theme, const QList<Category> &lanes,
                                     const TimelineViewport &viewport,
                                     const TimelinePeriods &periods)
{
    TimelineFrame f;
    f.rect = rect;
    const double dpi = device ? device->logicalDpiY() : 96.0;
    f.u = theme.baseFontPointSize * dpi / 72.0 / 10.0;
    const qreal u = f.u;

    // Whole device pixels: an SVG reader then sets the text as wide as the PNG has it.
    f.laneFont = theme.font(0.95, QFont::DemiBold, device);
    f.labelFont = theme.font(0.9, QFont::Normal, device);
    f.selectedFont = theme.font(0.9, QFont::DemiBold, device);
    f.axisFont = theme.font(0.85, QFont::Normal, device);
    f.yearFont = theme.font(0.85, QFont::DemiBold, device);
    f.periodFont = theme.font(0.85, QFont::Normal, device);
    f.periodFont.setItalic(true);
    f.countFont = theme.font(0.75, QFont::Bold, device);
    f.legendFont = theme.font(0.8, QFont::Normal, device);
    const QFontMetricsF labelFm(f.labelFont, device);
    const QFontMetricsF laneFm(f.laneFont, device);
    const QFontMetricsF axisFm(f.axisFont, device);
    const QFontMetricsF periodFm(f.periodFont, device);
    const QFontMetricsF legendFm(f.legendFont, device);
    f.labelAscent = labelFm.ascent();
    f.labelDescent = labelFm.descent();
    f.textKey = f.labelFont.key() + QLatin1Char('@') + QString::number(dpi);
    f.lanes = int(lanes.size());

    const qreal margin = 12 * u;
    qreal laneWidth = 0;
    for (const Category category : lanes)
        laneWidth = std::max(laneWidth, laneFm.horizontalAdvance(Vocabulary::label(category)));
    laneWidth = std::clamp(laneWidth + 24 * u, 64 * u, 170 * u);
    laneWidth = std::min(laneWidth, rect.width() * 0.28);
    f.laneColumn = QRectF(rect.left() + margin, rect.top(), laneWidth, rect.height());

    const qreal plotLeft = f.laneColumn.right();
    const qreal plotRight = std::max(plotLeft + 1, rect.right() - margin);

    // Legend: categories first, then how precision and clusters are drawn; wrapped.
    using Entry = LegendEntry;
    auto symbolWidth = [u](Entry::Kind kind) {
        switch (kind) {
        case Entry::Category:
        case Entry::Day:
            return 9 * u;
        case Entry::Month:
            return 12 * u;
        case Entry::Year:
            return 20 * u;
        case Entry::Cluster:
            return 18 * u;
        }
        return 9 * u;
    };
    std::vector<Entry> entries;
    for (const Category category : lanes)
        entries.push_back({Entry::Category, category, Vocabulary::label(category), {}});
    // In the view's translation context: these texts were the view's, and keep their
    // translations wherever the timeline is drawn from.
    entries.push_back(
        {Entry::Day, {}, QCoreApplication::translate("pe::TimelineView", "day known"), {}});
    entries.push_back(
        {Entry::Month, {}, QCoreApplication::translate("pe::TimelineView", "month known"), {}});
    entries.push_back(
        {Entry::Year, {}, QCoreApplication::translate("pe::TimelineView", "year only"), {}});
    entries.push_back({Entry::Cluster,
                       {},
                       QCoreApplication::translate("pe::TimelineView", "several events"),
                       {}});
    const qreal legendLine = legendFm.height() + 5 * u;
    const qreal legendLeft = rect.left() + margin;
    const qreal legendRight = rect.right() - margin;
    qreal lx = legendLeft;
    int lines = 1;
    std::vector<std::pair<qreal, int>> placed; // x and line of each entry
    for (size_t i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        const qreal w = symbolWidth(e.kind) + 5 * u + legendFm.horizontalAdvance(e.text);
        // A little more room between the categories and the precision key.
        const qreal before = (i > 0 && e.kind == Entry::Day) ? 14 * u : 0;
        if (lx > legendLeft && lx + before + w > legendRight) {
            ++lines;
            lx = legendLeft;
        } else {
            lx += lx > legendLeft ? before : 0;
        }
        placed.emplace_back(lx, lines - 1);
        lx += w + 14 * u;
    }
    const qreal legendHeight = lines * legendLine;
    f.legend = QRectF(legendLeft, rect.bottom() - margin / 2 - legendHeight,
                      legendRight - legendLeft, legendHeight);
    for (size_t i = 0; i < entries.size(); ++i) {
        entries[i].pos =
            QPointF(placed[i].first, f.legend.top() + (placed[i].second + 0.5) * legendLine);
    }
    f.legendEntries = std::move(entries);

    // The axis: how many label lines depends on the zoom, which depends on the width.
    f.from = viewport.from();
    f.span = std::max(viewport.span(), TimelineViewport::minimumSpan);
    f.ppy = (plotRight - plotLeft) / f.span;
    qreal monthWidth = 0;
    const QLocale locale;
    for (int m = 1; m <= 12; ++m) {
        monthWidth =
            std::max(monthWidth,
                     axisFm.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
    }
    f.ticks = TimelineTicks::choose(
        f.ppy, axisFm.horizontalAdvance(QStringLiteral("0000")) + 18 * u, monthWidth + 12 * u);
    const int axisLines = f.ticks.monthStep ? 2 : 1;
    const qreal axisHeight = axisLines * (axisFm.height() + 2 * u) + 8 * u;

    const qreal top = rect.top() + margin / 2;
    // A second line of strip rather than "Economic cooperation progr…": at slide sizes a
    // band of a few years is narrower than its name.
    f.periodStrip = QRectF(plotLeft, top, plotRight - plotLeft, 0);
    f.plot = QRectF(plotLeft, top, plotRight - plotLeft, 1);
    for (const TimelinePeriod &period : periods) {
        const qreal room = f.periodLabelRoom(period);
        if (room > 0 && periodFm.horizontalAdvance(period.label) > room)
            f.periodLines = 2;
    }
    f.periodStrip.setHeight(f.periodLines * periodFm.lineSpacing() + 10 * u);
    const qreal plotBottom =
        std::max(f.periodStrip.bottom() + 1, f.legend.top() - 8 * u - axisHeight);
    f.plot = QRectF(plotLeft, f.periodStrip.bottom(), plotRight - plotLeft,
                    plotBottom - f.periodStrip.bottom());
    f.axis = QRectF(plotLeft, f.plot.bottom(), f.plot.width(), axisHeight);
    f.laneColumn.setTop(f.plot.top());
    f.laneColumn.setBottom(f.plot.bottom());

    f.laneHeight = f.plot.height() / std::max(1, f.lanes);
    f.rowHeight = labelFm.height() + 7 * u;
    int rows = int((f.laneHeight - 4 * u) / f.rowHeight);
    rows = std::clamp(rows, 1, 4);
    if (f.rowHeight > f.laneHeight)
        f.rowHeight = f.laneHeight; // crowded: markers shrink with the lane

    TimelineLayoutMetrics &m = f.metrics;
    m.pixelsPerYear = f.ppy;
    m.markerHalfWidth = 6 * u;
    m.gap = 3 * u;
    m.clusterWidth = 24 * u;
    m.labelPadding = 5 * u;
    m.minLabelWidth = 60 * u; // about ten characters: less says nothing
    m.maxLabelWidth = std::max(m.minLabelWidth, std::min(210 * u, f.plot.width() / 3));
    m.rowsPerLane = rows;
    return f;
}

QRectF TimelineFrame::markerRect(const TimelineNode &node) const
{
    const QRectF marker(screen(node.left), rowY(node.lane, node.row) - rowHeight / 2,
                        node.right - node.left, rowHeight);
    return marker.intersected(plot);
}

QRectF TimelineFrame::periodBand(const TimelinePeriod &period) const
{
    const double x0 = std::max(x(period.from), plot.left());
    const double x1 = std::min(x(period.to), plot.right());
    if (x1 <= x0)
        return {};
    return QRectF(x0, periodStrip.top(), x1 - x0, plot.bottom() - periodStrip.top());
}

qreal TimelineFrame::periodLabelRoom(const TimelinePeriod &period) const
{
    const QRectF band = periodBand(period);
    const qreal room = band.width() - 12 * u;
    return band.isEmpty() || room < 30 * u ? -1 : room;
}

} // namespace pe
