#include "widgets/shell/recordtableview.h"

#include "models/items/roles.h"
#include "widgets/style/plaintext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

namespace pe {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    // Tab goes to the next control, not to the next of 500 cells.
    setTabKeyNavigation(false);
    // The tooltips are the records' texts and quotes: never markup.
    plaintext::keepItemToolTipsPlain(this);
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    if (QTableView::model())
        disconnect(QTableView::model(), &QAbstractItemModel::headerDataChanged, this,
                   &RecordTableView::widenColumnsToHeaders);
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &RecordTableView::widenColumnsToHeaders);
}

void RecordTableView::widenColumnsToHeaders()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const int needed = header->sectionSizeHint(column);
        if (!header->isSectionHidden(column) && header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

void RecordTableView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void RecordTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (m_readerMoving && current.isValid() && current.row() != previous.row())
        emit recordChosen(current.siblingAtColumn(0).data(IdRole).toString());
    viewport()->update();
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    m_readerMoving = true;
    QTableView::keyPressEvent(event);
    m_readerMoving = false;
}

void RecordTableView::mousePressEvent(QMouseEvent *event)
{
    m_readerMoving = true;
    QTableView::mousePressEvent(event);
    m_readerMoving = false;
}

void RecordTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    QPainter painter(viewport());
    if (model() && model()->rowCount(rootIndex()) == 0 && !m_emptyText.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }
    if (!hasFocus())
        return;
    // The keyboard's row, framed across every column; the table itself when no row is.
    QRect frame = viewport()->rect().adjusted(1, 1, -2, -2);
    if (const QModelIndex current = currentIndex(); current.isValid()) {
        const QRect first = visualRect(current.siblingAtColumn(0));
        const QRect last = visualRect(current.siblingAtColumn(model()->columnCount() - 1));
        frame = QRect(QPoint(0, first.top()), QPoint(viewport()->width() - 1, last.bottom()))
                    .adjusted(1, 1, -1, -1);
        if (!frame.intersects(viewport()->rect()))
            return;
    }
    // On a selected row the frame is darker than the row's own highlight.
    const bool onSelection = currentIndex().isValid() &&
                             selectionModel()->isRowSelected(currentIndex().row(), rootIndex());
    const QColor highlight = palette().color(QPalette::Highlight);
    QPen pen(onSelection ? highlight.darker(170) : highlight, 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
}

void RecordTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
}

void RecordTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

} // namespace pe
