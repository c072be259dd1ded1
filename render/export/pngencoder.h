#pragma once

#include <QByteArray>
#include <QImage>

namespace pe {

// Writes an opaque picture as an 8-bit RGB PNG with its print density (pHYs). Charts are large
// flat areas: every row is filtered with "Sub" (a run of one colour becomes zeros) and
// compressed at zlib's fastest level. libpng, through Qt, tries every filter on every row:
// at 3840×2160 that search took half the export's time, for files about a seventh smaller.
// Any PNG reader reads it (tests/render/tst_pngencoder decodes it with Qt's, i.e. libpng).
class PngEncoder
{
public:
    // image must be Format_RGB32 (opaque); returns an empty array on failure.
    static QByteArray encode(const QImage &image);
};

} // namespace pe
