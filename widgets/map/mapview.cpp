#include "widgets/map/mapview.h"

#include "widgets/map/mapaccessible.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace pe {

namespace {
constexpr int maxToolTipRecords = 6;
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    installMapAccessibility();
    retranslateUi();
}

MapView::~MapView() = default;

void MapView::retranslateUi()
{
    setAccessibleName(tr("Map"));
    setAccessibleDescription(
        tr("Regions shaded by their partnerships, arcs between partner places, pins for joint "
           "ventures. The arrow keys move between them, Tab to the next group, Enter filters to "
           "a region or opens a partnership or venture in the details."));
    // The scene's names ("… (with …)") and counts are worded in the interface language.
    invalidateScene();
}

void MapView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_areasStale = true; // worked out with the scene, when the map is first shown
    invalidateScene();
}

void MapView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    invalidateScene();
}

void MapView::setModels(QAbstractItemModel *pairings, QAbstractItemModel *ventures)
{
    for (QAbstractItemModel *old : {m_pairings.data(), m_ventures.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_pairings = pairings;
    m_ventures = ventures;
    for (QAbstractItemModel *model : {pairings, ventures}) {
        if (!model)
            continue;
        // A filter emits many row signals for one keystroke: the scene is read again once,
        // when it is next needed.
        connect(model, &QAbstractItemModel::modelReset, this, &MapView::invalidateScene);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MapView::invalidateScene);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MapView::invalidateScene);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MapView::invalidateScene);
        connect(model, &QAbstractItemModel::dataChanged, this, &MapView::invalidateScene);
    }
    invalidateScene();
}

void MapView::setLayers(const MapLayers &layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    m_focus = std::min(m_focus, int(items().size()) - 1);
    invalidateLayout();
    QAccessibleEvent event(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&event);
}

void MapView::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    invalidateLayout(); // an event's places get dots and names of their own
}

void MapView::setFilterPlace(const QString &placeId)
{
    if (placeId == m_filterPlace)
        return;
    m_filterPlace = placeId;
    update();
}

void MapView::setTheme(const ViewTheme &theme)
{
    m_theme = theme;
    m_hasTheme = true;
    invalidateLayout();
}

ViewTheme MapView::theme() const
{
    return m_hasTheme ? m_theme : ViewTheme::fromPalette(palette(), font());
}

void MapView::setFontScale(qreal scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    invalidateLayout();
}

ViewTheme MapView::scaled(const ViewTheme &theme) const
{
    ViewTheme t = theme;
    t.baseFontPointSize = theme.baseFontPointSize * m_fontScale;
    return t;
}

void MapView::invalidateScene()
{
    m_sceneStale = true;
    invalidateLayout();
    QAccessibleEvent event(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&event);
}

void MapView::invalidateLayout()
{
    m_layout.reset();
    update();
}

const MapScene &MapView::scene()
{
    if (m_sceneStale) {
        m_sceneStale = false;
        if (m_areasStale) {
            m_areasStale = false;
            m_areas = m_dataset ? PlaceAreas(*m_dataset, m_renderer.baseMap()) : PlaceAreas();
        }
        m_scene = m_dataset ? MapScene::build(*m_dataset, m_renderer.baseMap(), m_areas,
                                              recordIdsOf(m_pairings), recordIdsOf(m_ventures),
                                              m_language)
                            : MapScene();
        m_focus = std::min(
            m_focus, int(m_scene.items(m_layers.regions, m_layers.arcs, m_layers.pins).size()) - 1);
    }
    return m_scene;
}

const MapLayout &MapView::currentLayout()
{
    if (!m_layout)
        m_layout = m_renderer.layout(this, QRectF(rect()), scaled(theme()), scene(), m_layers,
                                     highlightedPlaces());
    return *m_layout;
}

QStringList MapView::highlightedPlaces() const
{
    if (!m_dataset)
        return {};
    if (const Event *event = m_dataset->event(m_currentId))
        return event->places;
    return {};
}

MapEmphasis MapView::emphasis() const
{
    MapEmphasis e;
    e.places = highlightedPlaces();
    if (m_dataset && (m_dataset->pairing(m_currentId) || m_dataset->venture(m_currentId)))
        e.record = m_currentId;
    e.filterPlace = m_filterPlace;
    return e;
}

void MapView::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    m_renderer.paint(painter, rect, scaled(theme), scene(), m_layers, emphasis());
}

QList<MapScene::Item> MapView::items()
{
    return scene().items(m_layers.regions, m_layers.arcs, m_layers.pins);
}

