#pragma once

#include <QColor>

namespace pe {

// Colour arithmetic every drawing routine needs; one copy, so that tints and text on
// markers look the same in every view and export.
namespace colour {

// The colour with its opacity multiplied by alpha (0: transparent, 1: unchanged).
QColor withAlpha(QColor colour, qreal alpha);
// From a (t = 0) to b (t = 1), channel by channel; the result is opaque.
QColor mix(const QColor &a, const QColor &b, qreal t);
// Text on a filled shape: dark on light fills, white on dark ones.
QColor textOn(const QColor &fill);

} // namespace colour
} // namespace pe
