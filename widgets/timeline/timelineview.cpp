#include "widgets/timeline/timelineview.h"

#include "models/items/eventmodel.h"
#include "models/items/roles.h"
#include "models/vocabulary.h"
#include "render/palette.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pe {

namespace {

// The two frameworks of economic cooperation the book describes in chapter 2: the
// programme for 2009–2016 was adopted in 2009, and the treaty on economic cooperation was
// signed in November 2017 and is valid until 2026. Years as fractions (1 November 2017 is
// 2017 + 10/12); `to` is exclusive, so 2027.0 is the end of 2026.
struct Era
{
    double from;
    double to;
    const char *label;
};
const Era eras[] = {
    {2009.0, 2017.0,
     QT_TRANSLATE_NOOP("pe::TimelineView", "Economic cooperation programme 2009–2016")},
    {2017.0 + 10.0 / 12.0, 2027.0,
     QT_TRANSLATE_NOOP("pe::TimelineView", "Treaty on economic cooperation 2017–2026")},
};

// Three months: months stay apart and a day is still a few pixels wide.
constexpr double minSpan = 0.25;
// The axis covers at least the book's thirty years (1992 to the end of 2022).
constexpr double firstYear = 1992.0;
constexpr double lastYearEnd = 2023.0;
constexpr double domainPadding = 0.5;
constexpr int maxToolTipTitles = 8;
constexpr double keyZoomFactor = 1.5;

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(colour.alphaF() * alpha);
    return colour;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

// Text on a filled marker: dark on light fills, white on dark ones.
QColor textOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 150 ? QColor(0x1F, 0x23, 0x28) : QColor(Qt::white);
}

QString countText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

} // namespace

// Where everything goes for one paint on one device: computed from the target rect and
// the label font there, so screen, images, SVG and PDF share one geometry.
struct TimelineView::Frame
{
    struct LegendEntry
    {
        enum Kind { Category, Day, Month, Year, Cluster };
        Kind kind = Category;
        QString key;
        QString text;
        QPointF pos; // left end of the symbol, on the text's centre line
    };

    QRectF rect;
    qreal u = 1; // a point of the base type size, in device units
    QFont laneFont, labelFont, selectedFont, axisFont, yearFont, eraFont, countFont, legendFont;
    qreal labelAscent = 0;
    qreal labelDescent = 0;
    QRectF laneColumn;
    QRectF eraStrip;
    QRectF plot;
    QRectF axis;
    QRectF legend;
    int lanes = 0;
    qreal laneHeight = 0;
    qreal rowHeight = 0;
    double from = 0;
    double span = 1;
    double ppy = 1;
    TimelineTicks ticks;
    TimelineLayoutMetrics metrics;
    QString textKey;
    std::vector<LegendEntry> legendEntries;

    double x(double year) const { return plot.left() + (year - from) * ppy; }
    double yearAt(double px) const { return from + (px - plot.left()) / ppy; }
    double screen(double absolute) const { return plot.left() + absolute - from * ppy; }
    double absolute(double px) const { return px - plot.left() + from * ppy; }
    double rowY(int lane, int row) const
    {
        const double used = rowHeight * metrics.rowsPerLane;
        return plot.top() + lane * laneHeight + (laneHeight - used) / 2 + (row + 0.5) * rowHeight;
    }
    QRectF laneRect(int lane) const
    {
        return QRectF(laneColumn.left(), plot.top() + lane * laneHeight,
                      plot.right() - laneColumn.left(), laneHeight);
    }
    qreal textBaseline(qreal centreY) const { return centreY + (labelAscent - labelDescent) / 2; }
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslateUi();
}

TimelineView::~TimelineView() = default;

void TimelineView::retranslateUi()
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("Events by category over time. Left and Right move between events, plus and minus "
           "zoom, 0 shows everything, Enter opens a group of events."));
    update();
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // A filter proxy emits many row signals for one keystroke: only mark the copy stale
        // and rebuild it once, when it is next needed.
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::invalidateItems);
        connect(model, &QObject::destroyed, this, &TimelineView::invalidateItems);
    }
    m_fitted = true;
    invalidateItems();
}

void TimelineView::invalidateItems()
{
    m_itemsDirty = true;
    m_layoutValid = false;
    update();
}

