#include "widgets/map/mapaccessible.h"

#include "widgets/map/mapview.h"

#include <QWidget>
#include <QWindow>

namespace pe {

namespace {

QAccessibleInterface *mapFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("pe::MapView") && object && object->isWidgetType())
        return new MapAccessible(static_cast<MapView *>(object));
    return nullptr;
}

} // namespace

void installMapAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

MapAccessible::MapAccessible(MapView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

MapAccessible::~MapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

MapView *MapAccessible::view() const
{
    return static_cast<MapView *>(widget());
}

int MapAccessible::childCount() const
{
    return view() ? int(view()->items().size()) : 0;
}

QAccessibleInterface *MapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_children.constFind(index); it != m_children.cend()) {
        if (QAccessibleInterface *known = QAccessible::accessibleInterface(*it))
            return known;
    }
    auto *item = new MapItemAccessible(view(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int MapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem)
        return -1;
    const auto *item = dynamic_cast<const MapItemAccessible *>(child);
    return item && item->isValid() ? item->index() : -1;
}

QAccessibleInterface *MapAccessible::childAt(int x, int y) const
{
    MapView *map = view();
    if (!map)
        return nullptr;
    const int item = map->itemAt(map->mapFromGlobal(QPoint(x, y)));
    return item >= 0 ? child(item) : nullptr;
}

QAccessibleInterface *MapAccessible::focusChild() const
{
    MapView *map = view();
    if (!map || !map->hasFocus() || map->focusItem() < 0)
        return nullptr;
    return child(map->focusItem());
}

MapItemAccessible::MapItemAccessible(MapView *view, int index)
    : m_view(view)
    , m_index(index)
{}

bool MapItemAccessible::isValid() const
{
    return m_view && m_index >= 0 && m_index < m_view->items().size();
}

QWindow *MapItemAccessible::window() const
{
    return m_view && m_view->window() ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *MapItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QString MapItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_view->itemText(m_index);
    case QAccessible::Description:
        return m_view->items().at(m_index).kind == MapScene::ItemKind::Region
                   ? MapView::tr("Press Enter to filter every view to this region")
                   : MapView::tr("Press Enter to show it in the details");
    default:
        return {};
    }
}

QRect MapItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_view->itemRect(m_index);
    return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State MapItemAccessible::state() const
{
    QAccessible::State s;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    s.focusable = true;
    s.selectable = true;
    s.focused = m_view->hasFocus() && m_view->focusItem() == m_index;
    s.active = m_view->focusItem() == m_index;
    return s;
}

void *MapItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList MapItemAccessible::actionNames() const
{
    return {pressAction()};
}

void MapItemAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && isValid()) {
        m_view->setFocusItem(m_index);
        m_view->activateItem(m_index);
    }
}

QStringList MapItemAccessible::keyBindingsForAction(const QString &actionName) const
{
    return actionName == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
}

} // namespace pe
