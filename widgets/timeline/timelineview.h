#pragma once

#include "render/timeline/timelinelayout.h"
#include "render/viewtheme.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>
#include <vector>

class QAbstractItemModel;
class QPaintDevice;

namespace pe {

// The events on a zoomable, pannable time axis with one lane per category. Reads an event
// model (usually a RecordFilterModel over an EventModel) through the roles of roles.h and
// draws everything with one paint routine shared by the screen and every export.
//
// Mouse: wheel zooms around the pointer, Shift+wheel or a horizontal wheel pans, dragging
// pans, a click selects an event or opens a cluster, a double click on empty space
// activates that year. Keys: Left/Right previous/next event, Home/End, +/- zoom, 0 or F
// fit everything, Enter opens the cluster holding the selected event.
class TimelineView : public QWidget
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
    std::pair<double, double> visibleRange() const;
    // The span fitAll() shows: the data's, padded, and never less than 1992–2022.
    std::pair<double, double> fullRange() const;

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
    // so PNG, SVG and PDF exports match the screen.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) const;

    // What the view shows at its own size, for tests and status lines.
    int visibleEventCount() const;
    int clusterCount() const;
    QStringList eventIdsInOrder() const;
    QStringList laneCategories() const;
    // Widget coordinates of the lanes, and of an event's marker (its cluster's when it is
    // in one; empty when it is not shown), for tests and for anchoring popups.
    QRectF plotArea() const;
    QRectF markerRect(const QString &id) const;

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
    // A marker drawn once per look and size, then copied (see drawSprite).
    struct Sprite
    {
        enum Kind { Dot, Cluster };
        Kind kind = Dot;
        QRgb colour = 0;
        QRgb background = 0;
        int count = 0;
        QSizeF size;
        qreal unit = 1;
        qreal dpr = 1;
        bool operator==(const Sprite &o) const;
    };
    friend size_t qHash(const Sprite &key, size_t seed);

    struct Frame;
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
    void ensureItems() const;
    Frame frameFor(const QPaintDevice *device, const QRectF &rect, const ViewTheme &theme) const;
    Frame screenFrame() const;
    const TimelineLayout &ensureLayout(const Frame &frame) const;

    void setRange(double from, double span, bool fitted = false);
    void zoomBy(double factor, double aroundYear);
    void panBy(double years);
    void ensureVisible(int item);
    void selectItem(int item, bool notify);
    void expandNode(int node);
    int currentItem() const;
    int neighbourItem(int step) const;
    Hit hitTest(const QPointF &pos) const;
    QString toolTipFor(const Hit &hit) const;
    QString dateText(int item) const;
    QString labelFor(int item, double width, const QFont &font, const QPaintDevice *device) const;

    void drawBackground(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawEras(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawGrid(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawMarkedYear(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawMarkedYearTag(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawSprite(QPainter *p, const Sprite &key, const QRectF &bounds,
                    const std::function<void(QPainter *, const QPointF &)> &draw) const;
    void drawNodes(QPainter *p, const Frame &f, const ViewTheme &theme,
                   const TimelineLayout &layout) const;
    void drawSelection(QPainter *p, const Frame &f, const ViewTheme &theme,
                       const TimelineLayout &layout) const;
    void drawAxis(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawLaneLabels(QPainter *p, const Frame &f, const ViewTheme &theme) const;
    void drawLegend(QPainter *p, const Frame &f, const ViewTheme &theme) const;

    QPointer<QAbstractItemModel> m_model;
    QString m_currentId;
    mutable int m_currentKey = 0; // date of the selection, to step on from it once filtered out
    int m_markedYear = 0;
    ViewTheme m_theme;
    bool m_hasTheme = false;
    qreal m_fontScale = 1.0;

    // The visible range; mutable because it follows the data's span while "fitted".
    mutable double m_from = 1991.5;
    mutable double m_span = 32;
    mutable bool m_fitted = true;

    // Rows of the model, copied on change (see ensureItems).
    mutable bool m_itemsDirty = true;
    mutable std::vector<TimelineEvent> m_items; // in date order
    mutable QStringList m_lanes;                // category keys, one per lane
    mutable QHash<QString, int> m_itemOfId;
    mutable double m_domainFrom = 1991.5;
    mutable double m_domainTo = 2023.5;
    mutable quint64 m_itemsRevision = 0;

    // Text measured once per font, and labels elided once per layout.
    mutable QString m_textKey;
    mutable std::vector<float> m_titleWidth; // < 0: not measured yet
    mutable std::vector<QString> m_elided;
    mutable std::vector<float> m_elidedFor;
    mutable std::vector<QString> m_dateText;

    mutable QHash<Sprite, QImage> m_sprites;
    mutable TimelineLayout m_layout;
    mutable quint64 m_layoutRevision = 0;
    mutable bool m_layoutValid = false;

    // Dragging.
    QPointF m_pressPos;
    double m_pressFrom = 0;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace pe