void TimelineView::ensureItems() const
{
    if (!m_itemsDirty)
        return;
    m_itemsDirty = false;
    ++m_itemsRevision;
    m_items.clear();
    m_lanes.clear();
    m_itemOfId.clear();

    if (m_model) {
        const int rows = m_model->rowCount();
        m_items.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            TimelineEvent e;
            if (!e.setDateKey(index.data(DateKeyRole).toInt()) &&
                !e.setDateKey(index.data(YearRole).toInt() * 10000))
                continue; // nothing to place on an axis
            e.id = index.data(IdRole).toString();
            e.category = index.data(CategoryRole).toString();
            e.title = index.data(TitleRole).toString();
            e.modelRow = row;
            m_items.push_back(std::move(e));
        }
    }
    // The proxy may be sorted by another column for a table sharing it: keep date order.
    std::stable_sort(
        m_items.begin(), m_items.end(),
        [](const TimelineEvent &a, const TimelineEvent &b) { return a.dateKey < b.dateKey; });

    // Lanes in the vocabulary's order, then any category it does not know.
    QSet<QString> present;
    for (const TimelineEvent &e : m_items)
        present.insert(e.category);
    for (const QString &key : Vocabulary::categories()) {
        if (present.remove(key))
            m_lanes.append(key);
    }
    QStringList unknown(present.cbegin(), present.cend());
    unknown.sort();
    m_lanes += unknown;

    QHash<QString, int> laneOf;
    for (int i = 0; i < m_lanes.size(); ++i)
        laneOf.insert(m_lanes.at(i), i);
    double first = firstYear;
    double last = lastYearEnd;
    for (int i = 0; i < int(m_items.size()); ++i) {
        TimelineEvent &e = m_items[i];
        e.lane = laneOf.value(e.category);
        m_itemOfId.insert(e.id, i);
        first = std::min(first, e.start);
        last = std::max(last, e.end);
    }
    m_domainFrom = std::floor(first) - domainPadding;
    m_domainTo = std::ceil(last) + domainPadding;

    const size_t n = m_items.size();
    m_titleWidth.assign(n, -1.f);
    m_elided.assign(n, QString());
    m_elidedFor.assign(n, -1.f);
    m_dateText.assign(n, QString());

    const double full = m_domainTo - m_domainFrom;
    if (m_fitted) {
        m_from = m_domainFrom;
        m_span = full;
    } else {
        m_span = std::clamp(m_span, minSpan, full);
        m_from = std::clamp(m_from, m_domainFrom, m_domainTo - m_span);
    }
    if (const int item = m_itemOfId.value(m_currentId, -1); item >= 0)
        m_currentKey = m_items[item].dateKey;
}

