#include "render/palette.h"

#include <QHash>

namespace pe::palette {

QColor category(const QString &key)
{
    // Okabe–Ito first, then Paul Tol's "muted" for the rarer categories.
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("diplomacy"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("treaties"), QColor(0x00, 0x44, 0x88)},
        {QStringLiteral("trade"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("industry"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("agriculture"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("construction"), QColor(0x99, 0x77, 0x00)},
        {QStringLiteral("regions"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("media"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("education"), QColor(0x88, 0x22, 0x55)},
        {QStringLiteral("science"), QColor(0x33, 0x22, 0x88)},
        {QStringLiteral("culture"), QColor(0xAA, 0x44, 0x99)},
        {QStringLiteral("transport"), QColor(0x44, 0xAA, 0x99)},
        {QStringLiteral("health"), QColor(0x99, 0x99, 0x33)},
        {QStringLiteral("energy"), QColor(0x66, 0x66, 0x66)},
    };
    return colours.value(key, QColor(0x88, 0x88, 0x88));
}

QColor turnover()
{
    return QColor(0x00, 0x44, 0x88);
}
QColor exports()
{
    return QColor(0xE6, 0x9F, 0x00);
}
QColor imports()
{
    return QColor(0x56, 0xB4, 0xE9);
}
QColor balance()
{
    return QColor(0x00, 0x9E, 0x73);
}
QColor supplementary()
{
    return QColor(0xCC, 0x79, 0xA7);
}
QColor highlight()
{
    return QColor(0xD5, 0x5E, 0x00);
}
QColor era()
{
    return QColor(0x00, 0x72, 0xB2, 28);
}

} // namespace pe::palette
