#include "models/state/filterstate.h"

namespace pe {

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{}

void FilterState::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
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
