#include "models/items/recordfiltermodel.h"

#include "models/items/datasetmodel.h"
#include "models/items/roles.h"
#include "models/items/searchfolding.h"
#include "models/state/filterstate.h"

#include <QElapsedTimer>
#include <QStringMatcher>
#include <QThread>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <thread>

namespace pe {

namespace {

// Whether every text the new words match was matched by the old ones: each old word stands
// inside some new word (typing a letter, or adding a word, narrows; deleting widens).
bool narrows(const QStringList &oldWords, const QStringList &newWords)
{
    return std::all_of(oldWords.cbegin(), oldWords.cend(), [&](const QString &old) {
        return std::any_of(newWords.cbegin(), newWords.cend(),
                           [&](const QString &word) { return word.contains(old); });
    });
}

} // namespace

RecordFilterModel::RecordFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_foldTimer.setSingleShot(true);
    connect(&m_foldTimer, &QTimer::timeout, this, &RecordFilterModel::foldAheadOfSearch);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        using M = QAbstractItemModel;
        const auto before = [this] { sourceAboutToChangeShape(); };
        const auto after = [this] { sourceChangedShape(); };
        m_sourceConnections = {
            connect(model, &M::modelAboutToBeReset, this, before),
            connect(model, &M::modelReset, this, after),
            connect(model, &M::rowsAboutToBeInserted, this, before),
            connect(model, &M::rowsInserted, this, after),
            connect(model, &M::rowsAboutToBeRemoved, this, before),
            connect(model, &M::rowsRemoved, this, after),
            connect(model, &M::rowsAboutToBeMoved, this, before),
            connect(model, &M::rowsMoved, this, after),
            connect(model, &M::columnsAboutToBeInserted, this, before),
            connect(model, &M::columnsInserted, this, after),
            connect(model, &M::columnsAboutToBeRemoved, this, before),
            connect(model, &M::columnsRemoved, this, after),
            connect(model, &M::columnsAboutToBeMoved, this, before),
            connect(model, &M::columnsMoved, this, after),
            connect(model, &M::layoutAboutToBeChanged, this, before),
            connect(model, &M::layoutChanged, this, after),
            connect(model, &M::dataChanged, this, &RecordFilterModel::sourceDataChanged),
            connect(model, &M::headerDataChanged, this, &RecordFilterModel::headerDataChanged),
            // QAbstractProxyModel swaps a destroyed source for an empty model without a
            // signal (the owner of both is usually being destroyed too, and its views with
            // it): the rows this proxy maps go the same quiet way, as QSortFilterProxyModel's.
            connect(model, &QObject::destroyed, this,
                    [this] {
                        m_order.clear();
                        m_shown.clear();
                        m_proxyRowOf.clear();
                        m_searchTexts.clear();
                        m_foldedRows = 0;
                    }),
        };
    }
    rebuildFromSource();
    endResetModel();
}

void RecordFilterModel::setFoldsAheadOfSearch(bool foldsAhead)
{
    m_foldsAhead = foldsAhead;
    if (!foldsAhead)
        m_foldTimer.stop();
    else if (sourceModel() && m_foldedRows < sourceModel()->rowCount())
        m_foldTimer.start(pauseBeforeFolding);
}

void RecordFilterModel::sourceAboutToChangeShape()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void RecordFilterModel::sourceChangedShape()
{
    if (!m_resetting)
        return;
    rebuildFromSource();
    m_resetting = false;
    endResetModel();
}

void RecordFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // What a row is sorted and searched by may have changed (a language switch changes all).
    dropSearchTexts();
    sortSourceRows();
    showRows(acceptedRows());
    if (!m_shown.empty()) {
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()),
                         roles);
    }
}

void RecordFilterModel::rebuildFromSource()
{
    dropSearchTexts();
    sortSourceRows();
    m_shown = acceptedRows();
    mapShownRows();
}

void RecordFilterModel::mapShownRows()
{
    m_proxyRowOf.assign(m_order.size(), -1);
    for (size_t row = 0; row < m_shown.size(); ++row)
        m_proxyRowOf[size_t(m_shown[row])] = int(row);
}

