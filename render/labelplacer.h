#pragma once

#include <QList>
#include <QRectF>

namespace pe {

// Places labels one after the other, each at the first candidate spot that neither leaves
// the area nor covers a label (or a reserved marker) placed before it.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &area)
        : m_area(area)
    {}

    void reserve(const QRectF &rect) { m_taken.append(rect); }
    // Returns the chosen rectangle, or the first candidate clamped into the area.
    QRectF place(const QList<QRectF> &candidates);

private:
    QRectF m_area;
    QList<QRectF> m_taken;
};

} // namespace pe
