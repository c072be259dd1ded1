#include "models/state/filterstate.h"

#include <utility>

namespace pe {

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{}

void FilterState::setFilter(const RecordFilter &filter)
{
    RecordFilter f = filter;
    // "From 2020 to 2010" means the years between: an empty view would say nothing useful.
    if (f.fromYear && f.toYear && f.fromYear > f.toYear)
        std::swap(f.fromYear, f.toYear);
    if (f == m_filter)
        return;
    m_filter = f;
    emit changed(m_filter);
}

void FilterState::setPlace(const QString &placeId)
{
    RecordFilter f = m_filter;
    f.place = placeId;
    setFilter(f);
}

void FilterState::clear()
{
    setFilter(RecordFilter());
}

} // namespace pe
