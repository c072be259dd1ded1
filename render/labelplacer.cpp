#include "render/labelplacer.h"

#include <algorithm>

namespace pe {

bool LabelPlacer::isFree(const QRectF &rect) const
{
    if (!m_area.contains(rect))
        return false;
    const auto overlaps = [](const QRectF &r) {
        return [r](const QRectF &taken) { return taken.intersects(r); };
    };
    const QRectF clearance = rect.adjusted(-m_spacing, -m_spacing, m_spacing, m_spacing);
    return std::none_of(m_markers.cbegin(), m_markers.cend(), overlaps(rect)) &&
           std::none_of(m_labels.cbegin(), m_labels.cend(), overlaps(clearance));
}

std::optional<QRectF> LabelPlacer::tryPlace(const QList<QRectF> &candidates)
{
    const auto chosen = std::find_if(candidates.cbegin(), candidates.cend(),
                                     [this](const QRectF &rect) { return isFree(rect); });
    if (chosen == candidates.cend())
        return std::nullopt;
    m_labels.append(*chosen);
    return *chosen;
}

QRectF LabelPlacer::place(const QList<QRectF> &candidates)
{
    if (const std::optional<QRectF> free = tryPlace(candidates))
        return *free;
    QRectF rect = candidates.value(0);
    // A label wider or taller than a tiny plot (a thumbnail preview) sticks to its top-left
    // corner rather than leaving it on both sides.
    rect.moveLeft(std::max(m_area.left(), std::min(rect.left(), m_area.right() - rect.width())));
    rect.moveTop(std::max(m_area.top(), std::min(rect.top(), m_area.bottom() - rect.height())));
    m_labels.append(rect);
    return rect;
}

} // namespace pe
