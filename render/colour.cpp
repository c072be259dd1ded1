#include "render/colour.h"

namespace pe::colour {

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(colour.alphaF() * alpha);
    return colour;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QColor textOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 150 ? QColor(0x1F, 0x23, 0x28) : QColor(Qt::white);
}

} // namespace pe::colour
