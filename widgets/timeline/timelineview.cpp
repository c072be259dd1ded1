#include "widgets/timeline/timelineview.h"

#include "models/items/eventmodel.h"
#include "models/vocabulary.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pe {

namespace {
constexpr int maxToolTipTitles = 8;
constexpr double keyZoomFactor = 1.5;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    installViewAccessibility();
    retranslateUi();
}

QList<AccessibleEntry> TimelineView::accessibleEntries()
{
    const TimelineFrame f = screenFrame();
    const TimelineLayout &layout = m_renderer.layout(f, items());
    const auto eventEntry = [this](int item) {
        const TimelineEvent &e = m_items.at(item);
        AccessibleEntry entry;
        entry.name = e.title;
        entry.description =
            QStringLiteral("%1 · %2").arg(dateText(item), Vocabulary::label(e.category));
        entry.focused = e.id == m_currentId;
        entry.activate = [this, item] { selectItem(item, true); };
        return entry;
    };
    QList<std::pair<double, AccessibleEntry>> shown;
    for (size_t n = 0; n < layout.nodes().size(); ++n) {
        const TimelineNode &node = layout.nodes()[n];
        const QRectF rect = f.markerRect(node);
        if (!rect.intersects(f.plot))
            continue;
        const std::vector<int> members = layout.eventsOf(int(n));
        AccessibleEntry entry;
        if (node.isCluster()) {
            entry.name = tr("%n events", nullptr, int(members.size()));
            entry.description = QStringLiteral("%1–%2 · %3")
                                    .arg(dateText(members.front()), dateText(members.back()),
                                         Vocabulary::label(m_items.at(members.front()).category));
            for (const int item : members)
                entry.members.append(eventEntry(item));
            entry.focused = std::any_of(entry.members.cbegin(), entry.members.cend(),
                                        [](const AccessibleEntry &m) { return m.focused; });
            const int node = int(n);
            entry.activate = [this, node] { expandNode(node); };
        } else {
            entry = eventEntry(members.front());
        }
        entry.rect = rect;
        for (AccessibleEntry &member : entry.members)
            member.rect = rect;
        shown.append({rect.left() + node.lane * 1e-3, entry});
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<AccessibleEntry> entries;
    for (const auto &[key, entry] : std::as_const(shown))
        entries.append(entry);
    return entries;
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
        // and read the model once, when the copy is next needed.
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::invalidateItems);
        connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::invalidateItems);
        connect(model, &QObject::destroyed, this, &TimelineView::invalidateItems);
    }
    m_viewport = TimelineViewport::fitted(m_domain);
    invalidateItems();
}

void TimelineView::invalidateItems()
{
    m_itemsStale = true;
    update();
}

const TimelineItems &TimelineView::items()
{
    if (m_itemsStale) {
        m_itemsStale = false;
        m_items = TimelineItems::fromModel(m_model);
        updateDomain();
        if (const int item = m_items.indexOf(m_currentId); item >= 0)
            m_currentKey = m_items.at(item).dateKey;
    }
    return m_items;
}

void TimelineView::updateDomain()
{
    m_domain = m_items.domain(m_minimumRange);
    m_viewport = m_viewport.adaptedTo(m_domain);
}

ViewTheme TimelineView::scaled(const ViewTheme &theme) const
{
    ViewTheme t = theme;
    t.baseFontPointSize = theme.baseFontPointSize * m_fontScale;
    return t;
}

TimelineFrame TimelineView::screenFrame()
{
    return TimelineFrame::compute(this, QRectF(rect()), scaled(theme()), items().lanes(),
                                  m_viewport, m_renderer.periods());
}

// --- view state -------------------------------------------------------------------------

void TimelineView::setViewport(const TimelineViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    const bool moved = viewport.from() != m_viewport.from() || viewport.span() != m_viewport.span();
    m_viewport = viewport;
    if (moved)
        update();
}

std::pair<double, double> TimelineView::visibleRange()
{
    items();
    return {m_viewport.from(), m_viewport.to()};
}

std::pair<double, double> TimelineView::fullRange()
{
    items();
    return {m_domain.from, m_domain.to};
}

void TimelineView::setMinimumRange(double fromYear, double toYear)
{
    std::optional<TimelineDomain> minimum;
    if (fromYear < toYear)
        minimum = TimelineDomain{fromYear, toYear};
    if (minimum == m_minimumRange)
        return;
    m_minimumRange = minimum;
    items();
    updateDomain();
    update();
}