void MapView::setFocusItem(int item)
{
    const int count = int(items().size());
    item = count == 0 ? -1 : std::clamp(item, 0, count - 1);
    if (item == m_focus)
        return;
    m_focus = item;
    update();
    emit focusItemChanged(item);
    if (hasFocus() && item >= 0) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(item);
        QAccessible::updateAccessibility(&event);
    }
}

QRect MapView::itemRect(int item)
{
    const QList<MapScene::Item> all = items();
    if (item < 0 || item >= all.size())
        return {};
    return currentLayout().itemRect(scene(), all.at(item)).toAlignedRect().intersected(rect());
}

QString MapView::itemText(int item)
{
    const QList<MapScene::Item> all = items();
    if (item < 0 || item >= all.size())
        return {};
    return scene().describe(all.at(item));
}

void MapView::activateItem(int item)
{
    const QList<MapScene::Item> all = items();
    if (item < 0 || item >= all.size())
        return;
    const MapScene::Item chosen = all.at(item);
    if (chosen.kind == MapScene::ItemKind::Region) {
        // Each place the region holds in turn, then every region again.
        const QStringList places = scene().regions.at(chosen.index).places;
        const int at = int(places.indexOf(m_filterPlace));
        emit placeActivated(at < 0 ? places.value(0) : places.value(at + 1));
        return;
    }
    const QStringList records = scene().recordsOf(chosen);
    if (records.isEmpty())
        return;
    const int at = int(records.indexOf(m_currentId));
    emit recordActivated(records.at((at + 1) % records.size()));
}

int MapView::itemAt(const QPointF &pos)
{
    const MapLayout &layout = currentLayout();
    const MapScene &s = scene();
    const QList<MapScene::Item> all = items();
    const auto indexOf = [&](MapScene::ItemKind kind, int index) {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).kind == kind && all.at(i).index == index)
                return i;
        }
        return -1;
    };
    // What is drawn on top is hit first: pins, then arcs, then regions.
    if (m_layers.pins) {
        if (const int pin = layout.pinAt(pos); pin >= 0)
            return indexOf(MapScene::ItemKind::Pin, pin);
    }
    if (m_layers.arcs) {
        if (const int arc = layout.arcAt(s, MapStyle::of(scaled(theme()), this), pos); arc >= 0)
            return indexOf(MapScene::ItemKind::Arc, arc);
    }
    if (m_layers.regions) {
        if (const int region = layout.regionAt(s, pos); region >= 0)
            return indexOf(MapScene::ItemKind::Region, region);
    }
    return -1;
}

QPointF MapView::placePoint(const QString &placeId)
{
    return currentLayout().points.value(placeId);
}

QString MapView::placeAt(const QPointF &pos)
{
    const MapLayout &layout = currentLayout();
    const qreal reach = 6 * MapStyle::of(scaled(theme()), this).u;
    for (auto it = layout.points.cbegin(); it != layout.points.cend(); ++it) {
        if (QLineF(it.value(), pos).length() <= reach)
            return it.key();
    }
    for (const MapLayout::Label &label : layout.labels) {
        if (!label.rect.contains(pos))
            continue;
        for (auto it = scene().locations.cbegin(); it != scene().locations.cend(); ++it) {
            if (it->name == label.text && layout.points.contains(it.key()))
                return it.key();
        }
    }
    return {};
}

