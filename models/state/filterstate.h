#pragma once

#include "models/items/recordfilter.h"

#include <QObject>

namespace pe {

// The one filter shared by every view. The filter bar edits it and shows it, every
// RecordFilterModel follows it; nothing else keeps a copy.
class FilterState : public QObject
{
    Q_OBJECT

public:
    explicit FilterState(QObject *parent = nullptr);

    const RecordFilter &filter() const { return m_filter; }
    void setFilter(const RecordFilter &filter);
    // The filter with only its place replaced (the region counts' double-click).
    void setPlace(const QString &placeId);
    void clear();

signals:
    void changed(const pe::RecordFilter &filter);

private:
    RecordFilter m_filter;
};

} // namespace pe