void TimelineView::setPeriods(const TimelinePeriods &periods)
{
    m_renderer.setPeriods(periods);
    update();
}

void TimelineView::setVisibleRange(double fromYear, double toYear)
{
    if (toYear < fromYear)
        std::swap(fromYear, toYear);
    items();
    setViewport(TimelineViewport::clamped(fromYear, toYear - fromYear, m_domain));
}

void TimelineView::fitAll()
{
    items();
    setViewport(TimelineViewport::fitted(m_domain));
}

void TimelineView::jumpToYear(int year)
{
    items();
    // Wide enough to see the year's neighbours, narrow enough for titles to show.
    const double span = std::clamp(m_viewport.span(), 1.5, 5.0);
    setViewport(TimelineViewport::clamped(year + 0.5 - span / 2, span, m_domain));
}

void TimelineView::zoomBy(double factor, double aroundYear)
{
    items();
    setViewport(m_viewport.zoomedBy(factor, aroundYear, m_domain));
}

void TimelineView::panBy(double years)
{
    items();
    setViewport(m_viewport.pannedBy(years, m_domain));
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
    return m_hasTheme ? m_theme : ViewTheme::fromPalette(palette(), font());
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

int TimelineView::currentItem()
{
    return items().indexOf(m_currentId);
}

void TimelineView::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_currentKey = 0;
    if (const int item = currentItem(); item >= 0) {
        m_currentKey = m_items.at(item).dateKey;
        ensureVisible(item);
    }
    update();
}

void TimelineView::selectItem(int item, bool notify)
{
    if (item < 0 || item >= items().size())
        return;
    const TimelineEvent &e = m_items.at(item);
    ensureVisible(item);
    if (e.id == m_currentId)
        return;
    m_currentId = e.id;
    m_currentKey = e.dateKey;
    update();
    if (notify)
        emit currentChanged(m_currentId);
}

int TimelineView::neighbourItem(int step)
{
    const std::vector<TimelineEvent> &events = items().events();
    const int n = int(events.size());
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
                std::upper_bound(events.begin(), events.end(), m_currentKey,
                                 [](int key, const TimelineEvent &e) { return key < e.dateKey; });
            return it == events.end() ? -1 : int(it - events.begin());
        }
        const auto it = std::lower_bound(events.begin(), events.end(), m_currentKey, byKey);
        return it == events.begin() ? -1 : int(it - events.begin()) - 1;
    }
    // Nothing selected yet: start from what is on screen.
    if (step > 0) {
        for (int i = 0; i < n; ++i) {
            if (events[i].anchor >= m_viewport.from())
                return i;
        }
        return 0;
    }
    for (int i = n - 1; i >= 0; --i) {
        if (events[i].anchor <= m_viewport.to())
            return i;
    }
    return n - 1;
}

void TimelineView::ensureVisible(int item)
{
    if (item < 0 || item >= items().size())
        return;
    const double anchor = m_items.at(item).anchor;
    const double margin = m_viewport.span() * 0.08;
    if (anchor < m_viewport.from() + margin || anchor > m_viewport.to() - margin) {
        setViewport(
            TimelineViewport::clamped(anchor - m_viewport.span() / 2, m_viewport.span(), m_domain));
    }
}

void TimelineView::expandNode(int node)
{
    const TimelineFrame f = screenFrame();
    const std::vector<int> members = m_renderer.layout(f, m_items).eventsOf(node);
    if (members.empty())
        return;
    if (m_viewport.span() <= TimelineViewport::minimumSpan + 1e-9) {
        // Events of one day cannot be pulled apart: open the first one instead.
        selectItem(members.front(), true);
        return;
    }
    double first = m_items.at(members.front()).anchor;
    double last = first;
    for (const int item : members) {
        first = std::min(first, m_items.at(item).anchor);
        last = std::max(last, m_items.at(item).anchor);
    }
    // Fit the cluster with room either side, and always zoom in noticeably.
    const double span = std::max(TimelineViewport::minimumSpan,
                                 std::min((last - first) * 1.8, m_viewport.span() / 2));
    setViewport(TimelineViewport::clamped((first + last) / 2 - span / 2, span, m_domain));
}

// --- queries for tests and status lines -----------------------------------------------------

int TimelineView::visibleEventCount()
{
    const std::vector<TimelineEvent> &events = items().events();
    const double from = m_viewport.from();
    const double to = m_viewport.to();
    return int(std::count_if(events.begin(), events.end(),
                             [&](const TimelineEvent &e) { return e.end > from && e.start < to; }));
}

