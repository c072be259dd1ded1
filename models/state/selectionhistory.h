#pragma once

#include <QString>
#include <QStringList>

namespace pe {

// The records a reader has looked at, as a browser keeps pages: Back and Forward walk it,
// and looking at a new record after going back drops what lay ahead. A year on its own is
// not a record: while one is shown, Back returns to the record seen last.
class SelectionHistory
{
public:
    // The reader now looks at id (empty: at a year, or at nothing).
    void visit(const QString &id);
    bool canGoBack() const;
    bool canGoForward() const;
    // The record to show, or an empty string when there is none that way.
    QString back();
    QString forward();
    // Forgets everything but the record on screen (a new dataset).
    void restart(const QString &current);

private:
    QStringList m_ids;
    int m_index = -1;          // the record on screen, or the last one seen
    bool m_awayFromIt = false; // a year or nothing is on screen, not m_ids[m_index]
};

} // namespace pe
