#include "widgets/accessibility/accessibleentries.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace pe {

namespace {

// One entry (a path of indexes: an event inside a cluster is two deep) of a view, read from
// the view each time it is asked, so that it is never stale after a filter or a zoom.
class EntryAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    EntryAccessible(QWidget *view, QList<int> path)
        : m_view(view)
        , m_path(std::move(path))
    {}

    bool isValid() const override { return m_view && entry().has_value(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        if (!m_view)
            return nullptr;
        if (m_path.size() == 1)
            return QAccessible::queryAccessibleInterface(m_view);
        return childOf(m_view, m_path.mid(0, m_path.size() - 1));
    }
    int childCount() const override
    {
        const auto e = entry();
        return e ? int(e->members.size()) : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        return childOf(m_view, m_path + QList<int>{index});
    }
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *c = child(i);
            if (c && c->rect().contains(x, y))
                return c;
        }
        return nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        const auto e = entry();
        if (!e)
            return {};
        if (t == QAccessible::Name)
            return e->name;
        if (t == QAccessible::Description)
            return e->description;
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        const auto e = entry();
        if (!e || !m_view)
            return {};
        const QRect local = e->rect.toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override
    {
        return childCount() > 0 ? QAccessible::List : QAccessible::ListItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        const auto e = entry();
        s.focused = e && e->focused && m_view && m_view->hasFocus();
        s.invisible = !e || e->rect.isEmpty();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override
    {
        const auto e = entry();
        return e && e->activate ? QStringList{pressAction()} : QStringList();
    }
    void doAction(const QString &name) override
    {
        if (name != pressAction())
            return;
        if (const auto e = entry(); e && e->activate)
            e->activate();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    const QList<int> &path() const { return m_path; }
    static QAccessibleInterface *childOf(QWidget *view, const QList<int> &path);

private:
    std::optional<AccessibleEntry> entry() const
    {
        auto *source = dynamic_cast<AccessibleEntrySource *>(m_view.data());
        if (!source)
            return std::nullopt;
        QList<AccessibleEntry> level = source->accessibleEntries();
        std::optional<AccessibleEntry> found;
        for (const int index : m_path) {
            if (index < 0 || index >= level.size())
                return std::nullopt;
            found = level.at(index);
            level = found->members;
        }
        return found;
    }

    QPointer<QWidget> m_view;
    QList<int> m_path;
};

// Child interfaces are registered once per view and path, as Qt's own item views do, and
// live as long as the view's interface.
using Registry = QHash<QWidget *, QHash<QList<int>, QAccessible::Id>>;
Registry &registry()
{
    static Registry entries;
    return entries;
}

QAccessibleInterface *EntryAccessible::childOf(QWidget *view, const QList<int> &path)
{
    QHash<QList<int>, QAccessible::Id> &ids = registry()[view];
    if (const auto it = ids.constFind(path); it != ids.constEnd())
        return QAccessible::accessibleInterface(it.value());
    auto *child = new EntryAccessible(view, path);
    ids.insert(path, QAccessible::registerAccessibleInterface(child));
    return child;
}

int EntryAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *entry = dynamic_cast<const EntryAccessible *>(child);
    if (!entry || entry->m_path.size() != m_path.size() + 1 ||
        entry->m_path.mid(0, m_path.size()) != m_path)
        return -1;
    return entry->m_path.constLast();
}

// The view: its drawn entries are its children.
class ViewAccessible : public QAccessibleWidget
{
public:
    ViewAccessible(QWidget *view, QAccessible::Role role)
        : QAccessibleWidget(view, role)
    {}
    ~ViewAccessible() override
    {
        const QHash<QList<int>, QAccessible::Id> ids = registry().take(widget());
        for (const QAccessible::Id id : ids)
            QAccessible::deleteAccessibleInterface(id);
    }
    QString text(QAccessible::Text t) const override
    {
        QString text = QAccessibleWidget::text(t);
        auto *source = dynamic_cast<AccessibleEntrySource *>(widget());
        if (t == QAccessible::Description && source) {
            const QString summary = source->accessibleSummary();
            if (!summary.isEmpty())
                text = text.isEmpty() ? summary : text + QLatin1Char(' ') + summary;
        }
        return text;
    }
    int childCount() const override { return int(entries().size()); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        return EntryAccessible::childOf(widget(), {index});
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *entry = dynamic_cast<const EntryAccessible *>(child);
        return entry && entry->path().size() == 1 ? entry->path().constFirst() : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *c = child(i);
            if (c && c->rect().contains(x, y))
                return c;
        }
        return nullptr;
    }

private:
    QList<AccessibleEntry> entries() const
    {
        auto *source = dynamic_cast<AccessibleEntrySource *>(widget());
        return source ? source->accessibleEntries() : QList<AccessibleEntry>();
    }
};

QAccessibleInterface *viewFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (auto *source = dynamic_cast<AccessibleEntrySource *>(widget))
        return new ViewAccessible(widget, source->accessibleRole());
    return nullptr;
}

} // namespace

void installViewAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(viewFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void notifyAccessibleFocus(QWidget *view, int index)
{
    if (!QAccessible::isActive() || index < 0)
        return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

} // namespace pe
