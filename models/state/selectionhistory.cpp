#include "models/state/selectionhistory.h"

namespace pe {

void SelectionHistory::visit(const QString &id)
{
    if (id.isEmpty()) {
        m_awayFromIt = m_index >= 0;
        return;
    }
    // Back and Forward select the record they return: the visit that follows is theirs.
    if (m_index >= 0 && m_ids.at(m_index) == id && !m_awayFromIt)
        return;
    m_ids.resize(m_index + 1); // what lay ahead of the current record is forgotten
    if (m_ids.isEmpty() || m_ids.constLast() != id)
        m_ids.append(id);
    m_index = int(m_ids.size()) - 1;
    m_awayFromIt = false;
}

bool SelectionHistory::canGoBack() const
{
    return m_awayFromIt ? m_index >= 0 : m_index > 0;
}

bool SelectionHistory::canGoForward() const
{
    return !m_awayFromIt && m_index + 1 < m_ids.size();
}

QString SelectionHistory::back()
{
    if (!canGoBack())
        return {};
    if (m_awayFromIt)
        m_awayFromIt = false;
    else
        --m_index;
    return m_ids.at(m_index);
}

QString SelectionHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_ids.at(++m_index);
}

void SelectionHistory::restart(const QString &current)
{
    m_ids.clear();
    m_index = -1;
    m_awayFromIt = false;
    visit(current);
}

} // namespace pe
