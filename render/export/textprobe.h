#pragma once

#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace pe {

// The text a drawing writes, run by run, as the page will hold it. It paints into a device
// that draws nothing and only notes each run of text, so it sees exactly the fonts and
// places the export will use, Qt Charts' own labels included.
class TextProbe
{
public:
    struct Run
    {
        QString text;
        QRectF rect;  // on the page, in logical pixels (a rotated run: its bounding box)
        qreal points; // at the page's printed size (96 logical pixels to the inch)
    };

    static QList<Run> runs(const QSize &logicalSize, const std::function<void(QPainter *)> &draw);
    // The smallest type of the drawing in points; 0 when nothing draws text.
    static qreal smallestPointSize(const QSize &logicalSize,
                                   const std::function<void(QPainter *)> &draw);
};

} // namespace pe
