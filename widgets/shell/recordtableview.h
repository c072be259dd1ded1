#pragma once

#include <QTableView>

namespace pe {

// A table of records as a reader uses it: a whole row is one record, Tab leaves the table
// (the arrows move inside), the row the keyboard is on is framed while the table has focus,
// and an empty table says why. A record counts as chosen only when the reader moves to it
// (click, arrows, Page keys): a filter that removes rows, or the program selecting a row to
// follow another view, chooses nothing.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Drawn in the middle of an empty table: "No partnership matches the search and filters."
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    void setModel(QAbstractItemModel *model) override;
    // Widens each column narrower than its header needs: widths are chosen for English, and
    // a header, unlike a cell, is clipped rather than shortened with "…". Done again when the
    // headers change (a language switch).
    void widenColumnsToHeaders();

signals:
    void recordChosen(const QString &id);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_emptyText;
    bool m_readerMoving = false;
};

} // namespace pe
