#include "widgets/shell/viewmodels.h"

#include "models/items/eventmodel.h"
#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/regioncountmodel.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"

namespace pe {

ViewModels::ViewModels(FilterState *filter, QObject *parent)
    : QObject(parent)
    , m_sources(new SourceModel(this))
    , m_regionCounts(new RegionCountModel(this))
{
    const QList<std::pair<QString, DatasetModel *>> models = {
        {QStringLiteral("events"), new EventModel(this)},
        {QStringLiteral("observations"), new ObservationModel(this)},
        {QStringLiteral("ventures"), new VentureModel(this)},
        {QStringLiteral("pairings"), new PairingModel(this)},
        {QStringLiteral("sources"), m_sources}};
    for (const auto &[key, model] : models) {
        auto *proxy = new RecordFilterModel(this);
        proxy->setObjectName(key + QStringLiteral("Proxy"));
        proxy->setSourceModel(model);
        proxy->setFilterState(filter);
        proxy->setFoldsAheadOfSearch(true);
        m_models.insert(key, model);
        m_proxies.insert(key, proxy);
    }
    m_regionCounts->setSourceModel(m_proxies.value(QStringLiteral("pairings")));
}

void ViewModels::setDataset(const std::shared_ptr<const Dataset> &dataset)
{
    for (DatasetModel *model : std::as_const(m_models))
        model->setDataset(dataset);
    m_regionCounts->setDataset(dataset);
}

bool ViewModels::isShown(const Dataset &dataset, const QString &id) const
{
    switch (dataset.kindOf(id)) {
    case RecordKind::Event:
        return m_proxies.value(QStringLiteral("events"))->acceptsId(id);
    case RecordKind::Observation:
        return m_proxies.value(QStringLiteral("observations"))->acceptsId(id);
    case RecordKind::Venture:
        return m_proxies.value(QStringLiteral("ventures"))->acceptsId(id);
    case RecordKind::Pairing:
        return m_proxies.value(QStringLiteral("pairings"))->acceptsId(id);
    case RecordKind::Source:
        return m_proxies.value(QStringLiteral("sources"))->acceptsId(id);
    case RecordKind::Place:
    case RecordKind::None:
        break;
    }
    return true; // a place is shown in the pane only
}

void ViewModels::retranslate(const QString &dataLanguage)
{
    for (DatasetModel *model : std::as_const(m_models))
        model->retranslate(dataLanguage);
    // The counts are rebuilt for a new dataset language, which renames their cells and
    // headers too; otherwise only the tr() labels change.
    if (dataLanguage != m_dataLanguage)
        m_regionCounts->setLanguage(dataLanguage);
    else
        m_regionCounts->retranslate();
    m_dataLanguage = dataLanguage;
}

} // namespace pe
