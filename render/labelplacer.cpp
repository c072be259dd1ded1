#include "render/labelplacer.h"

#include <algorithm>

namespace pe {

QRectF LabelPlacer::place(const QList<QRectF> &candidates)
{
    for (const QRectF &rect : candidates) {
        if (!m_area.contains(rect))
            continue;
        const bool free = std::none_of(m_taken.cbegin(), m_taken.cend(),
                                       [&rect](const QRectF &t) { return t.intersects(rect); });
        if (free) {
            m_taken.append(rect);
            return rect;
        }
    }
    QRectF rect = candidates.value(0);
    // A label wider or taller than a tiny plot (a thumbnail preview) sticks to its top-left
    // corner rather than leaving it on both sides.
    rect.moveLeft(std::max(m_area.left(), std::min(rect.left(), m_area.right() - rect.width())));
    rect.moveTop(std::max(m_area.top(), std::min(rect.top(), m_area.bottom() - rect.height())));
    m_taken.append(rect);
    return rect;
}

} // namespace pe
