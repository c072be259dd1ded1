#pragma once

#include "render/export/exportsource.h"
#include "render/map/maplayout.h"
#include "render/map/maprenderer.h"
#include "render/map/mapscene.h"
#include "render/map/placeareas.h"

#include <QCoreApplication>

#include <memory>

namespace pe {

class PairingModel;
class RecordFilterModel;
class VentureModel;
struct ExportContext;

// The map built for one export: its own filtered partnerships and ventures, the layers the
// reader left on, the filter's region outlined and, only when asked for, the selection. No
// widget: the command line draws it as the window would, through the same renderer.
class MapExportSource : public ExportSource
{
    Q_DECLARE_TR_FUNCTIONS(MapExportSource)

public:
    explicit MapExportSource(const ExportContext &context);
    ~MapExportSource() override;

    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme) override;
    // One row per shaded region, arc and pin, then the records the map cannot place, each
    // with its count, place ids and record ids.
    CsvRows csvRows() override;
    QString altText() override;
    QString longDescription() override;
    QStringList sourceIds() override;
    QString subtitle() override;
    QString notes() override;

    const MapScene &scene() const { return m_scene; }

private:
    QStringList sourcesOf(const QStringList &records) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<PairingModel> m_pairings;
    std::unique_ptr<VentureModel> m_ventures;
    std::unique_ptr<RecordFilterModel> m_filteredPairings;
    std::unique_ptr<RecordFilterModel> m_filteredVentures;
    MapRenderer m_renderer;
    MapScene m_scene;
    MapLayers m_layers;
    MapEmphasis m_emphasis;
    qreal m_fontScale = 1;
};

} // namespace pe
