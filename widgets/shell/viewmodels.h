#pragma once

#include "models/dataset.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace pe {

class DatasetModel;
class FilterState;
class RecordFilterModel;
class RegionCountModel;
class SourceModel;

// The item models the views read: one per collection (events, observations, ventures,
// pairings, sources), each behind a RecordFilterModel that follows the one FilterState,
// and the region counts over the filtered pairings.
class ViewModels : public QObject
{
    Q_OBJECT

public:
    explicit ViewModels(FilterState *filter, QObject *parent = nullptr);

    RecordFilterModel *proxy(const QString &collection) const
    {
        return m_proxies.value(collection);
    }
    SourceModel *sources() const { return m_sources; }
    RegionCountModel *regionCounts() const { return m_regionCounts; }

    void setDataset(const std::shared_ptr<const Dataset> &dataset);
    // Whether some view shows the record under the current filters (a place or a source:
    // whether the sources table does).
    bool isShown(const Dataset &dataset, const QString &id) const;
    // The interface language changed: one refresh per model, with the dataset text in
    // dataLanguage and the tr() labels already in the new language.
    void retranslate(const QString &dataLanguage);

private:
    QHash<QString, DatasetModel *> m_models;
    QHash<QString, RecordFilterModel *> m_proxies;
    SourceModel *m_sources = nullptr;
    RegionCountModel *m_regionCounts = nullptr;
    QString m_dataLanguage;
};

} // namespace pe
