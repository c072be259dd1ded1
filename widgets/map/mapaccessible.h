#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace pe {

class MapView;

// What a screen reader finds in the map: a list whose items are its regions, arcs and pins,
// each read out with its counts ("Gomel Region: 14 partnerships"), the keyboard's item
// reported as focused. The items are looked up in the view each time, so they follow the
// filters without being rebuilt.
class MapAccessible : public QAccessibleWidget
{
public:
    explicit MapAccessible(MapView *view);
    ~MapAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    MapView *view() const;

private:
    // One interface per index, registered with QAccessible, which owns it until we go.
    mutable QHash<int, QAccessible::Id> m_children;
};

// One region, arc or pin of the map; pressing it does what Enter does.
class MapItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MapItemAccessible(MapView *view, int index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    int index() const { return m_index; }

private:
    QPointer<MapView> m_view;
    int m_index;
};

// Makes QAccessible build a MapAccessible for every MapView; once is enough.
void installMapAccessibility();

} // namespace pe
