#pragma once

#include <QSize>

#include <functional>

class QPainter;

namespace pe {

// The smallest type a drawing uses, in points at the page's printed size (96 logical pixels
// to the inch, as every export states in its file). It paints into a device that draws
// nothing and only notes the size of each run of text, so it sees exactly the fonts the
// export will use, Qt Charts' own labels included.
class TextSizeProbe
{
public:
    // 0 when nothing draws text.
    static qreal smallestPointSize(const QSize &logicalSize,
                                   const std::function<void(QPainter *)> &draw);
};

} // namespace pe