int TimelineView::clusterCount()
{
    const TimelineFrame f = screenFrame();
    const TimelineLayout &layout = m_renderer.layout(f, m_items);
    const double left = f.absolute(f.plot.left());
    const double right = f.absolute(f.plot.right());
    int count = 0;
    for (const TimelineNode &node : layout.nodes()) {
        if (node.isCluster() && node.right > left && node.left < right)
            ++count;
    }
    return count;
}

QStringList TimelineView::eventIdsInOrder()
{
    QStringList ids;
    ids.reserve(items().size());
    for (const TimelineEvent &e : m_items.events())
        ids.append(e.id);
    return ids;
}

QList<Category> TimelineView::laneCategories()
{
    return items().lanes();
}

QRectF TimelineView::plotArea()
{
    return screenFrame().plot;
}

QRectF TimelineView::markerRect(const QString &id)
{
    const TimelineFrame f = screenFrame();
    const TimelineLayout &layout = m_renderer.layout(f, m_items);
    const int node = layout.nodeOfEvent(m_items.indexOf(id));
    if (node < 0)
        return {};
    return f.markerRect(layout.nodes()[size_t(node)]);
}

QString TimelineView::dateText(int item) const
{
    if (item < 0 || item >= m_items.size() || !m_model)
        return {};
    return m_model->index(m_items.at(item).modelRow, EventModel::DateColumn).data().toString();
}

// --- painting -----------------------------------------------------------------------------

void TimelineView::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    m_renderer.paint(painter, rect, scaled(theme), items(), m_viewport, m_currentId, m_markedYear);
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

TimelineView::Hit TimelineView::hitTest(const QPointF &pos)
{
    Hit hit;
    const TimelineFrame f = screenFrame();
    const QRectF active(f.plot.left(), f.periodStrip.top(), f.plot.width(),
                        f.axis.bottom() - f.periodStrip.top());
    if (!active.contains(pos))
        return hit;
    hit.kind = Hit::Empty;
    hit.year = f.yearAt(pos.x());
    if (!f.plot.contains(pos) || f.lanes == 0)
        return hit;
    const TimelineLayout &layout = m_renderer.layout(f, m_items);
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

QString TimelineView::toolTipFor(const Hit &hit)
{
    if (hit.kind == Hit::Event) {
        const TimelineEvent &e = m_items.at(hit.item);
        return QStringLiteral("<b>%1</b><br/>%2 · %3")
            .arg(e.title.toHtmlEscaped(), dateText(hit.item).toHtmlEscaped(),
                 Vocabulary::label(e.category).toHtmlEscaped());
    }
    if (hit.kind == Hit::Cluster) {
        const std::vector<int> members =
            m_renderer.layout(screenFrame(), m_items).eventsOf(hit.node);
        QString text =
            QStringLiteral("<b>%1</b>").arg(tr("%n events", nullptr, int(members.size())));
        const int shown = std::min(int(members.size()), maxToolTipTitles);
        for (int i = 0; i < shown; ++i) {
            const int item = members[i];
            text +=
                QStringLiteral("<br/>%1 — %2")
                    .arg(dateText(item).toHtmlEscaped(), m_items.at(item).title.toHtmlEscaped());
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
            const TimelineFrame f = screenFrame();
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
    // Zoom keys keep the selection in place when it is on screen.
    const int item = currentItem();
    const double focus = item >= 0 && m_viewport.contains(m_items.at(item).anchor)
                             ? m_items.at(item).anchor
                             : m_viewport.centre();
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
        selectItem(m_items.size() - 1, true);
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
        panBy(-m_viewport.span() * 0.8);
        return;
    case Qt::Key_PageDown:
        panBy(m_viewport.span() * 0.8);
        return;
    case Qt::Key_Enter:
    case Qt::Key_Return: {
        const TimelineLayout &layout = m_renderer.layout(screenFrame(), m_items);
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
    m_pressViewport = m_viewport;
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
            const TimelineFrame f = screenFrame();
            setViewport(m_pressViewport.pannedBy(-(event->position().x() - m_pressPos.x()) / f.ppy,
                                                 m_domain));
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
        panBy(-d / 120.0 * m_viewport.span() * 0.1);
    } else {
        // Plain and Ctrl+wheel both zoom: nothing scrolls vertically here.
        const TimelineFrame f = screenFrame();
        const double around = f.plot.contains(event->position()) ? f.yearAt(event->position().x())
                                                                 : m_viewport.centre();
        zoomBy(std::pow(1.2, delta.y() / 120.0), around);
    }
    event->accept();
}

} // namespace pe
