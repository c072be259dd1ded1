#include "render/export/textprobe.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

#include <algorithm>
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
    void drawTextItem(const QPointF &position, const QTextItem &item) override
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
        const QRectF local(position.x(), position.y() - item.ascent(), item.width(),
                           item.ascent() + item.descent());
        m_runs.append(
            {item.text(), m_transform.mapRect(local), points * (scale > 0 ? scale : 1.0)});
    }
    Type type() const override { return QPaintEngine::User; }

    const QList<TextProbe::Run> &runs() const { return m_runs; }

private:
    QTransform m_transform;
    QList<TextProbe::Run> m_runs;
};

class ProbeDevice : public QPaintDevice
{
public:
    explicit ProbeDevice(const QSize &size)
        : m_size(size)
    {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<TextProbe::Run> &runs() const { return m_engine.runs(); }

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

QList<TextProbe::Run> TextProbe::runs(const QSize &logicalSize,
                                      const std::function<void(QPainter *)> &draw)
{
    ProbeDevice device(logicalSize);
    QPainter painter(&device);
    if (!painter.isActive())
        return {};
    draw(&painter);
    painter.end();
    return device.runs();
}

qreal TextProbe::smallestPointSize(const QSize &logicalSize,
                                   const std::function<void(QPainter *)> &draw)
{
    const QList<Run> drawn = runs(logicalSize, draw);
    if (drawn.isEmpty())
        return 0;
    return std::min_element(drawn.cbegin(), drawn.cend(),
                            [](const Run &a, const Run &b) { return a.points < b.points; })
        ->points;
}

} // namespace pe
