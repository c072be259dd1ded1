#include "tests/support/chartrendering.h"

#include "widgets/charts/datachartview.h"

#include <QPainter>

namespace pe::test {

QImage render(DataChartView &chart, const QSize &size, const ViewTheme &theme)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.paint(&painter, QRectF(QPointF(0, 0), size), theme);
    painter.end();
    return image;
}

} // namespace pe::test
