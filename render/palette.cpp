#include "render/palette.h"

namespace pe::palette {

QColor category(Category category)
{
    // Okabe–Ito first, then Paul Tol's "muted" for the rarer categories.
    switch (category) {
    case Category::Diplomacy:
        return QColor(0x00, 0x72, 0xB2);
    case Category::Treaties:
        return QColor(0x00, 0x44, 0x88);
    case Category::Trade:
        return QColor(0xE6, 0x9F, 0x00);
    case Category::Industry:
        return QColor(0xD5, 0x5E, 0x00);
    case Category::Agriculture:
        return QColor(0x00, 0x9E, 0x73);
    case Category::Construction:
        return QColor(0x99, 0x77, 0x00);
    case Category::Regions:
        return QColor(0xCC, 0x79, 0xA7);
    case Category::Media:
        return QColor(0x56, 0xB4, 0xE9);
    case Category::Education:
        return QColor(0x88, 0x22, 0x55);
    case Category::Science:
        return QColor(0x33, 0x22, 0x88);
    case Category::Culture:
        return QColor(0xAA, 0x44, 0x99);
    case Category::Transport:
        return QColor(0x44, 0xAA, 0x99);
    case Category::Health:
        return QColor(0x99, 0x99, 0x33);
    case Category::Energy:
        return QColor(0x66, 0x66, 0x66);
    }
    return QColor(0x88, 0x88, 0x88);
}

QColor indicator(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Exports:
        return exports();
    case Indicator::Imports:
        return imports();
    case Indicator::Balance:
        return balance();
    case Indicator::Turnover:
    case Indicator::Growth:
    case Indicator::Count:
        break;
    }
    return turnover();
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
