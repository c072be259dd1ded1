#pragma once

#include "render/timeline/timelineframe.h"
#include "render/timeline/timelineitems.h"
#include "render/timeline/timelineperiod.h"
#include "render/timeline/timelinerenderer.h"
#include "render/timeline/timelineviewport.h"
#include "render/viewtheme.h"
#include "widgets/accessibility/accessibleentries.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

namespace pe {

// The events on a zoomable, pannable time axis with one lane per category: the widget
// around a TimelineItems copy of an event model (usually a RecordFilterModel over an
// EventModel), a TimelineViewport and a TimelineRenderer, which draws the screen and every
// export alike. The view itself handles input, tooltips and accessibility, and hit tests
// through the frame and layout the renderer drew.
//
// Mouse: wheel zooms around the pointer, Shift+wheel or a horizontal wheel pans, dragging
// pans, a click selects an event or opens a cluster, a double click on empty space
// activates that year. Keys: Left/Right previous/next event, Home/End, +/- zoom, 0 or F
// fit everything, Enter opens the cluster holding the selected event.
class TimelineView : public QWidget, public AccessibleEntrySource
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    QString currentId() const { return m_currentId; }
    // Selects and shows the event without emitting currentChanged, so that a view
    // following another one does not echo the change back.
    void setCurrentId(const QString &id);

    void fitAll();
    // Centres the year at a zoom where labels are readable.
    void jumpToYear(int year);
    // Years as fractions: 2011.0 is 1 January 2011. Clamped to the data's span.
    void setVisibleRange(double fromYear, double toYear);
    std::pair<double, double> visibleRange();
    // The span fitAll() shows: the data's, padded, and never less than the minimum range.
    std::pair<double, double> fullRange();
    // The axis always covers at least [fromYear, toYear), even when the events span less
    // (a filter showing one decade still shows it within the whole story). fromYear >=
    // toYear removes the minimum: the data's own span is used.
    void setMinimumRange(double fromYear, double toYear);
    // Stretches of time shaded behind the events, with their labels (already translated).
    void setPeriods(const TimelinePeriods &periods);
    TimelinePeriods periods() const { return m_renderer.periods(); }

    // A line marking a year chosen elsewhere (a chart, the filter); 0 removes it.
    void setMarkedYear(int year);
    int markedYear() const { return m_markedYear; }

    void setTheme(const ViewTheme &theme);
    ViewTheme theme() const;
    // Presentation mode enlarges type and markers together.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    // Draws the whole timeline for the current visible range into rect. Sizes follow
    // theme.font() on the painter's device, never the widget's size or the screen's DPI,
    // so PNG, SVG and PDF exports match the screen. Not const: it brings the copy of the
    // model up to date and fills the renderer's caches.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme);

    // What the view shows at its own size, for tests and status lines. Like paint(), they
    // read the model first when it changed, so they are not const.
    int visibleEventCount();
    int clusterCount();
    QStringList eventIdsInOrder();
    QList<Category> laneCategories();
    // Widget coordinates of the lanes, and of an event's marker (its cluster's when it is
    // in one; empty when it is not shown), for tests and for anchoring popups.
    QRectF plotArea();
    QRectF markerRect(const QString &id);

    // The markers on screen as a screen reader reads them, by date: an event, or a cluster
    // listing its events.
    QList<AccessibleEntry> accessibleEntries() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(const QString &id);
    void yearActivated(int year);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Hit
    {
        enum Kind { Nothing, Event, Cluster, Empty };
        Kind kind = Nothing;
        int node = -1;
        int item = -1;
        double year = 0;
    };

    void retranslateUi();
    void invalidateItems();
    // The copy of the model, read again when the model changed since.
    const TimelineItems &items();
    void updateDomain();
    ViewTheme scaled(const ViewTheme &theme) const;
    TimelineFrame screenFrame();

    void setViewport(const TimelineViewport &viewport);
    void zoomBy(double factor, double aroundYear);
    void panBy(double years);
    void ensureVisible(int item);
    void selectItem(int item, bool notify);
    void expandNode(int node);
    int currentItem();
    int neighbourItem(int step);
    Hit hitTest(const QPointF &pos);
    QString toolTipFor(const Hit &hit);
    QString dateText(int item) const;

    QPointer<QAbstractItemModel> m_model;
    TimelineItems m_items;
    bool m_itemsStale = true;
    std::optional<TimelineDomain> m_minimumRange;
    TimelineDomain m_domain;
    TimelineViewport m_viewport;
    TimelineRenderer m_renderer;

    QString m_currentId;
    int m_currentKey = 0; // date of the selection, to step on from it once filtered out
    int m_markedYear = 0;
    ViewTheme m_theme;
    bool m_hasTheme = false;
    qreal m_fontScale = 1.0;

    // Dragging.
    QPointF m_pressPos;
    TimelineViewport m_pressViewport;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace pe
