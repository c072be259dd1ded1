#include "render/export/textsizeprobe.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

#include <cmath>
#include <limits>

namespace pe {

namespace {

constexpr int logicalDpi = 96;

class ProbeEngine : public QPaintEngine
{
public:
    ProbeEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        const QFont font = item.font();
        qreal points = font.pointSizeF();
        if (points <= 0)
            points = font.pixelSize() * 72.0 / logicalDpi;
        // A scaled painter (Qt Charts' scene, a rotated label) prints the text larger or
        // smaller than its font says.
        const qreal scale = std::sqrt(std::abs(m_transform.determinant()));
        m_smallest = std::min(m_smallest, points * (scale > 0 ? scale : 1.0));
    }
    Type type() const override { return QPaintEngine::User; }

    qreal smallest() const { return m_smallest; }

private:
    QTransform m_transform;
    qreal m_smallest = std::numeric_limits<qreal>::max();
};

class ProbeDevice : public QPaintDevice
{
public:
    explicit ProbeDevice(const QSize &size)
        : m_size(size)
    {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    qreal smallest() const { return m_engine.smallest(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / logicalDpi);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / logicalDpi);
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return logicalDpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        case PdmNumColors:
            return std::numeric_limits<int>::max();
        case PdmDepth:
            return 32;
        }
        return 0;
    }

private:
    QSize m_size;
    mutable ProbeEngine m_engine;
};

} // namespace

qreal TextSizeProbe::smallestPointSize(const QSize &logicalSize,
                                       const std::function<void(QPainter *)> &draw)
{
    ProbeDevice device(logicalSize);
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    draw(&painter);
    painter.end();
    const qreal smallest = device.smallest();
    return smallest == std::numeric_limits<qreal>::max() ? 0 : smallest;
}

} // namespace pe
