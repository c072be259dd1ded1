#include "tests/support/imageinspection.h"

#include <cstdlib>

namespace pe::test {

double inkRatio(const QImage &image, const QColor &background)
{
    const QRgb bg = background.rgb();
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xFFFFFF) != (bg & 0xFFFFFF))
                ++differing;
        }
    }
    return double(differing) / (qint64(image.width()) * image.height());
}

bool containsColour(const QImage &image, const QColor &colour, int tolerance)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - colour.red()) <= tolerance &&
                std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

} // namespace pe::test
