#pragma once

#include "render/timeline/timelineframe.h"
#include "render/timeline/timelineitems.h"
#include "render/timeline/timelinelayout.h"
#include "render/timeline/timelineperiod.h"
#include "render/timeline/timelineviewport.h"
#include "render/viewtheme.h"

#include <QHash>
#include <QImage>

#include <functional>
#include <vector>

class QPainter;

namespace pe {

// Draws the timeline: lanes, periods, grid, markers and labels, the selection, the axis and
// the legend, for any painter (screen, image, SVG, PDF) and without a widget, so export,
// benchmarks and tests draw exactly what the screen shows. Keeps what is costly to redo
// from one frame to the next: the layout, measured and elided labels, and marker sprites.
class TimelineRenderer
{
public:
    // Shaded behind the events in the order given; none by default.
    void setPeriods(const TimelinePeriods &periods) { m_periods = periods; }
    const TimelinePeriods &periods() const { return m_periods; }

    // Draws items over the viewport into rect. Sizes follow theme.font() on the painter's
    // device, never a widget's size or the screen's DPI. selectedId: the event ringed and
    // titled; markedYear: a year chosen elsewhere, 0 for none.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme,
               const TimelineItems &items, const TimelineViewport &viewport,
               const QString &selectedId = {}, int markedYear = 0);

    // The layout for a frame of these items, built when either changed since last time.
    const TimelineLayout &layout(const TimelineFrame &frame, const TimelineItems &items);

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

    void prepareLabels(const TimelineItems &items, const QString &textKey);
    QString labelFor(const TimelineItems &items, int item, double width, const QFont &font,
                     const QPaintDevice *device);
    // Copies the marker drawn by draw at bounds (raster) or draws it (vector), cut to cut.
    void drawSprite(QPainter *p, const Sprite &key, const QRectF &bounds, const QRectF &cut,
                    const std::function<void(QPainter *, const QPointF &)> &draw);

    void drawBackground(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const;
    void drawPeriods(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const;
    void drawGrid(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const;
    void drawMarkedYear(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                        int year) const;
    void drawMarkedYearTag(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                           int year) const;
    void drawNodes(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                   const TimelineItems &items, const TimelineLayout &layout);
    void drawSelection(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                       const TimelineItems &items, const TimelineLayout &layout, int item) const;
    void drawAxis(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const;
    void drawLaneLabels(QPainter *p, const TimelineFrame &f, const ViewTheme &theme,
                        const QList<Category> &lanes) const;
    void drawLegend(QPainter *p, const TimelineFrame &f, const ViewTheme &theme) const;

    TimelinePeriods m_periods;

    TimelineLayout m_layout;
    quint64 m_layoutRevision = 0; // of the items it was built for; 0: none

    // Text measured once per font, and labels elided once per width.
    quint64 m_labelsRevision = 0;
    QString m_textKey;
    std::vector<float> m_titleWidth; // < 0: not measured yet
    std::vector<QString> m_elided;
    std::vector<float> m_elidedFor;

    QHash<Sprite, QImage> m_sprites;
};

} // namespace pe