TimelineView::Frame TimelineView::frameFor(const QPaintDevice *device, const QRectF &rect,
                                           const ViewTheme &theme) const
{
    Frame f;
    f.rect = rect;
    ViewTheme t = theme;
    t.baseFontPointSize = theme.baseFontPointSize * m_fontScale;
    const double dpi = device ? device->logicalDpiY() : 96.0;
    f.u = t.baseFontPointSize * dpi / 72.0 / 10.0;
    const qreal u = f.u;

    f.laneFont = t.font(0.95, QFont::DemiBold);
    f.labelFont = t.font(0.9);
    f.selectedFont = t.font(0.9, QFont::DemiBold);
    f.axisFont = t.font(0.85);
    f.yearFont = t.font(0.85, QFont::DemiBold);
    f.eraFont = t.font(0.85);
    f.eraFont.setItalic(true);
    f.countFont = t.font(0.75, QFont::Bold);
    f.legendFont = t.font(0.8);
    const QFontMetricsF labelFm(f.labelFont, device);
    const QFontMetricsF laneFm(f.laneFont, device);
    const QFontMetricsF axisFm(f.axisFont, device);
    const QFontMetricsF eraFm(f.eraFont, device);
    const QFontMetricsF legendFm(f.legendFont, device);
    f.labelAscent = labelFm.ascent();
    f.labelDescent = labelFm.descent();
    f.textKey = f.labelFont.key() + QLatin1Char('@') + QString::number(dpi);
    f.lanes = int(m_lanes.size());

    const qreal margin = 12 * u;
    qreal laneWidth = 0;
    for (const QString &key : std::as_const(m_lanes))
        laneWidth = std::max(laneWidth, laneFm.horizontalAdvance(Vocabulary::category(key)));
    laneWidth = std::clamp(laneWidth + 24 * u, 64 * u, 170 * u);
    laneWidth = std::min(laneWidth, rect.width() * 0.28);
    f.laneColumn = QRectF(rect.left() + margin, rect.top(), laneWidth, rect.height());

    const qreal plotLeft = f.laneColumn.right();
    const qreal plotRight = std::max(plotLeft + 1, rect.right() - margin);

    // Legend: categories first, then how precision and clusters are drawn; wrapped.
    using Entry = Frame::LegendEntry;
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
    for (const QString &key : std::as_const(m_lanes))
        entries.push_back({Entry::Category, key, Vocabulary::category(key), {}});
    entries.push_back({Entry::Day, {}, tr("day known"), {}});
    entries.push_back({Entry::Month, {}, tr("month known"), {}});
    entries.push_back({Entry::Year, {}, tr("year only"), {}});
    entries.push_back({Entry::Cluster, {}, tr("several events"), {}});
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
    f.from = m_from;
    f.span = std::max(m_span, minSpan);
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
    f.eraStrip = QRectF(plotLeft, top, plotRight - plotLeft, eraFm.height() + 10 * u);
    const qreal plotBottom = std::max(f.eraStrip.bottom() + 1, f.legend.top() - 8 * u - axisHeight);
    f.plot = QRectF(plotLeft, f.eraStrip.bottom(), plotRight - plotLeft,
                    plotBottom - f.eraStrip.bottom());
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

TimelineView::Frame TimelineView::screenFrame() const
{
    ensureItems();
    return frameFor(this, QRectF(rect()), theme());
}

const TimelineLayout &TimelineView::ensureLayout(const Frame &frame) const
{
    if (!m_layoutValid || m_layoutRevision != m_itemsRevision ||
        m_layout.metrics() != frame.metrics || m_layout.laneCount() != frame.lanes) {
        m_layout.build(m_items, frame.lanes, frame.metrics);
        m_layoutRevision = m_itemsRevision;
        m_layoutValid = true;
    }
    if (m_textKey != frame.textKey) {
        // Another font or resolution: every measured width and elided label is stale.
        m_textKey = frame.textKey;
        std::fill(m_titleWidth.begin(), m_titleWidth.end(), -1.f);
        std::fill(m_elidedFor.begin(), m_elidedFor.end(), -1.f);
    }
    return m_layout;
}

// --- view state -------------------------------------------------------------------------

void TimelineView::setRange(double from, double span, bool fitted)
{
    ensureItems();
    const double full = m_domainTo - m_domainFrom;
    span = std::clamp(span, minSpan, full);
    from = std::clamp(from, m_domainFrom, m_domainTo - span);
    m_fitted = fitted || span >= full - 1e-9;
    if (from == m_from && span == m_span)
        return;
    m_from = from;
    m_span = span;
    update();
}

std::pair<double, double> TimelineView::visibleRange() const
{
    ensureItems();
    return {m_from, m_from + m_span};
}

std::pair<double, double> TimelineView::fullRange() const
{
    ensureItems();
    return {m_domainFrom, m_domainTo};
}

void TimelineView::setVisibleRange(double fromYear, double toYear)
{
    if (toYear < fromYear)
        std::swap(fromYear, toYear);
    setRange(fromYear, toYear - fromYear);
}

void TimelineView::fitAll()
{
    ensureItems();
    setRange(m_domainFrom, m_domainTo - m_domainFrom, true);
}

void TimelineView::jumpToYear(int year)
{
    // Wide enough to see the year's neighbours, narrow enough for titles to show.
    const double span = std::clamp(m_span, 1.5, 5.0);
    setRange(year + 0.5 - span / 2, span);
}

void TimelineView::zoomBy(double factor, double aroundYear)
{
    if (factor <= 0)
        return;
    ensureItems();
    const double span = m_span / factor;
    const double clamped = std::clamp(span, minSpan, m_domainTo - m_domainFrom);
    setRange(aroundYear - (aroundYear - m_from) * clamped / m_span, clamped);
}

void TimelineView::panBy(double years)
{
    setRange(m_from + years, m_span, m_fitted);
}

void TimelineView::setMarkedYear(int year)
{
    if (year == m_markedYear)
        return;
    m_markedYear = year;
    update();
}

void TimelineView::setTheme(const ViewTheme &theme)
{
    m_theme = theme;
    m_hasTheme = true;
    update();
}

ViewTheme TimelineView::theme() const
{
    return m_hasTheme ? m_theme : ViewTheme::fromPalette(palette());
}

void TimelineView::setFontScale(qreal scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    return QSize(900, 520);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(320, 200);
}

// --- selection ----------------------------------------------------------------------------

int TimelineView::currentItem() const
{
    ensureItems();
    return m_itemOfId.value(m_currentId, -1);
}

void TimelineView::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_currentKey = 0;
    if (const int item = currentItem(); item >= 0) {
        m_currentKey = m_items[item].dateKey;
        ensureVisible(item);
    }
    update();
}

void TimelineView::selectItem(int item, bool notify)
{
    ensureItems();
    if (item < 0 || item >= int(m_items.size()))
        return;
    const TimelineEvent &e = m_items[item];
    ensureVisible(item);
    if (e.id == m_currentId)
        return;
    m_currentId = e.id;
    m_currentKey = e.dateKey;
    update();
    if (notify)
        emit currentChanged(m_currentId);
}

