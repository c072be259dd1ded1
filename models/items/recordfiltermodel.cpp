#include "models/items/recordfiltermodel.h"

#include "models/items/datasetmodel.h"
#include "models/items/roles.h"
#include "models/state/filterstate.h"

#include <algorithm>

namespace pe {

namespace {

// Case- and accent-insensitive form for search ("Kostanaï" finds "kostanai").
QString fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    // Russian ё is commonly typed е.
    folded.replace(QChar(0x0451), QChar(0x0435));
    return folded;
}

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
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SortRole);
}

void RecordFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_searchCache.clear();
    m_textVerdicts.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    auto dropCache = [this] {
        m_searchCache.clear();
        m_textVerdicts.clear();
    };
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::modelReset, this, dropCache),
        connect(model, &QAbstractItemModel::rowsInserted, this, dropCache),
        connect(model, &QAbstractItemModel::rowsRemoved, this, dropCache),
        connect(model, &QAbstractItemModel::dataChanged, this, dropCache),
    };
}

void RecordFilterModel::apply(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    QStringList words = fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_words) {
        // What failed the old words fails the new ones when they narrow; nothing else holds.
        const bool keepFailures = narrows(m_words, words);
        for (TextVerdict &verdict : m_textVerdicts) {
            if (!keepFailures || verdict == TextVerdict::Matches)
                verdict = TextVerdict::Unknown;
        }
        m_words = std::move(words);
    }
    invalidateFilter();
    emit filterChanged();
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
    return row >= 0 && filterAcceptsRow(row, QModelIndex());
}

bool RecordFilterModel::matchesText(int sourceRow) const
{
    if (m_searchCache.size() != sourceModel()->rowCount()) {
        const int rows = sourceModel()->rowCount();
        m_searchCache.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_searchCache[row] = fold(sourceModel()->index(row, 0).data(SearchTextRole).toString());
        m_textVerdicts.assign(size_t(rows), TextVerdict::Unknown);
    }
    TextVerdict &verdict = m_textVerdicts[size_t(sourceRow)];
    if (verdict == TextVerdict::Unknown) {
        const QString &haystack = m_searchCache.at(sourceRow);
        const bool matches =
            std::all_of(m_words.cbegin(), m_words.cend(),
                        [&](const QString &word) { return haystack.contains(word); });
        verdict = matches ? TextVerdict::Matches : TextVerdict::Fails;
    }
    return verdict == TextVerdict::Matches;
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_words.isEmpty() && !matchesText(sourceRow))
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
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

bool RecordFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace pe
