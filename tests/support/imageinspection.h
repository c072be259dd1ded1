#pragma once

#include <QColor>
#include <QImage>

namespace pe::test {

// Coarse questions about a rendered picture, for what a reference image would pin too
// tightly (any size, any scale, random data): is anything drawn, is a colour used at all.

// Share of pixels whose colour differs from the background (alpha aside).
double inkRatio(const QImage &image, const QColor &background);
// Whether any pixel is within tolerance of colour in each of red, green and blue.
bool containsColour(const QImage &image, const QColor &colour, int tolerance = 6);

} // namespace pe::test