void RecordFilterModel::sortSourceRows()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (rows == 0 || m_sortColumn < 0 || m_sortColumn >= sourceModel()->columnCount())
        return;
    // Each row's key read once, not twice a comparison.
    std::vector<QVariant> keys(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        keys[size_t(row)] = sourceModel()->index(row, m_sortColumn).data(SortRole);
    const auto less = [&](int left, int right) {
        const QVariant &a = keys[size_t(left)];
        const QVariant &b = keys[size_t(right)];
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return m_collator.compare(a.toString(), b.toString()) < 0;
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int left, int right) { return less(right, left); });
}

void RecordFilterModel::showRows(std::vector<int> rows)
{
    if (rows == m_shown)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_shown[size_t(index.row())]);
    m_shown = std::move(rows);
    mapShownRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRowOf[size_t(sourceRows[size_t(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void RecordFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    if (!sourceModel())
        return;
    sortSourceRows();
    std::vector<int> rows;
    rows.reserve(m_shown.size());
    for (const int sourceRow : m_order) {
        if (m_proxyRowOf[size_t(sourceRow)] >= 0)
            rows.push_back(sourceRow);
    }
    showRows(std::move(rows));
}

void RecordFilterModel::apply(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    QStringList words = foldForSearch(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Only the text changed, and the new words narrow the old: every row the filter lets
    // through now is among those it showed, so only those are read again, and only for the
    // words they were not already found to hold.
    RecordFilter sameFieldsNewText = m_filter;
    sameFieldsNewText.text = filter.text;
    const bool narrowing = sameFieldsNewText == filter && narrows(m_words, words);
    QStringList newWords;
    for (const QString &word : std::as_const(words)) {
        if (!narrowing || !m_words.contains(word))
            newWords.append(word);
    }
    m_filter = filter;
    m_words = std::move(words);
    if (narrowing)
        showRows(rowsHolding(m_shown, newWords));
    else
        showRows(acceptedRows());
    emit filterChanged();
}

std::vector<int> RecordFilterModel::acceptedRows() const
{
    if (!m_filter.constrainsFields())
        return rowsHolding(m_order, m_words);
    std::vector<int> rows;
    rows.reserve(m_order.size());
    std::copy_if(m_order.cbegin(), m_order.cend(), std::back_inserter(rows),
                 [this](int row) { return acceptsFields(row); });
    return rowsHolding(rows, m_words);
}

std::vector<int> RecordFilterModel::rowsHolding(const std::vector<int> &rows,
                                                const QStringList &words) const
{
    if (words.isEmpty() || rows.empty())
        return rows;
    foldRows(sourceModel()->rowCount());
    // Each word's skip table built once for every record, not once a record; a letter alone
    // is looked for as a character, which Qt scans for many at a time.
    std::vector<QStringMatcher> matchers;
    std::vector<QChar> letters;
    for (const QString &word : words) {
        if (word.size() == 1)
            letters.push_back(word.front());
        else
            matchers.emplace_back(word);
    }
    const auto holdAll = [&](size_t begin, size_t end, std::vector<int> *found) {
        for (size_t i = begin; i < end; ++i) {
            const QString &text = m_searchTexts.at(rows[i]);
            if (std::all_of(letters.cbegin(), letters.cend(),
                            [&](QChar letter) { return text.contains(letter); }) &&
                std::all_of(matchers.cbegin(), matchers.cend(),
                            [&](const QStringMatcher &word) { return word.indexIn(text) >= 0; }))
                found->push_back(rows[i]);
        }
    };
    // A hundred thousand records' text is a few hundred megabytes to read: on every core, so
    // that a keystroke stays within a frame. The texts are complete and only read.
    constexpr size_t rowsPerThread = 20000;
    const size_t parts =
        std::clamp<size_t>(rows.size() / rowsPerThread, 1, size_t(QThread::idealThreadCount()));
    std::vector<std::vector<int>> found(parts);
    std::vector<std::thread> helpers;
    for (size_t part = 1; part < parts; ++part) {
        helpers.emplace_back(holdAll, rows.size() * part / parts, rows.size() * (part + 1) / parts,
                             &found[part]);
    }
    holdAll(0, rows.size() / parts, &found[0]);
    for (std::thread &helper : helpers)
        helper.join();
    for (size_t part = 1; part < parts; ++part)
        found[0].insert(found[0].end(), found[part].cbegin(), found[part].cend());
    return std::move(found[0]);
}

void RecordFilterModel::setFilter(const RecordFilter &filter)
{
    apply(filter);
}

void RecordFilterModel::setFilterState(FilterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!state)
        return;
    connect(state, &FilterState::changed, this, &RecordFilterModel::apply);
    apply(state->filter());
}

void RecordFilterModel::setSearchText(const QString &text)
{
    RecordFilter f = m_filter;
    f.text = text;
    apply(f);
}

void RecordFilterModel::setYearRange(int fromYear, int toYear)
{
    RecordFilter f = m_filter;
    f.fromYear = fromYear;
    f.toYear = toYear;
    apply(f);
}

void RecordFilterModel::setCategories(const QSet<Category> &categories)
{
    RecordFilter f = m_filter;
    f.categories = categories;
    apply(f);
}

void RecordFilterModel::setPlace(const QString &placeId)
{
    RecordFilter f = m_filter;
    f.place = placeId;
    apply(f);
}

void RecordFilterModel::setSector(std::optional<Sector> sector)
{
    RecordFilter f = m_filter;
    f.sector = sector;
    apply(f);
}

void RecordFilterModel::clear()
{
    apply(RecordFilter());
}

bool RecordFilterModel::acceptsId(const QString &id) const
{
    const auto *model = qobject_cast<const DatasetModel *>(sourceModel());
    const int row = model ? model->rowOfId(id) : -1;
    return row >= 0 && acceptsFields(row) && !rowsHolding({row}, m_words).empty();
}

void RecordFilterModel::dropSearchTexts()
{
    m_searchTexts.clear();
    m_foldedRows = 0;
    if (m_foldsAhead && sourceModel() && sourceModel()->rowCount() > 0)
        m_foldTimer.start(pauseBeforeFolding);
}

void RecordFilterModel::foldAheadOfSearch()
{
    // A few milliseconds at a time, between the events the window handles.
    constexpr qint64 sliceNanoseconds = 4'000'000;
    QElapsedTimer slice;
    slice.start();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    while (m_foldedRows < rows && slice.nsecsElapsed() < sliceNanoseconds)
        foldRows(std::min(rows, m_foldedRows + 64));
    if (m_foldedRows < rows)
        m_foldTimer.start(0);
}

void RecordFilterModel::foldRows(int end) const
{
    if (m_searchTexts.size() != sourceModel()->rowCount()) {
        m_searchTexts.resize(sourceModel()->rowCount());
        m_foldedRows = 0;
    }
    for (; m_foldedRows < end; ++m_foldedRows) {
        m_searchTexts[m_foldedRows] =
            foldForSearch(sourceModel()->index(m_foldedRows, 0).data(SearchTextRole).toString());
    }
}

bool RecordFilterModel::acceptsFields(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_filter.bookOnly && index.data(SupplementaryRole).toBool())
        return false;
    if (!m_filter.heldBack.isEmpty() && m_filter.heldBack.contains(index.data(IdRole).toString()))
        return false;

    if (m_filter.fromYear || m_filter.toYear) {
        const int year = index.data(YearRole).toInt();
        if (year != 0 && ((m_filter.fromYear && year < m_filter.fromYear) ||
                          (m_filter.toYear && year > m_filter.toYear)))
            return false;
    }
    if (!m_filter.categories.isEmpty()) {
        const std::optional<Category> category = roleValue<Category>(index, CategoryRole);
        if (category && !m_filter.categories.contains(*category))
            return false;
    }
    if (!m_filter.place.isEmpty()) {
        const QVariant places = index.data(PlacesRole);
        if (places.isValid() && !places.toStringList().contains(m_filter.place))
            return false;
    }
    if (m_filter.sector) {
        const QVariant sectors = index.data(SectorRole);
        if (sectors.isValid() && !sectors.value<QList<Sector>>().contains(*m_filter.sector))
            return false;
    }
    return true;
}

QModelIndex RecordFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RecordFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex RecordFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RecordFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RecordFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RecordFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RecordFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty() && columnCount() > 0;
}

QVariant RecordFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || size_t(section) >= m_shown.size())
        return {};
    return sourceModel()->headerData(m_shown[size_t(section)], orientation, role);
}

} // namespace pe
