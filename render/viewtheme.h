#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPaintDevice;
class QPalette;

namespace pe {

// Colours and type for drawing a view, on screen or into an export. The screen theme
// follows the system palette (light or dark); exports choose light, dark or print.
struct ViewTheme
{
    enum class Kind { Light, Dark, Print };

    Kind kind = Kind::Light;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    bool greyscale = false; // print: series told apart by dash and marker, not colour
    QString fontFamily;
    qreal baseFontPointSize = 10; // presentation mode and exports scale this

    // How much larger type and markers are in presentation mode, for the back row.
    static constexpr qreal presentationFontScale = 1.6;

    static ViewTheme light();
    static ViewTheme dark();
    static ViewTheme print();
    // The screen's: the palette's colours, and the type of the reader's own font size (a
    // bigger system font makes bigger chart and timeline labels). Exports keep theirs.
    static ViewTheme fromPalette(const QPalette &palette, const QFont &uiFont);
    static ViewTheme fromName(const QString &name); // light, dark, print; light otherwise

    bool isDark() const { return kind == Kind::Dark; }
    QFont font(qreal scale = 1.0, int weight = QFont::Normal) const;
    // The same, its size rounded to whole logical pixels of device, as Qt rounds it to set
    // text on a raster or PDF device. An SVG reader (a browser, librsvg) sets the size the
    // file says: 9.5 pt, 12.67 px, would run a few pixels longer per line there than in the
    // PNG. What a raster device draws does not change.
    QFont font(qreal scale, int weight, const QPaintDevice *device) const;
    // A series colour adjusted for this theme (lighter on dark backgrounds, grey in print).
    QColor adjust(const QColor &colour) const;
};

} // namespace pe
