#pragma once

#include "models/items/recordfilter.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <vector>

namespace pe {

class FilterState;

// Filters and sorts any flat dataset model by the shared roles (roles.h). A criterion a model
// does not answer (an invalid QVariant for its role) is ignored for that model, so the same
// filter can drive the timeline and every table. Records with no known year are kept by a
// year range: hiding them would make facts disappear for lack of a date.
//
// Not a QSortFilterProxyModel: that one re-reads every source row and signals every run of
// rows that went away, one by one, on each keystroke; with a sorted proxy the runs are many
// and each costs a pass over the mapping (a hundred thousand records took 20 to 50 ms a
// letter). Here the source rows are sorted once into an order, a filter keeps a subsequence
// of it, and a change of filter is one layout change. A letter typed only narrows the search,
// so then only the rows still shown are read again.
class RecordFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterModel(QObject *parent = nullptr);

    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    // Follows the shared filter from now on (and takes it at once): the way every view's
    // proxy sees the same filter. The setters below are for a proxy on its own.
    void setFilterState(FilterState *state);

    void setSearchText(const QString &text);
    void setYearRange(int fromYear, int toYear);
    void setCategories(const QSet<Category> &categories);
    void setPlace(const QString &placeId);
    void setSector(std::optional<Sector> sector);
    void clear();
    // Whether the filter lets this record through (false for an id the model does not hold):
    // a selected record the filters hide stays in the detail pane, marked so.
    bool acceptsId(const QString &id) const;

    // Whether the records' search text is read and folded ahead of the first search, a few
    // milliseconds at a time while the event loop is idle, shortly after each time the source
    // changes: the window's proxies do, so that the first letter typed does not wait for every
    // record.
    void setFoldsAheadOfSearch(bool foldsAhead);

    // By the column's SortRole; -1 keeps the source's order. Ties keep the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void filterChanged();

private:
    void apply(const RecordFilter &filter);
    // Whether the source row passes every criterion but the search text.
    bool acceptsFields(int sourceRow) const;
    // Folds the rows from m_foldedRows up to end (the texts sized to the source first).
    void foldRows(int end) const;
    void dropSearchTexts();
    void foldAheadOfSearch();
    void sortSourceRows();
    // Shows exactly these source rows, in this order, as one layout change that carries
    // persistent indexes (a view's selection and current row) to where their rows went.
    void showRows(std::vector<int> rows);
    void rebuildFromSource();
    void mapShownRows(); // m_proxyRowOf from m_shown
    // The rows of the sorted order that the whole filter lets through.
    std::vector<int> acceptedRows() const;
    // Those of rows, in their order, whose search text holds every word.
    std::vector<int> rowsHolding(const std::vector<int> &rows, const QStringList &words) const;

    void sourceAboutToChangeShape();
    void sourceChangedShape();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    RecordFilter m_filter;
    QPointer<FilterState> m_state;
    QStringList m_words; // the search text, folded and split
    QCollator m_collator;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;      // every source row, sorted
    std::vector<int> m_shown;      // proxy row -> source row: the rows of m_order let through
    std::vector<int> m_proxyRowOf; // source row -> proxy row, -1 if hidden
    // Folded search text per source row, built on the first search and dropped whenever the
    // source changes: typing must not rebuild every row's text on every keystroke.
    mutable QVector<QString> m_searchTexts;
    mutable int m_foldedRows = 0; // the rows of m_searchTexts folded, from the first
    bool m_foldsAhead = false;
    // Folding ahead starts this long after the records change, then goes on between events:
    // the window's first frame after a load is drawn first (folding took 4 ms of it), and no
    // one types a search sooner.
    static constexpr int pauseBeforeFolding = 200; // milliseconds
    QTimer m_foldTimer;
    bool m_resetting = false; // between a source's "about to" signal and its change
    QVector<QMetaObject::Connection> m_sourceConnections;
};

} // namespace pe
