#include "render/viewtheme.h"

#include <QPaintDevice>
#include <QPalette>

#include <algorithm>

namespace pe {

namespace {
// DejaVu Sans ships with Debian and covers Latin, Cyrillic and Kazakh letters, so screen
// and export render alike on every machine.
const QString defaultFamily = QStringLiteral("DejaVu Sans");
} // namespace

ViewTheme ViewTheme::light()
{
    ViewTheme t;
    t.kind = Kind::Light;
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x1F, 0x23, 0x28);
    t.mutedText = QColor(0x5F, 0x67, 0x70);
    t.grid = QColor(0xE3, 0xE6, 0xEA);
    t.axis = QColor(0x86, 0x8D, 0x95); // 3.4 : 1 on white, as WCAG asks of a graphic
    t.fontFamily = defaultFamily;
    return t;
}

ViewTheme ViewTheme::dark()
{
    ViewTheme t;
    t.kind = Kind::Dark;
    t.background = QColor(0x1E, 0x21, 0x26);
    t.text = QColor(0xE8, 0xEA, 0xED);
    t.mutedText = QColor(0xA9, 0xB0, 0xB8);
    t.grid = QColor(0x35, 0x3A, 0x41);
    t.axis = QColor(0x6B, 0x73, 0x7C);
    t.fontFamily = defaultFamily;
    return t;
}

ViewTheme ViewTheme::print()
{
    ViewTheme t = light();
    t.kind = Kind::Print;
    t.text = Qt::black;
    t.mutedText = QColor(0x44, 0x44, 0x44);
    t.grid = QColor(0xDD, 0xDD, 0xDD);
    t.axis = QColor(0x66, 0x66, 0x66);
    t.greyscale = true;
    return t;
}

ViewTheme ViewTheme::fromPalette(const QPalette &palette, const QFont &uiFont)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    ViewTheme t = dark ? ViewTheme::dark() : ViewTheme::light();
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    // Never smaller than the default: the labels are drawn a little smaller than it.
    if (uiFont.pointSizeF() > t.baseFontPointSize)
        t.baseFontPointSize = uiFont.pointSizeF();
    return t;
}

ViewTheme ViewTheme::fromName(const QString &name)
{
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("print"))
        return print();
    return light();
}

QFont ViewTheme::font(qreal scale, int weight) const
{
    QFont f(fontFamily);
    f.setPointSizeF(baseFontPointSize * scale);
    f.setWeight(QFont::Weight(weight));
    return f;
}

QFont ViewTheme::font(qreal scale, int weight, const QPaintDevice *device) const
{
    QFont f = font(scale, weight);
    // Logical pixels, whatever the pixel ratio: Qt rounds there, and scales the result.
    const qreal dpi = device ? device->logicalDpiY() : 96.0;
    const qreal pixels = f.pointSizeF() * dpi / 72.0;
    f.setPointSizeF(std::max(1, qRound(pixels)) * 72.0 / dpi);
    return f;
}

QColor ViewTheme::adjust(const QColor &colour) const
{
    if (greyscale) {
        const int grey = qGray(colour.rgb());
        // Keep greys apart from white paper and from black text.
        const int level = 40 + grey * 150 / 255;
        return QColor(level, level, level, colour.alpha());
    }
    if (kind == Kind::Dark)
        return colour.lightness() < 110 ? colour.lighter(190) : colour;
    return colour;
}

} // namespace pe
