#include "widgets/style/flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace pe {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::addStretchWidget(QWidget *widget)
{
    addWidget(widget);
    m_stretch = m_items.constLast();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    if (item == m_stretch)
        m_stretch = nullptr;
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width ? m_spacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its row.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<QList<Placed>> rows(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        // The stretching item asks only for its minimum here: it grows into what is left.
        const int wanted =
            item == m_stretch ? item->minimumSize().width() : item->sizeHint().width();
        const int width = std::clamp(wanted, item->minimumSize().width(), area.width());
        if (!rows.constLast().isEmpty() && used + m_spacing + width > area.width()) {
            rows.append(QList<Placed>());
            used = 0;
        }
        used += (rows.constLast().isEmpty() ? 0 : m_spacing) + width;
        rows.last().append({item, width});
    }
    int y = area.top();
    for (QList<Placed> &row : rows) {
        if (row.isEmpty())
            continue;
        int rowWidth = m_spacing * int(row.size() - 1);
        int rowHeight = 0;
        for (const Placed &p : std::as_const(row)) {
            rowWidth += p.width;
            rowHeight = std::max(rowHeight, p.item->sizeHint().height());
        }
        for (Placed &p : row) {
            if (p.item == m_stretch)
                p.width += std::max(0, area.width() - rowWidth);
        }
        if (apply) {
            int x = area.left();
            for (const Placed &p : std::as_const(row)) {
                const int height = std::min(p.item->sizeHint().height(), rowHeight);
                p.item->setGeometry(QRect(x, y + (rowHeight - height) / 2, p.width, height));
                x += p.width + m_spacing;
            }
        }
        y += rowHeight + m_spacing;
    }
    const QMargins m = contentsMargins();
    return y - m_spacing - area.top() + m.top() + m.bottom();
}

} // namespace pe
