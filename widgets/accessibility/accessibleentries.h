#pragma once

#include <QAccessible>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QWidget;

namespace pe {

// One thing a view draws that a screen reader reads out: a chart's point or bar, a timeline
// event, or a cluster of events (a list of its members). Views that paint their content
// themselves describe it with these; accessibleentries.cpp turns them into accessible
// children of the view.
struct AccessibleEntry
{
    QString name;        // "Turnover, 2014: US$ 966.8 M"
    QString description; // "Full year · Belarusian statistics · Book, note 61"
    QRectF rect;         // where it is drawn, in the view's widget coordinates
    bool focused = false;
    QList<AccessibleEntry> members; // a cluster's events
    std::function<void()> activate; // what Enter or a click does (select the record)
};

// A view whose drawn content has entries (DataChartView, TimelineView).
class AccessibleEntrySource
{
public:
    virtual ~AccessibleEntrySource() = default;
    virtual QList<AccessibleEntry> accessibleEntries() = 0;
    virtual QAccessible::Role accessibleRole() const { return QAccessible::List; }
    // What the whole view shows, in a sentence or two (a chart's alt text), read after its
    // description.
    virtual QString accessibleSummary() { return {}; }
};

// Installs, once, the factory that gives views with entries their accessible children.
void installViewAccessibility();

// Tells assistive technology that the keyboard moved to entry index of view.
void notifyAccessibleFocus(QWidget *view, int index);

} // namespace pe