int TimelineView::neighbourItem(int step) const
{
    ensureItems();
    const int n = int(m_items.size());
    if (n == 0)
        return -1;
    if (const int item = currentItem(); item >= 0) {
        const int next = item + step;
        return next >= 0 && next < n ? next : -1;
    }
    auto byKey = [](const TimelineEvent &e, int key) { return e.dateKey < key; };
    if (m_currentKey) {
        // The selection was filtered out: step on from its date.
        if (step > 0) {
            const auto it =
                std::upper_bound(m_items.begin(), m_items.end(), m_currentKey,
                                 [](int key, const TimelineEvent &e) { return key < e.dateKey; });
            return it == m_items.end() ? -1 : int(it - m_items.begin());
        }
        const auto it = std::lower_bound(m_items.begin(), m_items.end(), m_currentKey, byKey);
        return it == m_items.begin() ? -1 : int(it - m_items.begin()) - 1;
    }
    // Nothing selected yet: start from what is on screen.
    if (step > 0) {
        for (int i = 0; i < n; ++i) {
            if (m_items[i].anchor >= m_from)
                return i;
        }
        return 0;
    }
    for (int i = n - 1; i >= 0; --i) {
        if (m_items[i].anchor <= m_from + m_span)
            return i;
    }
    return n - 1;
}

void TimelineView::ensureVisible(int item)
{
    if (item < 0 || item >= int(m_items.size()))
        return;
    const double anchor = m_items[item].anchor;
    const double margin = m_span * 0.08;
    if (anchor < m_from + margin || anchor > m_from + m_span - margin)
        setRange(anchor - m_span / 2, m_span, false);
}

void TimelineView::expandNode(int node)
{
    const Frame f = screenFrame();
    const TimelineLayout &layout = ensureLayout(f);
    const std::vector<int> members = layout.eventsOf(node);
    if (members.empty())
        return;
    if (m_span <= minSpan + 1e-9) {
        // Events of one day cannot be pulled apart: open the first one instead.
        selectItem(members.front(), true);
        return;
    }
    double first = m_items[members.front()].anchor;
    double last = first;
    for (const int item : members) {
        first = std::min(first, m_items[item].anchor);
        last = std::max(last, m_items[item].anchor);
    }
    // Fit the cluster with room either side, and always zoom in noticeably.
    const double span = std::max(minSpan, std::min((last - first) * 1.8, m_span / 2));
    setRange((first + last) / 2 - span / 2, span);
}

// --- queries for tests and status lines -----------------------------------------------------

int TimelineView::visibleEventCount() const
{
    ensureItems();
    const double to = m_from + m_span;
    return int(std::count_if(m_items.begin(), m_items.end(), [&](const TimelineEvent &e) {
        return e.end > m_from && e.start < to;
    }));
}

int TimelineView::clusterCount() const
{
    const Frame f = screenFrame();
    const TimelineLayout &layout = ensureLayout(f);
    const double left = f.absolute(f.plot.left());
    const double right = f.absolute(f.plot.right());
    int count = 0;
    for (const TimelineNode &node : layout.nodes()) {
        if (node.isCluster() && node.right > left && node.left < right)
            ++count;
    }
    return count;
}

QStringList TimelineView::eventIdsInOrder() const
{
    ensureItems();
    QStringList ids;
    ids.reserve(int(m_items.size()));
    for (const TimelineEvent &e : m_items)
        ids.append(e.id);
    return ids;
}

QStringList TimelineView::laneCategories() const
{
    ensureItems();
    return m_lanes;
}

QRectF TimelineView::plotArea() const
{
    return screenFrame().plot;
}

QRectF TimelineView::markerRect(const QString &id) const
{
    const Frame f = screenFrame();
    const TimelineLayout &layout = ensureLayout(f);
    const int node = layout.nodeOfEvent(m_itemOfId.value(id, -1));
    if (node < 0)
        return {};
    const TimelineNode &n = layout.nodes()[node];
    const QRectF marker(f.screen(n.left), f.rowY(n.lane, n.row) - f.rowHeight / 2, n.right - n.left,
                        f.rowHeight);
    return marker.intersected(f.plot);
}

QString TimelineView::dateText(int item) const
{
    if (item < 0 || item >= int(m_items.size()) || !m_model)
        return {};
    QString &text = m_dateText[item];
    if (text.isEmpty())
        text = m_model->index(m_items[item].modelRow, EventModel::DateColumn).data().toString();
    return text;
}

