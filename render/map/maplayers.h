#pragma once

#include <QSet>
#include <QString>

namespace pe {

// The layers a reader can switch off; the base map is always drawn.
struct MapLayers
{
    bool regions = true; // regions shaded by partnerships
    bool arcs = true;    // partnerships as arcs
    bool pins = true;    // ventures as pins
    bool labels = true;  // place names and dots

    // The keys an export context keeps hidden layers under (ExportContext::hiddenSeries):
    // regions, arcs, pins, labels.
    static MapLayers withHidden(const QSet<QString> &hidden);
    QSet<QString> hidden() const;

    bool operator==(const MapLayers &o) const
    {
        return regions == o.regions && arcs == o.arcs && pins == o.pins && labels == o.labels;
    }
};

} // namespace pe