QString MapView::toolTipAt(const QPointF &pos)
{
    if (!m_dataset)
        return {};
    // Every text from the dataset is escaped: a tooltip is read as rich text.
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    if (const QString place = placeAt(pos); !place.isEmpty()) {
        const Place *p = m_dataset->place(place);
        if (p) {
            QString text = QStringLiteral("<b>%1</b>").arg(escaped(p->name.text(m_language)));
            // Former and other names, undated in the dataset: listed, never put on the map.
            if (!p->altNames.isEmpty())
                text += QStringLiteral("<br/>") +
                        escaped(tr("Other names: %1").arg(p->altNames.join(tr(", "))));
            return text;
        }
    }
    const int item = itemAt(pos);
    if (item < 0)
        return {};
    const MapScene::Item chosen = items().at(item);
    QString text = QStringLiteral("<b>%1</b>").arg(escaped(itemText(item)));
    if (chosen.kind == MapScene::ItemKind::Region) {
        const QStringList places = scene().regions.at(chosen.index).places;
        const int at = int(places.indexOf(m_filterPlace));
        const QString next = at < 0 ? places.value(0) : places.value(at + 1);
        const Place *p = m_dataset->place(next);
        const QString hint =
            p ? tr("Click to filter every view to %1").arg(p->name.text(m_language))
              : tr("Click to show every region again");
        return text + QStringLiteral("<br/><i>%1</i>").arg(escaped(hint));
    }
    const QStringList records = scene().recordsOf(chosen);
    const int shown = std::min(int(records.size()), maxToolTipRecords);
    for (int i = 0; i < shown; ++i) {
        QString title;
        if (const Pairing *pairing = m_dataset->pairing(records.at(i))) {
            title = tr("%1 – %2").arg(pairing->belarusianSide.name.text(m_language),
                                      pairing->kazakhSide.name.text(m_language));
            if (pairing->year)
                title += QStringLiteral(" (%1)").arg(pairing->year);
        } else if (const Venture *venture = m_dataset->venture(records.at(i))) {
            title = venture->name.text(m_language);
        }
        text += QStringLiteral("<br/>%1").arg(escaped(title));
    }
    if (records.size() > shown)
        text += QStringLiteral("<br/><i>%1</i>")
                    .arg(escaped(tr("and %n more", nullptr, int(records.size()) - shown)));
    const QString hint = records.size() > 1
                             ? tr("Click to show one in the details, again for the next")
                             : tr("Click to show it in the details");
    return text + QStringLiteral("<br/><i>%1</i>").arg(escaped(hint));
}

int MapView::neighbourGroupItem(bool next)
{
    const QList<MapScene::Item> all = items();
    if (all.isEmpty())
        return -1;
    const int at = std::max(m_focus, 0);
    const MapScene::ItemKind kind = all.at(at).kind;
    if (next) {
        for (int i = at + 1; i < all.size(); ++i) {
            if (all.at(i).kind != kind)
                return i;
        }
        return -1;
    }
    int start = at;
    while (start > 0 && all.at(start - 1).kind == kind)
        --start;
    if (start == 0)
        return -1;
    int previous = start - 1;
    while (previous > 0 && all.at(previous - 1).kind == all.at(start - 1).kind)
        --previous;
    return previous;
}

QSize MapView::sizeHint() const
{
    return QSize(960, 560);
}

QSize MapView::minimumSizeHint() const
{
    return QSize(360, 240);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    MapEmphasis e = emphasis();
    if (hasFocus())
        e.focus = m_focus;
    m_renderer.paint(&painter, currentLayout(), scaled(theme()), scene(), m_layers, e);
    if (hasFocus()) {
        // Keyboard users need to see where the keys go; exports never show this.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    invalidateLayout();
    QWidget::resizeEvent(event);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        invalidateLayout(); // the screen theme follows the palette unless one was set
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const int count = int(items().size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!plain)
            break;
        setFocusItem(m_focus < 0 ? 0 : std::min(m_focus + 1, count - 1));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!plain)
            break;
        setFocusItem(m_focus < 0 ? 0 : std::max(m_focus - 1, 0));
        return;
    case Qt::Key_Home:
        setFocusItem(0);
        return;
    case Qt::Key_End:
        setFocusItem(count - 1);
        return;
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Space:
        if (m_focus >= 0) {
            activateItem(m_focus);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (itemAt(event->position()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const int item = itemAt(event->position());
    if (item >= 0) {
        setFocusItem(item);
        activateItem(item);
    }
    event->accept();
}

void MapView::focusInEvent(QFocusEvent *event)
{
    if (m_focus < 0 && !items().isEmpty()) {
        // Coming back with Shift+Tab lands on the last group, as focus moving backwards does.
        int item = 0;
        if (event->reason() == Qt::BacktabFocusReason) {
            const QList<MapScene::Item> all = items();
            item = int(all.size()) - 1;
            while (item > 0 && all.at(item - 1).kind == all.last().kind)
                --item;
        }
        setFocusItem(item);
    }
    if (m_focus >= 0) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(m_focus);
        QAccessible::updateAccessibility(&focus);
    }
    update();
    QWidget::focusInEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool MapView::focusNextPrevChild(bool next)
{
    // Tab walks the groups (regions, arcs, pins) before it leaves the map.
    if (hasFocus()) {
        if (const int item = neighbourGroupItem(next); item >= 0) {
            setFocusItem(item);
            return true;
        }
        // Leaving: the next visit starts from the group the keys come from.
        m_focus = -1;
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace pe
