#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace pe {

// Items laid out left to right, wrapping onto a new row when the next would pass the width:
// a chart's legend keeps every entry whole instead of eliding them into one row.
struct FlowRows
{
    QList<QRectF> items; // in the order given, relative to the top-left of the arrangement
    qreal height = 0;

    // Items wider than the width get a row of their own, at the width's left edge.
    static FlowRows arrange(const QList<QSizeF> &sizes, qreal width, qreal columnGap, qreal rowGap);
};

} // namespace pe
