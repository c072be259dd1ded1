#include "models/state/selectionstate.h"

namespace pe {

SelectionState::SelectionState(QObject *parent)
    : QObject(parent)
{}

void SelectionState::setCurrentId(const QString &id)
{
    set(id, m_markedYear);
}

void SelectionState::setMarkedYear(int year)
{
    set(m_currentId, year);
}

void SelectionState::selectYear(int year)
{
    set(QString(), year);
}

void SelectionState::clear()
{
    set(QString(), 0);
}

void SelectionState::set(const QString &id, int year)
{
    const bool idChanged = id != m_currentId;
    const bool yearChanged = year != m_markedYear;
    if (!idChanged && !yearChanged)
        return;
    // Both values first: a view reacting to one signal reads a consistent state.
    m_currentId = id;
    m_markedYear = year;
    if (idChanged)
        emit currentIdChanged(m_currentId);
    if (yearChanged)
        emit markedYearChanged(m_markedYear);
    emit changed();
}

} // namespace pe