QString TimelineView::labelFor(int item, double width, const QFont &font,
                               const QPaintDevice *device) const
{
    const TimelineEvent &e = m_items[item];
    if (m_titleWidth[item] < 0)
        m_titleWidth[item] = float(QFontMetricsF(font, device).horizontalAdvance(e.title));
    if (m_titleWidth[item] <= width)
        return e.title;
    if (m_elidedFor[item] != float(width)) {
        m_elided[item] = QFontMetricsF(font, device).elidedText(e.title, Qt::ElideRight, width);
        m_elidedFor[item] = float(width);
    }
    return m_elided[item];
}

// --- painting -----------------------------------------------------------------------------

void TimelineView::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) const
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    ensureItems();
    const Frame f = frameFor(painter->device(), rect, theme);
    const TimelineLayout &layout = ensureLayout(f);

    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(rect, theme.background);

    drawBackground(painter, f, theme);
    drawEras(painter, f, theme);
    drawGrid(painter, f, theme);
    drawMarkedYear(painter, f, theme);
    drawNodes(painter, f, theme, layout);
    drawSelection(painter, f, theme, layout);
    drawAxis(painter, f, theme);
    drawMarkedYearTag(painter, f, theme);
    drawLaneLabels(painter, f, theme);
    drawLegend(painter, f, theme);

    if (m_items.empty()) {
        painter->setFont(theme.font(1.1 * m_fontScale));
        painter->setPen(theme.mutedText);
        painter->drawText(f.plot, Qt::AlignCenter,
                          m_model && m_model->rowCount() == 0 && m_model->columnCount() > 0
                              ? tr("No events match the current filters")
                              : tr("No events to show"));
    }
    painter->restore();
}

void TimelineView::drawBackground(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    // Every other lane faintly tinted: enough to follow a lane, too little to compete.
    const QColor stripe = mix(theme.background, theme.text, theme.isDark() ? 0.045 : 0.028);
    for (int lane = 1; lane < f.lanes; lane += 2)
        p->fillRect(f.laneRect(lane), stripe);
}

