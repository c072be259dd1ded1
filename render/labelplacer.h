#pragma once

#include <QList>
#include <QRectF>

#include <optional>

namespace pe {

// Places labels one after the other, each at the first candidate spot that neither leaves
// the area nor covers a reserved marker nor comes within `spacing` of a label placed before
// it: two labels that touch read as one, while a label beside its own marker belongs to it.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &area, qreal spacing = 0)
        : m_area(area)
        , m_spacing(spacing)
    {}

    // A marker: labels may come up to it, not over it.
    void reserve(const QRectF &rect) { m_markers.append(rect); }
    // Text drawn by other means (a band's label): kept at the labels' spacing.
    void reserveLabel(const QRectF &rect) { m_labels.append(rect); }
    // Returns the chosen rectangle, or the first candidate clamped into the area.
    QRectF place(const QList<QRectF> &candidates);
    // For a label that may be left out: the chosen rectangle, or none when nothing is free.
    std::optional<QRectF> tryPlace(const QList<QRectF> &candidates);

private:
    QRectF m_area;
    qreal m_spacing = 0;
    bool isFree(const QRectF &rect) const;

    QList<QRectF> m_markers;
    QList<QRectF> m_labels;
};

} // namespace pe
