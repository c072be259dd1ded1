#include "render/flowrows.h"

#include <algorithm>

namespace pe {

FlowRows FlowRows::arrange(const QList<QSizeF> &sizes, qreal width, qreal columnGap, qreal rowGap)
{
    FlowRows flow;
    qreal x = 0;
    qreal rowTop = 0;
    qreal rowHeight = 0;
    // Rows are placed first and centred vertically once their height is known.
    qsizetype rowStart = 0;
    const auto closeRow = [&](qsizetype end) {
        for (qsizetype i = rowStart; i < end; ++i) {
            QRectF &item = flow.items[i];
            item.moveTop(rowTop + (rowHeight - item.height()) / 2);
        }
    };
    for (const QSizeF &size : sizes) {
        if (x > 0 && x + size.width() > width) {
            closeRow(flow.items.size());
            rowStart = flow.items.size();
            rowTop += rowHeight + rowGap;
            rowHeight = 0;
            x = 0;
        }
        flow.items.append(QRectF(QPointF(x, rowTop), size));
        rowHeight = std::max(rowHeight, size.height());
        x += size.width() + columnGap;
    }
    closeRow(flow.items.size());
    flow.height = flow.items.isEmpty() ? 0 : rowTop + rowHeight;
    return flow;
}

} // namespace pe