void TimelineView::drawEras(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    const qreal u = f.u;
    const QColor base = theme.greyscale ? QColor(0, 0, 0, 18) : palette::era();
    const qreal strength = theme.isDark() ? 2.2 : 1.0;
    const QFontMetricsF fm(f.eraFont, p->device());
    int index = 0;
    for (const Era &era : eras) {
        // Adjacent eras are told apart by a slightly different depth of tint.
        const QColor band = withAlpha(base, std::min(1.0, strength * (index % 2 ? 1.45 : 1.0)));
        ++index;
        const double x0 = std::max(f.x(era.from), f.plot.left());
        const double x1 = std::min(f.x(era.to), f.plot.right());
        if (x1 <= x0)
            continue;
        p->fillRect(QRectF(x0, f.eraStrip.top(), x1 - x0, f.plot.bottom() - f.eraStrip.top()),
                    band);
        p->fillRect(QRectF(x0, f.eraStrip.top(), x1 - x0, f.eraStrip.height()), band);
        // Edges that really are the era's start or end get a fine line; cut edges do not.
        p->setPen(QPen(withAlpha(base, std::min(1.0, strength * 3.5)), 0.8 * u));
        if (f.x(era.from) >= f.plot.left())
            p->drawLine(QPointF(x0, f.eraStrip.top()), QPointF(x0, f.plot.bottom()));
        if (f.x(era.to) <= f.plot.right())
            p->drawLine(QPointF(x1, f.eraStrip.top()), QPointF(x1, f.plot.bottom()));

        // The label stays at the visible start of the band while panning.
        const qreal room = x1 - x0 - 12 * u;
        if (room < 30 * u)
            continue;
        const QString text = fm.elidedText(tr(era.label), Qt::ElideRight, room);
        p->setFont(f.eraFont);
        p->setPen(theme.mutedText);
        p->drawText(QRectF(x0 + 6 * u, f.eraStrip.top(), room, f.eraStrip.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void TimelineView::drawGrid(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    const qreal u = f.u;
    const double to = f.from + f.span;
    const QColor major = theme.grid;
    const QColor minor = mix(theme.grid, theme.background, 0.55);
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
        p->setPen(QPen(labelled ? major : minor, (labelled ? 1.0 : 0.7) * u));
        p->drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
    }
    p->restore();
}

void TimelineView::drawMarkedYear(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    if (!m_markedYear)
        return;
    const qreal u = f.u;
    const double x0 = f.x(m_markedYear);
    const double x1 = f.x(m_markedYear + 1);
    if (x1 < f.plot.left() || x0 > f.plot.right())
        return;
    const QColor colour = theme.adjust(palette::highlight());
    p->save();
    p->setClipRect(f.plot.adjusted(0, -f.eraStrip.height(), 0, 0));
    p->fillRect(QRectF(x0, f.plot.top(), x1 - x0, f.plot.height()), withAlpha(colour, 0.07));
    const double centre = (x0 + x1) / 2;
    p->setPen(QPen(colour, 1.5 * u));
    p->drawLine(QPointF(centre, f.plot.top()), QPointF(centre, f.plot.bottom()));
    p->restore();
}

void TimelineView::drawMarkedYearTag(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    if (!m_markedYear)
        return;
    const double centre = f.x(m_markedYear + 0.5);
    if (centre < f.plot.left() || centre > f.plot.right())
        return;
    // On the axis, where the eye looks for years, rather than over era labels.
    const qreal u = f.u;
    const QColor colour = theme.adjust(palette::highlight());
    const QString text = QString::number(m_markedYear);
    const QFontMetricsF fm(f.yearFont, p->device());
    const qreal w = fm.horizontalAdvance(text) + 10 * u;
    // max/min rather than clamp: on a plot narrower than the tag the bounds cross.
    const QRectF tag(std::max(f.plot.left(), std::min(centre - w / 2, f.plot.right() - w)),
                     f.axis.top() + 3 * u, w, fm.height() + 3 * u);
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    p->drawRoundedRect(tag, 3 * u, 3 * u);
    p->setPen(textOn(colour));
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

size_t qHash(const TimelineView::Sprite &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), key.colour, key.background, key.count,
                      fixed(key.size.width()), fixed(key.size.height()), fixed(key.unit),
                      fixed(key.dpr));
}

bool TimelineView::Sprite::operator==(const Sprite &o) const
{
    return kind == o.kind && colour == o.colour && background == o.background && count == o.count &&
           fixed(size.width()) == fixed(o.size.width()) &&
           fixed(size.height()) == fixed(o.size.height()) && fixed(unit) == fixed(o.unit) &&
           fixed(dpr) == fixed(o.dpr);
}

void TimelineView::drawSprite(QPainter *p, const Sprite &key, const QRectF &bounds,
                              const std::function<void(QPainter *, const QPointF &)> &draw) const
{
    // Vector targets (SVG, PDF) and scaled painters get real shapes; raster targets get
    // the marker drawn once and copied: antialiased curves cost far more than a blit,
    // and a crowded frame draws hundreds of identical markers.
    const bool raster = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster &&
                        p->worldTransform().type() <= QTransform::TxTranslate;
    if (!raster) {
        draw(p, bounds.topLeft());
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

void TimelineView::drawNodes(QPainter *p, const Frame &f, const ViewTheme &theme,
                             const TimelineLayout &layout) const
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
        const QColor colour = theme.adjust(palette::category(m_lanes.at(lane)));
        const std::vector<int> &laneEvents = layout.laneEvents(lane);

        // Markers are filled shapes only, halos included: strokes cost several times a
        // fill in the raster engine, and a frame of 10,000 events draws hundreds of them.
        // Year bars first and faint: they are background for everything else in the lane.
        p->setPen(Qt::NoPen);
        p->setBrush(withAlpha(colour, theme.isDark() ? 0.34 : 0.26));
        for (int n = begin; n < end; ++n) {
            const TimelineNode &node = nodes[n];
            if (node.isCluster())
                continue;
            const TimelineEvent &e = m_items[laneEvents[node.first]];
            if (e.precision != DatePrecision::Year)
                continue;
            const QRectF bar =
                spanRect(e, f.x(e.start), f.x(e.end), f.x(e.anchor), f.rowY(lane, node.row), u);
            p->drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
        }

        // Markers.
        const QColor onColour = textOn(colour);
        const QBrush shadow(withAlpha(colour, 0.35));
        const QBrush halo(theme.background);
        const QBrush solid(colour);
        const QBrush light(withAlpha(colour, theme.isDark() ? 0.5 : 0.4));
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
                drawSprite(p, key, bounds, [&](QPainter *sp, const QPointF &origin) {
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
            const TimelineEvent &e = m_items[laneEvents[node.first]];
            const double x = f.x(e.anchor);
            p->setPen(Qt::NoPen);
            switch (e.precision) {
            case DatePrecision::Day: {
                const qreal outer = dotRadius + haloWidth;
                const QRectF bounds(x - outer, y - outer, 2 * outer, 2 * outer);
                const Sprite key{Sprite::Dot, colour.rgba(), theme.background.rgba(),
                                 0,           bounds.size(), u};
                drawSprite(p, key, bounds, [&](QPainter *sp, const QPointF &origin) {
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
                if (bar.width() > 18 * u) {
                    // Zoomed in, the month is wide: a lighter bar keeps labels over it
                    // readable, and a centre gives the eye a point to aim at.
                    p->setBrush(light);
                    p->drawRoundedRect(bar, r, r);
                    p->setBrush(solid);
                    p->drawEllipse(QPointF(x, y), dotRadius * 0.7, dotRadius * 0.7);
                } else {
                    p->setBrush(halo);
                    p->drawRoundedRect(bar.adjusted(-haloWidth, -haloWidth, haloWidth, haloWidth),
                                       r + haloWidth, r + haloWidth);
                    p->setBrush(solid);
                    p->drawRoundedRect(bar, r, r);
                }
                break;
            }
            case DatePrecision::Year:
                // A small solid centre on the faint bar: something to aim at and to select.
                p->setBrush(solid);
                p->drawEllipse(QPointF(x, y), dotRadius * 0.6, dotRadius * 0.6);
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
            p->drawText(QPointF(x, y), labelFor(item, room, f.labelFont, device));
        }
    }
    p->restore();
}

void TimelineView::drawSelection(QPainter *p, const Frame &f, const ViewTheme &theme,
                                 const TimelineLayout &layout) const
{
    const int item = currentItem();
    const int nodeIndex = layout.nodeOfEvent(item);
    if (item < 0 || nodeIndex < 0)
        return;
    const qreal u = f.u;
    const TimelineNode &node = layout.nodes()[nodeIndex];
    const TimelineEvent &e = m_items[item];
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
    p->drawRoundedRect(ring, ring.height() / 2, ring.height() / 2);

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

void TimelineView::drawAxis(QPainter *p, const Frame &f, const ViewTheme &theme) const
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

void TimelineView::drawLaneLabels(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    const qreal u = f.u;
    const QFontMetricsF fm(f.laneFont, p->device());
    p->save();
    p->setFont(f.laneFont);
    for (int lane = 0; lane < f.lanes; ++lane) {
        const QString &key = m_lanes.at(lane);
        const double y = f.plot.top() + (lane + 0.5) * f.laneHeight;
        const QColor colour = theme.adjust(palette::category(key));
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
        p->drawRoundedRect(QRectF(f.laneColumn.left(), y - 5 * u, 4 * u, 10 * u), 2 * u, 2 * u);
        const qreal x = f.laneColumn.left() + 10 * u;
        const qreal room = f.laneColumn.right() - x - 10 * u;
        p->setPen(theme.text);
        p->drawText(QRectF(x, y - f.laneHeight / 2, room, f.laneHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(Vocabulary::category(key), Qt::ElideRight, room));
    }
    p->restore();
}

void TimelineView::drawLegend(QPainter *p, const Frame &f, const ViewTheme &theme) const
{
    using Entry = Frame::LegendEntry;
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
            p->setBrush(theme.adjust(palette::category(e.key)));
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
            p->setPen(QPen(withAlpha(neutral, 0.6), 0.8 * u));
            p->setBrush(withAlpha(neutral, 0.22));
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
            p->setPen(textOn(neutral));
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

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(&painter, QRectF(rect()), theme());
    if (hasFocus()) {
        // Keyboard users need to see where the keys go; exports never show this.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

// --- interaction --------------------------------------------------------------------------

TimelineView::Hit TimelineView::hitTest(const QPointF &pos) const
{
    Hit hit;
    const Frame f = screenFrame();
    const QRectF active(f.plot.left(), f.eraStrip.top(), f.plot.width(),
                        f.axis.bottom() - f.eraStrip.top());
    if (!active.contains(pos))
        return hit;
    hit.kind = Hit::Empty;
    hit.year = f.yearAt(pos.x());
    if (!f.plot.contains(pos) || f.lanes == 0)
        return hit;
    const TimelineLayout &layout = ensureLayout(f);
    const int lane = std::clamp(int((pos.y() - f.plot.top()) / f.laneHeight), 0, f.lanes - 1);
    const double x = f.absolute(pos.x());
    const double slop = 3 * f.u;
    const TimelineLayoutMetrics &m = f.metrics;
    const auto [begin, end] = layout.laneNodesIn(lane, x - slop, x + slop);
    double best = std::numeric_limits<double>::max();
    for (int n = begin; n < end; ++n) {
        const TimelineNode &node = layout.nodes()[n];
        if (std::abs(pos.y() - f.rowY(lane, node.row)) > f.rowHeight / 2)
            continue;
        double distance = std::numeric_limits<double>::max();
        if (x >= node.left - slop && x <= node.right + slop) {
            distance = std::abs(x - (node.left + node.right) / 2);
        } else if (node.labelWidth > 0 && x >= node.right + m.labelPadding &&
                   x <= node.right + m.labelPadding + node.labelWidth) {
            distance = node.right - node.left + slop; // a marker wins over a label
        }
        if (distance < best) {
            best = distance;
            hit.node = n;
        }
    }
    if (hit.node >= 0) {
        const TimelineNode &node = layout.nodes()[hit.node];
        hit.kind = node.isCluster() ? Hit::Cluster : Hit::Event;
        hit.item = layout.laneEvents(lane)[node.first];
    }
    return hit;
}

QString TimelineView::toolTipFor(const Hit &hit) const
{
    if (hit.kind == Hit::Event) {
        const TimelineEvent &e = m_items[hit.item];
        return QStringLiteral("<b>%1</b><br/>%2 · %3")
            .arg(e.title.toHtmlEscaped(), dateText(hit.item).toHtmlEscaped(),
                 Vocabulary::category(e.category).toHtmlEscaped());
    }
    if (hit.kind == Hit::Cluster) {
        const std::vector<int> members = m_layout.eventsOf(hit.node);
        QString text =
            QStringLiteral("<b>%1</b>").arg(tr("%n events", nullptr, int(members.size())));
        const int shown = std::min(int(members.size()), maxToolTipTitles);
        for (int i = 0; i < shown; ++i) {
            const int item = members[i];
            text += QStringLiteral("<br/>%1 — %2")
                        .arg(dateText(item).toHtmlEscaped(), m_items[item].title.toHtmlEscaped());
        }
        if (int(members.size()) > shown)
            text += QStringLiteral("<br/><i>%1</i>")
                        .arg(tr("and %n more", nullptr, int(members.size()) - shown));
        text += QStringLiteral("<br/><i>%1</i>").arg(tr("Click to zoom in"));
        return text;
    }
    return {};
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            const Frame f = screenFrame();
            zoomBy(1.0 + gesture->value(), f.yearAt(gesture->position().x()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        update(); // the screen theme follows the palette unless one was set
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    ensureItems();
    const double centre = m_from + m_span / 2;
    // Zoom keys keep the selection in place when it is on screen.
    const int item = currentItem();
    const double focus =
        item >= 0 && m_items[item].anchor >= m_from && m_items[item].anchor <= m_from + m_span
            ? m_items[item].anchor
            : centre;
    switch (event->key()) {
    case Qt::Key_Right:
        if (!plain)
            break;
        selectItem(neighbourItem(+1), true);
        return;
    case Qt::Key_Left:
        if (!plain)
            break;
        selectItem(neighbourItem(-1), true);
        return;
    case Qt::Key_Home:
        selectItem(0, true);
        return;
    case Qt::Key_End:
        selectItem(int(m_items.size()) - 1, true);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(keyZoomFactor, focus);
        return;
    case Qt::Key_Minus:
        zoomBy(1.0 / keyZoomFactor, focus);
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        if (!plain)
            break;
        fitAll();
        return;
    case Qt::Key_PageUp:
        panBy(-m_span * 0.8);
        return;
    case Qt::Key_PageDown:
        panBy(m_span * 0.8);
        return;
    case Qt::Key_Enter:
    case Qt::Key_Return: {
        const Frame f = screenFrame();
        const TimelineLayout &layout = ensureLayout(f);
        const int node = layout.nodeOfEvent(item);
        if (node >= 0 && layout.nodes()[node].isCluster()) {
            expandNode(node);
            return;
        }
        break;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressFrom = m_from;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (event->position() - m_pressPos).manhattanLength() >=
                               QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const Frame f = screenFrame();
            setRange(m_pressFrom - (event->position().x() - m_pressPos.x()) / f.ppy, m_span,
                     m_fitted);
        }
        event->accept();
        return;
    }
    const Hit hit = hitTest(event->position());
    if (hit.kind == Hit::Event || hit.kind == Hit::Cluster)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const bool clicked = !m_dragging;
    m_pressed = false;
    m_dragging = false;
    unsetCursor();
    if (clicked) {
        const Hit hit = hitTest(event->position());
        if (hit.kind == Hit::Event)
            selectItem(hit.item, true);
        else if (hit.kind == Hit::Cluster)
            expandNode(hit.node);
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const Hit hit = hitTest(event->position());
        if (hit.kind == Hit::Empty) {
            emit yearActivated(int(std::floor(hit.year)));
            event->accept();
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.isNull()) {
        event->ignore();
        return;
    }
    const bool horizontal = std::abs(delta.x()) > std::abs(delta.y());
    if (horizontal || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = horizontal ? delta.x() : delta.y();
        panBy(-d / 120.0 * m_span * 0.1);
    } else {
        // Plain and Ctrl+wheel both zoom: nothing scrolls vertically here.
        const Frame f = screenFrame();
        const double around = f.plot.contains(event->position()) ? f.yearAt(event->position().x())
                                                                 : m_from + m_span / 2;
        zoomBy(std::pow(1.2, delta.y() / 120.0), around);
    }
    event->accept();
}

} // namespace pe
