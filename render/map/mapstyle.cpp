#include "render/map/mapstyle.h"

#include "render/colour.h"
#include "render/palette.h"

#include <QPaintDevice>

#include <algorithm>

namespace pe {

MapStyle MapStyle::of(const ViewTheme &theme, const QPaintDevice *device)
{
    MapStyle s;
    s.theme = theme;
    // The screen's type is 10 pt: one unit is a logical pixel there, and grows with the type
    // (exports, presentation mode) so that lines and markers keep their weight beside it.
    s.u = theme.baseFontPointSize / 10.0;
    const bool dark = theme.isDark();
    if (dark) {
        s.water = QColor(0x22, 0x30, 0x3D);
        s.land = QColor(0x2C, 0x30, 0x36);
        s.border = QColor(0x4A, 0x50, 0x58);
        s.regionEdge = QColor(0x5E, 0x66, 0x70);
        s.countryEdge = QColor(0xC8, 0xCD, 0xD3);
    } else {
        s.water = QColor(0xE2, 0xEB, 0xF2);
        s.land = QColor(0xEE, 0xED, 0xE8);
        s.border = QColor(0xB4, 0xB0, 0xA6);
        s.regionEdge = QColor(0x8E, 0x99, 0xA5);
        s.countryEdge = QColor(0x3C, 0x46, 0x50);
    }
    // One hue, from nearly the paper to the turnover chart's dark blue: darker is more.
    const QColor none = dark ? QColor(0x36, 0x3B, 0x42) : QColor(0xFB, 0xFB, 0xF9);
    const QColor most = dark ? QColor(0x8C, 0xC4, 0xF0) : palette::turnover();
    const qreal steps[classCount] = {0.0, 0.2, 0.42, 0.66, 0.9};
    // Chosen for each theme as they are: ViewTheme::adjust() lightens dark colours, which
    // would turn the ramp's ends round on a dark background.
    for (int i = 0; i < classCount; ++i)
        s.m_ramp[i] = colour::mix(none, most, steps[i]);
    if (theme.greyscale) {
        // Paper white for none, then four greys a photocopier keeps apart.
        const int greys[classCount] = {255, 222, 186, 146, 104};
        for (int i = 0; i < classCount; ++i)
            s.m_ramp[i] = QColor(greys[i], greys[i], greys[i]);
        s.water = QColor(0xF2, 0xF2, 0xF2);
        s.land = QColor(0xE6, 0xE6, 0xE6);
    }
    // Opaque: blending forty long curves over the map costs three times as much to draw.
    s.arc = theme.adjust(palette::category(Category::Regions).darker(115));
    if (theme.greyscale)
        s.arc = QColor(0x50, 0x50, 0x50);
    s.arcCasing = colour::withAlpha(theme.background, 0.85);
    s.pin = theme.adjust(palette::exports());
    s.pinEdge = dark ? QColor(0x11, 0x11, 0x11) : QColor(0x4A, 0x35, 0x00);
    if (theme.greyscale)
        s.pinEdge = Qt::black;
    s.placeDot = dark ? QColor(0xE8, 0xEA, 0xED) : QColor(0x1F, 0x23, 0x28);
    s.highlight = theme.adjust(palette::highlight());
    if (theme.greyscale)
        s.highlight = Qt::black;
    s.labelText = theme.text;
    s.mutedText = theme.mutedText;
    s.labelPlate = colour::withAlpha(theme.background, dark ? 0.7 : 0.78);
    s.frame = theme.axis;

    s.townFont = theme.font(0.82, QFont::Normal, device);
    s.capitalFont = theme.font(0.86, QFont::Bold, device);
    s.regionFont = theme.font(0.76, QFont::Normal, device);
    s.regionFont.setItalic(true);
    // No letter spacing for the capitals of neighbours' names: SVG readers would not apply it
    // as Qt does, and the names would shift.
    s.neighbourFont = theme.font(0.76, QFont::Normal, device);
    s.legendFont = theme.font(0.78, QFont::Normal, device);
    s.legendHeadingFont = theme.font(0.8, QFont::Bold, device);
    s.pinFont = theme.font(0.76, QFont::Bold, device);
    return s;
}

int MapStyle::classOf(int count)
{
    if (count <= 0)
        return 0;
    if (count == 1)
        return 1;
    if (count <= 3)
        return 2;
    if (count <= 6)
        return 3;
    return 4;
}

QString MapStyle::classLabel(int cls)
{
    switch (cls) {
    case 0:
        return tr("none");
    case 1:
        return QStringLiteral("1");
    case 2:
        return QStringLiteral("2–3");
    case 3:
        return QStringLiteral("4–6");
    default:
        return QStringLiteral("7+");
    }
}

QColor MapStyle::regionFill(int cls) const
{
    return m_ramp[std::clamp(cls, 0, classCount - 1)];
}

qreal MapStyle::arcWidth(int count) const
{
    return (1.2 + 1.2 * arcClassOf(count)) * u;
}

} // namespace pe
