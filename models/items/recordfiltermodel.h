#pragma once

#include "models/items/recordfilter.h"

#include <QCollator>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVector>

#include <vector>

namespace pe {

class FilterState;

// Filters and sorts any dataset model by the shared roles (roles.h). A criterion a model
// does not answer (an invalid QVariant for its role) is ignored for that model, so the same
// filter can drive the timeline and every table. Records with no known year are kept by a
// year range: hiding them would make facts disappear for lack of a date.
class RecordFilterModel : public QSortFilterProxyModel
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

    void setSourceModel(QAbstractItemModel *model) override;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void apply(const RecordFilter &filter);
    bool matchesText(int sourceRow) const;

    RecordFilter m_filter;
    QPointer<FilterState> m_state;
    QStringList m_words; // the search text, folded and split
    QCollator m_collator;
    // Folded search text per source row, built on the first search and dropped whenever the
    // source changes: typing must not rebuild every row's text on every keystroke.
    mutable QVector<QString> m_searchCache;
    // Whether each source row's text matches the current words (unknown until asked). A
    // letter typed only narrows a search: the rows it had rejected stay rejected without
    // being read again, so at 100,000 records a keystroke reads only the rows still shown.
    enum class TextVerdict : char { Unknown, Matches, Fails };
    mutable std::vector<TextVerdict> m_textVerdicts;
    // Only our own connections: QSortFilterProxyModel keeps its own to the same source.
    QVector<QMetaObject::Connection> m_sourceConnections;
};

} // namespace pe
