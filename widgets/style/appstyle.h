#pragma once

#include <QString>

class QApplication;
class QPalette;

namespace pe {

// The application's look: the Fusion style (the same on every desktop, and the one that
// honours palettes fully) with a light or dark palette. "system" keeps the platform's
// palette, so the app follows a dark desktop.
namespace appstyle {
void apply(QApplication &app, const QString &theme = QStringLiteral("system"));
// The dark palette, also used for presentation mode whatever the desktop's theme.
QPalette darkPalette();
// The light one, over Fusion's.
QPalette lightPalette();
} // namespace appstyle

} // namespace pe
