#include "tests/support/timelinesuite.h"

#include <QPainter>

namespace pe::test {

const TimelinePeriods bookPeriods = {
    {2009.0, 2017.0, QStringLiteral("Economic cooperation programme 2009–2016")},
    {2017.0 + 10.0 / 12.0, 2027.0, QStringLiteral("Treaty on economic cooperation 2017–2026")},
};

QImage render(TimelineView &view, const QSize &size, qreal scale, const ViewTheme &theme)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme.background);
    QPainter painter(&image);
    view.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    painter.end();
    return image;
}

void TimelineSuite::createView()
{
    m_events = std::make_unique<EventModel>();
    m_proxy = std::make_unique<RecordFilterModel>();
    m_proxy->setSourceModel(m_events.get());
    m_events->setDataset(m_small);
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1400, 700);
    m_view->setPeriods(bookPeriods);
    m_view->setMinimumRange(1992.0, 2023.0);
    m_view->setModel(m_proxy.get());
}

void TimelineSuite::destroyView()
{
    m_view.reset();
    m_proxy.reset();
    m_events.reset();
}

} // namespace pe::test
