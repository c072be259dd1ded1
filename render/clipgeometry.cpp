#include "render/clipgeometry.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>

namespace pe {

namespace {

// What one drawing call left: its path in device coordinates of the recorder (the caller's
// painter coordinates) and how it was to be filled and stroked.
struct RecordedShape
{
    QPainterPath path; // before transform
    QTransform transform;
    QBrush brush;
    QPen pen;
    qreal opacity = 1;
};

// Keeps every path QPainter hands it; QPainter turns rectangles, ellipses, rounded
// rectangles, lines and text (as glyph outlines, QPaintEngine's default) into paths first.
class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
    }
    void drawPath(const QPainterPath &path) override { record(path, m_brush); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode != PolylineMode)
            path.closeSubpath();
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        record(path, mode == PolylineMode ? QBrush() : m_brush);
    }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i) {
            QPainterPath path(lines[i].p1());
            path.lineTo(lines[i].p2());
            record(path, QBrush());
        }
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {}

    QList<RecordedShape> shapes;

private:
    void record(const QPainterPath &path, const QBrush &brush)
    {
        shapes.append({path, m_transform, brush, m_pen, m_opacity});
    }

    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
};

// A device of the target's resolution, so that text is measured and set as it would be there.
class RecordingDevice : public QPaintDevice
{
public:
    explicit RecordingDevice(const QPaintDevice *target)
        : m_target(target)
    {}

    QPaintEngine *paintEngine() const override { return &m_engine; }
    RecordingEngine &engine() { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        if (!m_target)
            return QPaintDevice::metric(metric);
        switch (metric) {
        case PdmWidth:
            return m_target->width();
        case PdmHeight:
            return m_target->height();
        case PdmWidthMM:
            return m_target->widthMM();
        case PdmHeightMM:
            return m_target->heightMM();
        case PdmNumColors:
            return m_target->colorCount();
        case PdmDepth:
            return m_target->depth();
        case PdmDpiX:
            return m_target->logicalDpiX();
        case PdmDpiY:
            return m_target->logicalDpiY();
        case PdmPhysicalDpiX:
            return m_target->physicalDpiX();
        case PdmPhysicalDpiY:
            return m_target->physicalDpiY();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return QPaintDevice::metric(metric);
    }

private:
    const QPaintDevice *m_target;
    mutable RecordingEngine m_engine;
};

} // namespace

std::optional<QLineF> clippedLine(const QLineF &line, const QRectF &rect)
{
    const qreal dx = line.dx();
    const qreal dy = line.dy();
    qreal enter = 0;
    qreal leave = 1;
    // Each edge: p * t <= q keeps the point at t on the inner side.
    const auto edge = [&](qreal p, qreal q) {
        if (qFuzzyIsNull(p))
            return q >= 0;
        const qreal t = q / p;
        if (p < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        return enter <= leave;
    };
    if (!edge(-dx, line.x1() - rect.left()) || !edge(dx, rect.right() - line.x1()) ||
        !edge(-dy, line.y1() - rect.top()) || !edge(dy, rect.bottom() - line.y1()))
        return std::nullopt;
    return QLineF(line.pointAt(enter), line.pointAt(leave));
}

void drawCut(QPainter *painter, const QRectF &rect, const std::function<void(QPainter *)> &draw)
{
    RecordingDevice device(painter->device());
    {
        QPainter recorder(&device);
        recorder.setRenderHints(painter->renderHints());
        recorder.setFont(painter->font());
        recorder.setPen(painter->pen());
        recorder.setBrush(painter->brush());
        draw(&recorder);
    }
    QPainterPath cut;
    cut.addRect(rect);
    painter->save();
    painter->setPen(Qt::NoPen);
    const qreal opacity = painter->opacity();
    for (const RecordedShape &shape : std::as_const(device.engine().shapes)) {
        painter->setOpacity(opacity * shape.opacity);
        if (shape.brush.style() != Qt::NoBrush)
            painter->fillPath(shape.transform.map(shape.path).intersected(cut), shape.brush);
        if (shape.pen.style() != Qt::NoPen && shape.pen.widthF() > 0) {
            // The stroke's outline in the drawing's own coordinates, where the pen's width is.
            const QPainterPath outline = QPainterPathStroker(shape.pen).createStroke(shape.path);
            painter->fillPath(shape.transform.map(outline).intersected(cut), shape.pen.brush());
        }
    }
    painter->restore();
}

bool needsGeometricCut(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() != QPaintEngine::Raster;
}

} // namespace pe
